/**
 * Just enough PNG for OCR: decode 8-bit gray, gray+alpha, RGB and RGBA images (not interlaced)
 * to grayscale, cut and shrink regions, and encode grayscale back. No image library needed.
 */
import { deflateSync, inflateSync } from 'node:zlib';

export interface Gray {
  width: number;
  height: number;
  /** One byte a pixel, row by row. */
  data: Uint8Array;
}

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const channelsOf: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function isPng(bytes: Uint8Array): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG to grayscale; null for the kinds it does not read (palette, 16-bit, interlaced). */
export function decodePng(bytes: Uint8Array): Gray | null {
  if (!isPng(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const depth = data[8];
      channels = channelsOf[data[9]] ?? 0;
      if (depth !== 8 || !channels || data[12] !== 0) return null;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!width || !height || !idat.length) return null;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < (stride + 1) * height) return null;
  const row = new Uint8Array(stride);
  const prev = new Uint8Array(stride);
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      const x = line[i];
      row[i] =
        filter === 1
          ? x + a
          : filter === 2
            ? x + b
            : filter === 3
              ? x + ((a + b) >> 1)
              : filter === 4
                ? x + paeth(a, b, c)
                : x;
    }
    for (let x = 0; x < width; x++) {
      const p = x * channels;
      let v = channels >= 3 ? (row[p] * 299 + row[p + 1] * 587 + row[p + 2] * 114) / 1000 : row[p];
      // Transparent pixels are paper.
      if (channels === 2 || channels === 4) {
        const alpha = row[p + channels - 1] / 255;
        v = v * alpha + 255 * (1 - alpha);
      }
      gray[y * width + x] = v;
    }
    prev.set(row);
  }
  return { width, height, data: gray };
}

/**
 * The region (clipped to the image), scaled down by `factor` (any factor above 0; below 1
 * enlarges): each pixel of the result averages the pixels its area covers, or samples the
 * nearest one when enlarging.
 */
export function cropShrink(image: Gray, x: number, y: number, w: number, h: number, factor: number): Gray {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(image.width, Math.ceil(x + w));
  const y1 = Math.min(image.height, Math.ceil(y + h));
  const f = factor > 0 ? factor : 1;
  const width = Math.max(1, Math.round((x1 - x0) / f));
  const height = Math.max(1, Math.round((y1 - y0) / f));
  const data = new Uint8Array(width * height);
  // The source span of target index t along one axis: [from, to), at least one pixel.
  const span = (t: number, origin: number, limit: number): [number, number] => {
    const from = Math.min(limit - 1, origin + Math.floor(t * f));
    return [from, Math.max(from + 1, Math.min(limit, origin + Math.floor((t + 1) * f)))];
  };
  for (let ty = 0; ty < height; ty++) {
    const [sy0, sy1] = span(ty, y0, y1);
    for (let tx = 0; tx < width; tx++) {
      const [sx0, sx1] = span(tx, x0, x1);
      let sum = 0;
      for (let sy = sy0; sy < sy1; sy++) {
        const base = sy * image.width;
        for (let sx = sx0; sx < sx1; sx++) sum += image.data[base + sx];
      }
      data[ty * width + tx] = sum / ((sy1 - sy0) * (sx1 - sx0));
    }
  }
  return { width, height, data };
}

/** Stacks images top to bottom on white, `gap` pixels apart; returns where each one went. */
export function stack(images: Gray[], gap: number): { image: Gray; tops: number[] } {
  const width = Math.max(...images.map((i) => i.width)) + 2 * gap;
  const height = images.reduce((n, i) => n + i.height + gap, gap);
  const data = new Uint8Array(width * height).fill(255);
  const tops: number[] = [];
  let top = gap;
  for (const image of images) {
    tops.push(top);
    for (let y = 0; y < image.height; y++) {
      data.set(image.data.subarray(y * image.width, (y + 1) * image.width), (top + y) * width + gap);
    }
    top += image.height + gap;
  }
  return { image: { width, height, data }, tops };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes a grayscale image as PNG. */
export function encodePng(image: Gray): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  const raw = Buffer.alloc((image.width + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    raw.set(image.data.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from(signature),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}
