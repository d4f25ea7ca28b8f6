import type { OrgProfileForm } from '../../src/components/org-profile-form/org-profile-form.js';

/** A profile field of the form (`name`, `acronym`, `description`, `url`, `business_number_id`). */
export const fieldOf = (el: OrgProfileForm, field: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#profile-${field}`)!;

/** Types as a person would, as far as the element can tell. */
export const typeInto = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

// ---- image files made byte by byte, for sizes a canvas cannot draw ------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(new TextEncoder().encode(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/**
 * A valid black PNG of this size, 1 bit per pixel: a few dozen kilobytes describe a picture
 * far bigger than a canvas may be (20,000 × 20,000 pixels: 48 KB).
 */
export async function blackPng(width: number, height: number, name = 'huge.png'): Promise<File> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([1, 0, 0, 0, 0], 8); // 1 bit, grayscale, deflate, no filter, not interlaced
  // Each row: filter byte 0, then width bits of 0 (black).
  const rows = 64;
  const block: Uint8Array<ArrayBuffer> = new Uint8Array(rows * (1 + Math.ceil(width / 8)));
  const stream = new Blob(
    Array.from({ length: Math.ceil(height / rows) }, (_, i) =>
      i * rows + rows <= height ? block : block.subarray(0, (height - i * rows) * (1 + Math.ceil(width / 8))),
    ),
  )
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  const data = new Uint8Array(await new Response(stream).arrayBuffer());
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const parts = [signature, pngChunk('IHDR', header), pngChunk('IDAT', data), pngChunk('IEND', new Uint8Array())];
  return new File(parts, name, { type: 'image/png' });
}

/** GIF's variable-length LZW (as omggif writes it), cut in sub-blocks of 255 bytes at most. */
function lzwBlocks(indices: Uint8Array, minCodeSize: number): Uint8Array<ArrayBuffer> {
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const out: number[] = [];
  let bits = 0;
  let count = 0;
  let size = minCodeSize + 1;
  let next = end + 1;
  let table = new Map<number, number>();
  const emit = (code: number) => {
    bits |= code << count;
    count += size;
    while (count >= 8) {
      out.push(bits & 0xff);
      bits >>>= 8;
      count -= 8;
    }
  };
  emit(clear);
  let prefix = indices[0];
  for (let i = 1; i < indices.length; i++) {
    const key = (prefix << 8) | indices[i];
    const found = table.get(key);
    if (found !== undefined) {
      prefix = found;
      continue;
    }
    emit(prefix);
    if (next === 4096) {
      emit(clear);
      next = end + 1;
      size = minCodeSize + 1;
      table = new Map();
    } else {
      if (next >= 1 << size) size++;
      table.set(key, next++);
    }
    prefix = indices[i];
  }
  emit(prefix);
  emit(end);
  if (count > 0) out.push(bits & 0xff);
  const blocks: number[] = [];
  for (let i = 0; i < out.length; i += 255) blocks.push(Math.min(255, out.length - i), ...out.slice(i, i + 255));
  blocks.push(0);
  return new Uint8Array(blocks);
}

/**
 * A GIF of `width` × `height` pixels on screen, whose one frame is `frame` (its palette indices,
 * row by row, `frameWidth` wide) at the top left; `palette` holds 2 to 256 colours as `0xrrggbb`.
 */
export function gif(
  width: number,
  height: number,
  palette: number[],
  frame: Uint8Array,
  frameWidth = width,
  name = 'logo.gif',
): File {
  const bitsPerIndex = Math.max(1, Math.ceil(Math.log2(palette.length)));
  const colours = new Uint8Array(3 << bitsPerIndex);
  palette.forEach((rgb, i) => colours.set([rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff], i * 3));
  const le16 = (value: number) => [value & 0xff, value >> 8];
  const frameHeight = frame.length / frameWidth;
  const parts: BlobPart[] = [
    new TextEncoder().encode('GIF89a'),
    new Uint8Array([...le16(width), ...le16(height), 0x80 | ((bitsPerIndex - 1) << 4) | (bitsPerIndex - 1), 0, 0]),
    colours,
    new Uint8Array([0x2c, 0, 0, 0, 0, ...le16(frameWidth), ...le16(frameHeight), 0, Math.max(2, bitsPerIndex)]),
    lzwBlocks(frame, Math.max(2, bitsPerIndex)),
    new Uint8Array([0x3b]),
  ];
  return new File(parts, name, { type: 'image/gif' });
}

/** The width and height a PNG's header gives. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
