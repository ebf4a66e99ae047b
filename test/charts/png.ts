import { inflateSync } from "node:zlib";

/** Just enough of PNG to check what resvg writes: 8-bit RGB or RGBA, not interlaced. */

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

/** The IHDR chunk, which PNG requires to come first, right after the signature. */
export function readHeader(png: Buffer): Header {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG");
  if (png.toString("latin1", 12, 16) !== "IHDR") throw new Error("IHDR is not the first chunk");
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png.readUInt8(24),
    colourType: png.readUInt8(25),
    interlace: png.readUInt8(28),
  };
}

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  rgba: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Buffer): Pixels {
  const header = readHeader(png);
  if (header.bitDepth !== 8 || header.interlace !== 0 || ![2, 6].includes(header.colourType)) {
    throw new Error(`unsupported PNG: ${JSON.stringify(header)}`);
  }
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const channels = header.colourType === 6 ? 4 : 3;
  const stride = header.width * channels;
  const out = new Uint8Array(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (out[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (out[(y - 1) * stride + x - channels] ?? 0) : 0;
      const byte = line[x] ?? 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predicted === undefined) throw new Error(`bad PNG filter ${filter}`);
      out[y * stride + x] = (byte + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width: header.width, height: header.height, rgba: out };
  const rgba = new Uint8Array(header.width * header.height * 4);
  for (let i = 0, j = 0; i < out.length; i += 3, j += 4) {
    rgba.set(out.subarray(i, i + 3), j);
    rgba[j + 3] = 255;
  }
  return { width: header.width, height: header.height, rgba };
}

/** Pixels whose colour differs from white, in rows [top, bottom). */
export function inkedPixels(image: Pixels, top = 0, bottom = image.height): number {
  let count = 0;
  for (let i = top * image.width * 4; i < bottom * image.width * 4; i += 4) {
    if (image.rgba[i] !== 255 || image.rgba[i + 1] !== 255 || image.rgba[i + 2] !== 255) count++;
  }
  return count;
}

export function distinctColours(image: Pixels): number {
  const seen = new Set<number>();
  const view = new DataView(image.rgba.buffer, image.rgba.byteOffset, image.rgba.byteLength);
  for (let i = 0; i < image.rgba.length; i += 4) seen.add(view.getUint32(i));
  return seen.size;
}

/** Pixels in rows [top, bottom) that differ between two images of one size by more than `tolerance` in a channel. */
export function differingPixels(a: Pixels, b: Pixels, top = 0, bottom = a.height, tolerance = 0): number {
  if (a.width !== b.width) throw new Error("images differ in width");
  let count = 0;
  for (let i = top * a.width * 4; i < bottom * a.width * 4; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a.rgba[i + c] ?? 0) - (b.rgba[i + c] ?? 0)) > tolerance) {
        count++;
        break;
      }
    }
  }
  return count;
}
