import { Resvg } from "@resvg/resvg-js";
import {
  type Drawing,
  drawingSvg,
  type FontWeight,
  lineStart,
  num,
  type TextLine,
  type TextMeasure,
} from "./drawing.ts";
import { type FontMetrics, readFontMetrics } from "./font.ts";
import { escapeXml } from "./text.ts";

/**
 * Text drawn as glyph outlines that are made once and reused. resvg-js 2.6 in Node reads the
 * whole font file for every glyph it lays out (its font.fontBuffers is WASM-only), and a Noto
 * Sans CJK weight is 8 MB: 1–3 ms a glyph, 0.4–1 s for a digest's chart written with <text>.
 * So resvg outlines each glyph the first time it is needed (its own text-to-path, toString()),
 * the outline is kept, and charts are drawn from <use> of the outlines, placed with the
 * advance widths from the fonts' own tables (font.ts). A chart then renders in 30–100 ms.
 */

export interface ChartFonts {
  /** Exact advance widths (kerning aside) from the fonts' tables. */
  measure: TextMeasure;
  /** The drawing as SVG with its text as glyph outlines: needs no font to render. */
  outlinedSvg(drawing: Drawing): string;
  /**
   * Outlines the glyphs of texts charts will show (the ledger's names) ahead of time, a few dozen
   * at a time between turns of the event loop: the first digest after a start is then as fast as
   * the next ones, and nothing blocks replies for long.
   */
  prepare(texts: readonly string[], weight?: FontWeight): Promise<number>;
}

/** Glyphs outlined per turn while preparing: ≈1.7 ms each, so about 100 ms at a time. */
const PREPARE_CHUNK = 60;

/** Outlines kept (0.5–1 KB each); beyond this many the cache starts over. */
const MAX_OUTLINES = 4000;

const WEIGHTS: readonly FontWeight[] = [400, 500, 700];

/** What Chinese print sets for a character it has no type for (𠮷 and other rare place-name characters). */
const MISSING = 0x25a1; // □

/** Marks, format and control characters: nothing to draw when the font lacks them. */
const INVISIBLE = /^[\p{M}\p{Cf}\p{Cc}\p{Zs}]$/u;

function codePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0) ?? 0);
}

const glyphKey = (weight: FontWeight, codePoint: number) => `${weight}-${codePoint.toString(16)}`;

/**
 * Asks resvg to lay out each glyph alone at 1 em = unitsPerEm, so that its outline comes back
 * in font units, on the baseline at the origin.
 */
function outlineGlyphs(
  wanted: ReadonlyArray<{ weight: FontWeight; codePoint: number }>,
  family: string,
  fontFiles: string[],
  unitsPerEm: number,
): Map<string, string> {
  const texts = wanted.map(
    ({ weight, codePoint }, i) =>
      `<text id="o${i}" x="0" y="0" font-size="${unitsPerEm}" font-weight="${weight}">${escapeXml(String.fromCodePoint(codePoint))}</text>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><g font-family="${escapeXml(family)}">${texts.join("")}</g></svg>`;
  const simplified = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: family },
  }).toString();
  const found = new Map<number, string>();
  for (const group of simplified.matchAll(/<g id="o(\d+)"[^>]*>([\s\S]*?)<\/g>/g)) {
    const body = group[2] ?? "";
    // Outlines placed by a transform would need it applied; resvg 2.6 writes none for this input.
    if (body.includes("transform"))
      throw new Error("taizhang charts: unexpected transform in a glyph outline");
    const paths = Array.from(body.matchAll(/ d="([^"]*)"/g), (m) => m[1] ?? "");
    found.set(Number(group[1]), paths.join(" "));
  }
  const outlines = new Map<string, string>();
  wanted.forEach(({ weight, codePoint }, i) => {
    // A glyph with nothing to draw (a space) comes back as no group at all.
    outlines.set(glyphKey(weight, codePoint), found.get(i) ?? "");
  });
  return outlines;
}

