import { LOGO_UPLOAD_TYPES } from '../../api/profile.js';

/**
 * The checks a chosen logo goes through before anything is sent — type, bytes, pixels (read
 * from its header, before anything is decoded) — and the PNG udata gets when it would not take
 * the file's type: a small file describing a huge picture (a 48 KB PNG of 20,000 × 20,000
 * pixels) neither freezes the page nor reaches udata to be refused there.
 */

/** The image types a person may choose: GIF and WebP are turned into PNG (udata takes PNG and JPEG). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
/** Checked before sending: a bigger file would take long and udata keeps 100 px at most. */
export const MAX_LOGO_BYTES = 4 * 1024 * 1024;

/**
 * Pillow's `Image.MAX_IMAGE_PIXELS`: udata's Pillow warns past it and refuses twice as many
 * (`DecompressionBombError`). Checked before anything is decoded or sent.
 */
export const MAX_LOGO_PIXELS = 89_478_485;

/** The longest side of a converted logo: udata keeps 100 px at most, the rest is wasted work. */
export const MAX_CONVERTED_SIDE = 2048;

export interface PixelSize {
  width: number;
  height: number;
}

/**
 * The picture's size in pixels as its header says (PNG, GIF, JPEG, WebP), or null when the
 * header is not one of these: nothing is decoded, only the first bytes (a JPEG's up to its frame
 * header) are read.
 */
async function headerSize(file: Blob): Promise<PixelSize | null> {
  const bytes = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  const at16 = (i: number) => (bytes[i] << 8) | bytes[i + 1];
  const le16 = (i: number) => bytes[i] | (bytes[i + 1] << 8);
  const le24 = (i: number) => le16(i) | (bytes[i + 2] << 16);
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (bytes.length < 30) return null;
  // PNG: the IHDR chunk comes first (big-endian width and height).
  if (ascii(1, 4) === 'PNG' && ascii(12, 16) === 'IHDR') {
    const view = new DataView(bytes.buffer);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  // GIF: the logical screen, which Pillow and browsers take as the image's size.
  if (ascii(0, 4) === 'GIF8') return { width: le16(6), height: le16(8) };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') {
    const chunk = ascii(12, 16);
    if (chunk === 'VP8X') return { width: le24(24) + 1, height: le24(27) + 1 };
    if (chunk === 'VP8L') {
      const bits = bytes[21] | (bytes[22] << 8) | (bytes[23] << 16) | (bytes[24] << 24);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8 ') return { width: le16(26) & 0x3fff, height: le16(28) & 0x3fff };
    return null;
  }
  // JPEG: walk the segments to the first frame header (SOF0…SOF15 but DHT, JPG and DAC).
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length && bytes[i] === 0xff) {
      const marker = bytes[i + 1];
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { width: at16(i + 7), height: at16(i + 5) };
      }
      i += marker === 0xff ? 1 : 2 + at16(i + 2);
    }
  }
  return null;
}

/** More pixels than udata's Pillow takes. */
const tooManyPixels = ({ width, height }: PixelSize) => width * height > MAX_LOGO_PIXELS;

/** A file ready to send, with its size in pixels (the crop box is measured in them). */
export interface PreparedLogo extends PixelSize {
  file: File;
}

/** Why a file is not sent: each reason is said to the person who chose it. */
export type LogoRefusal =
  { refused: 'type' | 'bytes' | 'unreadable' | 'converted-bytes' } | { refused: 'pixels'; size: PixelSize };

/**
 * The file as udata will get it, or why it is refused. `converting()` is called before a
 * conversion, which holds the page for a moment: what it shows meanwhile is rendered first.
 */
export async function prepareLogo(file: File, converting: () => Promise<unknown>): Promise<PreparedLogo | LogoRefusal> {
  if (!LOGO_TYPES.includes(file.type)) return { refused: 'type' };
  if (file.size > MAX_LOGO_BYTES) return { refused: 'bytes' };
  const declared = await headerSize(file).catch(() => null);
  if (declared && tooManyPixels(declared)) return { refused: 'pixels', size: declared };
  const url = URL.createObjectURL(file);
  try {
    const image = await loadImage(url);
    const size = { width: image.naturalWidth, height: image.naturalHeight };
    // A header this module cannot read (or one that lied) is checked once loaded, still undecoded.
    if (tooManyPixels(size)) return { refused: 'pixels', size };
    if (file.type in LOGO_UPLOAD_TYPES) return { file, ...size };
    await converting();
    const png = await convertToPng(image, file.name);
    // PNG may take more bytes than GIF or WebP did.
    return png.file.size > MAX_LOGO_BYTES ? { refused: 'converted-bytes' } : png;
  } catch {
    return { refused: 'unreadable' };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Loads an image: its size is known, and browsers decode it only when it is drawn. */
function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  // The load event, not decode(): decode() waits for the page to render, which a tab in the
  // background does not.
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = reject;
    image.src = url;
  });
}

/**
 * The picture as a PNG no larger than {@link MAX_CONVERTED_SIDE} on its long side, named as the
 * file was with `.png`: drawn once into a canvas of that size, so the work is bounded whatever
 * the source's size.
 */
async function convertToPng(image: HTMLImageElement, name: string): Promise<PreparedLogo> {
  const { naturalWidth: width, naturalHeight: height } = image;
  const scale = Math.min(1, MAX_CONVERTED_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!png) throw new Error('the image could not be converted');
  const file = new File([png], name.replace(/\.[^.]*$/, '') + '.png', { type: 'image/png' });
  return { file, width: canvas.width, height: canvas.height };
}
