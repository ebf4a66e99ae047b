import { readFileSync } from "node:fs";

/**
 * Advance widths read straight from an OpenType file (cmap and hmtx), so a chart can place and
 * cut text exactly. Only those two small tables are kept; the rest of the 8 MB file is let go.
 */
export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width of a code point in font units, or undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

interface Table {
  offset: number;
  length: number;
}

function tables(font: Buffer): Map<string, Table> {
  const found = new Map<string, Table>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = font.toString("latin1", record, record + 4);
    found.set(tag, { offset: font.readUInt32BE(record + 8), length: font.readUInt32BE(record + 12) });
  }
  return found;
}

function table(font: Buffer, all: Map<string, Table>, tag: string, file: string): Buffer {
  const at = all.get(tag);
  if (!at) throw new Error(`taizhang charts: font ${file} has no ${tag} table`);
  return Buffer.from(font.subarray(at.offset, at.offset + at.length));
}

type GlyphLookup = (codePoint: number) => number;

/** cmap format 12: sorted groups of consecutive code points. */
function format12(sub: Buffer): GlyphLookup {
  const groups = sub.readUInt32BE(12);
  return (codePoint) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = 16 + mid * 12;
      const start = sub.readUInt32BE(at);
      const end = sub.readUInt32BE(at + 4);
      if (codePoint < start) hi = mid - 1;
      else if (codePoint > end) lo = mid + 1;
      else return sub.readUInt32BE(at + 8) + (codePoint - start);
    }
    return 0;
  };
}

/** The Unicode subtable of the full repertoire (format 12), so characters past the BMP are found too. */
function glyphLookup(cmap: Buffer, file: string): GlyphLookup {
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const record = 4 + i * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    const sub = cmap.subarray(cmap.readUInt32BE(record + 4));
    const unicode = platform === 0 || (platform === 3 && encoding === 10);
    if (unicode && sub.readUInt16BE(0) === 12) return format12(sub);
  }
  throw new Error(`taizhang charts: font ${file} has no full Unicode cmap (format 12)`);
}

export function readFontMetrics(file: string): FontMetrics {
  const font = readFileSync(file);
  const all = tables(font);
  const unitsPerEm = table(font, all, "head", file).readUInt16BE(18);
  const longMetrics = table(font, all, "hhea", file).readUInt16BE(34);
  const hmtx = table(font, all, "hmtx", file);
  const glyphOf = glyphLookup(table(font, all, "cmap", file), file);
  return {
    unitsPerEm,
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      if (glyph === 0) return undefined;
      // Glyphs past the long metrics share the last advance width.
      return hmtx.readUInt16BE(Math.min(glyph, longMetrics - 1) * 4);
    },
  };
}