export function loadChartFonts(files: Record<FontWeight, string>, family: string): ChartFonts {
  const metrics = new Map<FontWeight, FontMetrics>(WEIGHTS.map((w) => [w, readFontMetrics(files[w])]));
  const fontFiles = WEIGHTS.map((w) => files[w]);
  const unitsPerEm = metrics.get(400)?.unitsPerEm ?? 1000;
  if (WEIGHTS.some((w) => metrics.get(w)?.unitsPerEm !== unitsPerEm)) {
    throw new Error("taizhang charts: the chart fonts disagree on units per em");
  }
  const outlines = new Map<string, string>();

  const has = (codePoint: number, weight: FontWeight) =>
    metrics.get(weight)?.advance(codePoint) !== undefined;

  /** The code points drawn for `text`: □ for a character the fonts lack, never a silent gap. */
  const drawn = (text: string, weight: FontWeight): number[] =>
    codePoints(text).flatMap((cp) => {
      if (has(cp, weight)) return [cp];
      return INVISIBLE.test(String.fromCodePoint(cp)) ? [] : [MISSING];
    });

  const advance = (codePoint: number, weight: FontWeight) => metrics.get(weight)?.advance(codePoint) ?? 0;

  const measure: TextMeasure = (text, size, weight) => {
    let units = 0;
    for (const cp of drawn(text, weight)) units += advance(cp, weight);
    return (units / unitsPerEm) * size;
  };

  function glyphsOf(spans: ReadonlyArray<{ text: string; weight: FontWeight }>) {
    const needed = new Map<string, { weight: FontWeight; codePoint: number }>();
    for (const span of spans) {
      for (const codePoint of drawn(span.text, span.weight)) {
        needed.set(glyphKey(span.weight, codePoint), { weight: span.weight, codePoint });
      }
    }
    return needed;
  }

  function ensureOutlines(lines: TextLine[]): void {
    const needed = glyphsOf(lines.flatMap((line) => line.spans));
    let missing = [...needed].filter(([key]) => !outlines.has(key));
    if (missing.length === 0) return;
    if (outlines.size + missing.length > MAX_OUTLINES) {
      outlines.clear();
      missing = [...needed];
    }
    const made = outlineGlyphs(
      missing.map(([, glyph]) => glyph),
      family,
      fontFiles,
      unitsPerEm,
    );
    for (const [key, d] of made) outlines.set(key, d);
  }

  function outlinedSvg(drawing: Drawing): string {
    const lines = drawing.shapes.filter((s): s is TextLine => s.kind === "text");
    ensureOutlines(lines);
    const used = new Set<string>();

    const writeLine = (line: TextLine): string => {
      const width = line.spans.reduce((sum, s) => sum + measure(s.text, line.size, s.weight), 0);
      const scale = line.size / unitsPerEm;
      let pen = 0;
      const spans = line.spans.map((span) => {
        const uses: string[] = [];
        for (const codePoint of drawn(span.text, span.weight)) {
          const key = glyphKey(span.weight, codePoint);
          if (outlines.get(key)) {
            used.add(key);
            uses.push(`<use xlink:href="#g${key}" x="${num(pen)}"/>`);
          }
          pen += advance(codePoint, span.weight);
        }
        return `<g fill="${escapeXml(span.fill)}">${uses.join("")}</g>`;
      });
      const x = lineStart(line, width);
      return `<g transform="translate(${num(x)} ${num(line.y)}) scale(${scale})">${spans.join("")}</g>`;
    };

    const written = new Map(lines.map((line) => [line, writeLine(line)]));
    const defs = [...used].map((key) => `<path id="g${key}" d="${outlines.get(key) ?? ""}"/>`).join("");
    return drawingSvg(drawing, { text: (line) => written.get(line) ?? "", defs });
  }

  // Row labels, where the ledger's names appear, are set at weight 500.
  async function prepare(texts: readonly string[], weight: FontWeight = 500): Promise<number> {
    const needed = glyphsOf(texts.map((text) => ({ text, weight })));
    const missing = [...needed].filter(([key]) => !outlines.has(key)).slice(0, MAX_OUTLINES / 2);
    for (let i = 0; i < missing.length; i += PREPARE_CHUNK) {
      await new Promise((resolve) => setImmediate(resolve));
      const chunk = missing.slice(i, i + PREPARE_CHUNK).map(([, glyph]) => glyph);
      for (const [key, d] of outlineGlyphs(chunk, family, fontFiles, unitsPerEm)) outlines.set(key, d);
    }
    return missing.length;
  }

  return { measure, outlinedSvg, prepare };
}
