import { internalError, json, message, type MockResponse } from './responses.js';

/**
 * Multipart bodies and the files udata stores (flask-storage's `avatars` storage, served under
 * `/s/avatars/…` like udata's `fs.get_file` view): what a transport hands the mock, how the
 * mock keeps the bytes it was sent and serves them back, and the checks an upload goes through
 * (`parse_uploaded_image`, flask-storage's `ImageReference.save`, Pillow's `Image.crop`).
 */

export interface MockFile {
  /** The part's `filename` (a browser names a bare Blob `blob`). */
  filename: string;
  /** The part's `Content-Type`. */
  type: string;
  bytes: Uint8Array;
}

/** werkzeug's split of a multipart body: `request.form` and `request.files` (first value of each name). */
export interface MockForm {
  fields: Record<string, string>;
  files: Record<string, MockFile>;
}

/** Reads a multipart request (msw's, or one rebuilt by the Node server); undefined when it is not one. */
export async function readForm(request: Request): Promise<MockForm | undefined> {
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data')) return undefined;
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    return { fields: {}, files: {} };
  }
  const form: MockForm = { fields: {}, files: {} };
  const reads: Array<Promise<void>> = [];
  data.forEach((value, name) => {
    if (typeof value === 'string') {
      if (!(name in form.fields)) form.fields[name] = value;
      return;
    }
    if (name in form.files) return;
    const file: MockFile = { filename: value.name, type: value.type || 'application/octet-stream', bytes: new Uint8Array() };
    form.files[name] = file;
    reads.push(value.arrayBuffer().then((buffer) => void (file.bytes = new Uint8Array(buffer))));
  });
  await Promise.all(reads);
  return form;
}

/** A form's fields, each file given as its file name (what tests assert on). */
export const formSummary = (form: MockForm): Record<string, string> => ({
  ...form.fields,
  ...Object.fromEntries(Object.entries(form.files).map(([name, file]) => [name, file.filename])),
});

/** `IMAGES_MIMETYPES` of `udata/core/storages/api.py`: werkzeug's `mimetype` (lower case, no parameters). */
const IMAGE_MIMETYPES = ['image/jpeg', 'image/png', 'image/webp'];
/** The avatars storage: flask-storage's `IMAGES` plus its default `allow` list (`DEFAULTS`). */
const ALLOWED_EXTENSIONS = new Set(
  'jpg jpe jpeg png gif svg bmp txt rtf odf ods gnumeric abw doc docx xls xlsx csv ini json plist xml yaml yml'.split(' '),
);
/** `LOGO_SIZES`: the thumbnails flask-storage makes (squares, cropped to the bbox when there is one). */
export const LOGO_SIZES = [100, 60, 25];

/** flask-storage's `extension()`: what follows the last dot of the base name, in lower case. */
export function extension(filename: string): string {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 && !/^\.+$/.test(base.slice(0, dot + 1)) ? base.slice(dot + 1).toLowerCase() : '';
}

/** What Pillow would open (PNG, JPEG, GIF, WebP, BMP, TIFF): anything else makes udata fail with a 500. */
export function looksLikeImage(bytes: Uint8Array): boolean {
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.slice(start, end));
  return (
    (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') ||
    (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) ||
    ascii(0, 4) === 'GIF8' ||
    (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') ||
    ascii(0, 2) === 'BM' ||
    ascii(0, 4) === 'II*\0' ||
    ascii(0, 4) === 'MM\0*'
  );
}

/** Python's `repr()` of a string, as its error messages quote values. */
export const pyRepr = (text: string) =>
  text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const FLOAT = /^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/i;

/**
 * `[int(float(c)) for c in bbox.split(",")]`: a number list, or udata's answer — a `ValueError`
 * is its 400 `{"message": str(error)}`, an `OverflowError` (infinity) a 500.
 */
export function parseBbox(raw: string | undefined): number[] | null | MockResponse {
  if (!raw) return null;
  const box: number[] = [];
  for (const part of raw.split(',')) {
    const text = part.trim();
    if (/^[+-]?nan$/i.test(text)) return message(400, 'cannot convert float NaN to integer');
    if (/^[+-]?inf(inity)?$/i.test(text)) return internalError();
    if (!FLOAT.test(text)) return message(400, `could not convert string to float: ${pyRepr(part)}`);
    box.push(Math.trunc(Number(text.replace(/_/g, ''))));
  }
  return box;
}

/**
 * Pillow's `Image.crop(box)` on each thumbnail: `box` is (left, upper, right, lower) — not
 * x, y, width, height. A short box is an `IndexError` (500), a long one fails to unpack (400).
 */
export function cropError(box: number[] | null): MockResponse | null {
  if (!box) return null;
  if (box.length < 3) return internalError();
  if (box[2] < box[0]) return message(400, "Coordinate 'right' is less than 'left'");
  if (box.length < 4) return internalError();
  if (box[3] < box[1]) return message(400, "Coordinate 'lower' is less than 'upper'");
  if (box.length > 4) return message(400, 'too many values to unpack (expected 4)');
  return null;
}

/**
 * `parse_uploaded_image` then `ImageReference.save`, check by check: the file part (its absence
 * is an `AttributeError`, 500), its declared type, the bbox, the bytes (Pillow opens them before
 * anything is stored), the extension the storage allows, then the crop of each thumbnail.
 */
export function checkUpload(
  form: MockForm | undefined,
  apiRoot: string,
): { file: MockFile; bbox: number[] | null } | MockResponse {
  const file = form?.files.file;
  if (!file) return internalError();
  if (!IMAGE_MIMETYPES.includes(file.type.split(';')[0].trim().toLowerCase())) return message(400, 'Unsupported image format');
  const bbox = parseBbox(form?.fields.bbox);
  if (bbox && !Array.isArray(bbox)) return bbox;
  if (!looksLikeImage(file.bytes)) return internalError();
  if (!ALLOWED_EXTENSIONS.has(extension(file.filename))) {
    return message(
      400,
      `This file type is not allowed.The allowed file type list is available at ${apiRoot}datasets/extensions/`,
    );
  }
  return cropError(bbox) ?? { file, bbox };
}

/** The files the mock was sent, by path (`/s/avatars/ab/cdef….png`), served back as they came. */
export class UploadStore {
  private readonly files = new Map<string, { bytes: Uint8Array; type: string }>();

  clear(): void {
    this.files.clear();
  }

  /**
   * Stores an image as flask-storage does (`<uuid[:2]>/<uuid[2:]>.<ext>`, the original, and the
   * 100, 60 and 25 px thumbnails — here the same bytes) and answers the URLs of the image and of
   * its 100 px thumbnail.
   */
  saveImage(origin: string, file: MockFile): { image: string; thumbnail: string } {
    const hex = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
      '',
    );
    const base = `/s/avatars/${hex.slice(0, 2)}/${hex.slice(2)}`;
    const ext = extension(file.filename);
    const name = (suffix: string | number | null) => `${base}${suffix === null ? '' : `-${suffix}`}.${ext}`;
    for (const suffix of [null, 'original', ...LOGO_SIZES]) this.files.set(name(suffix), { bytes: file.bytes, type: file.type });
    return { image: origin + name(null), thumbnail: origin + name(LOGO_SIZES[0]) };
  }

  /** The stored file at this URL, as udata's `fs.get_file` serves it; undefined when unknown. */
  serve(url: string): MockResponse | undefined {
    const found = this.files.get(new URL(url).pathname);
    if (!found) return undefined;
    return { ...json(200), bytes: found.bytes, headers: { 'Content-Type': found.type } };
  }
}
