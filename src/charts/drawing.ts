import { escapeXml } from "./text.ts";

/**
 * What a chart is made of, before it is SVG: shapes and text placed in SVG units. Kept apart
 * from SVG so that text can be written either as <text> (any SVG viewer) or as glyph outlines
 * (fast in resvg, see glyphs.ts).
 */

export type FontWeight = 400 | 500 | 700;

/** Width of `text` at `size` and `weight`, in SVG units. */
export type TextMeasure = (text: string, size: number, weight: FontWeight) => number;

export interface TextSpan {
  text: string;
  fill: string;
  weight: FontWeight;
}

/** One line of text: spans set one after another from a baseline point. */
export interface TextLine {
  kind: "text";
  x: number;
  y: number;
  size: number;
  anchor: "start" | "middle" | "end";
  spans: TextSpan[];
}

export type Shape =
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill: string; radius?: number }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: "path"; d: string; fill: string; stroke?: string; strokeWidth?: number }
  | TextLine;

export interface Drawing {
  width: number;
  height: number;
  background: string;
  shapes: Shape[];
}

/** A number for SVG: at most two decimals, no exponent. */
export const num = (n: number) => String(Math.round(n * 100) / 100);

/** Where a line of `width` starts when anchored at `x`. */
export function lineStart(line: TextLine, width: number): number {
  if (line.anchor === "end") return line.x - width;
  if (line.anchor === "middle") return line.x - width / 2;
  return line.x;
}

function shapeSvg(shape: Exclude<Shape, TextLine>): string {
  switch (shape.kind) {
    case "rect": {
      const r = shape.radius ? ` rx="${num(Math.min(shape.radius, shape.width / 2))}"` : "";
      return `<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.width)}" height="${num(shape.height)}"${r} fill="${escapeXml(shape.fill)}"/>`;
    }
    case "line":
      return `<line x1="${num(shape.x1)}" y1="${num(shape.y1)}" x2="${num(shape.x2)}" y2="${num(shape.y2)}" stroke="${escapeXml(shape.stroke)}" stroke-width="${num(shape.width)}"/>`;
    case "path": {
      const stroke = shape.stroke
        ? ` stroke="${escapeXml(shape.stroke)}" stroke-width="${num(shape.strokeWidth ?? 1)}" stroke-linecap="round" stroke-linejoin="round"`
        : "";
      return `<path d="${escapeXml(shape.d)}" fill="${escapeXml(shape.fill)}"${stroke}/>`;
    }
  }
}

/** A line as an SVG <text>, for viewers that bring their own fonts. */
export function textElement(line: TextLine): string {
  const spans = line.spans
    .map((s) => `<tspan fill="${escapeXml(s.fill)}" font-weight="${s.weight}">${escapeXml(s.text)}</tspan>`)
    .join("");
  return `<text x="${num(line.x)}" y="${num(line.y)}" font-size="${num(line.size)}" text-anchor="${line.anchor}" xml:space="preserve">${spans}</text>`;
}

export interface SvgOptions {
  /** Writes one line of text; <text> unless told otherwise. */
  text?: (line: TextLine) => string;
  /** Goes into <defs>, e.g. glyph outlines the text refers to. */
  defs?: string;
  fontFamily?: string;
}

export function drawingSvg(drawing: Drawing, options: SvgOptions = {}): string {
  const writeText = options.text ?? textElement;
  const { width, height } = drawing;
  const family = options.fontFamily ? ` font-family="${escapeXml(options.fontFamily)}"` : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`,
    options.defs ? `<defs>${options.defs}</defs>` : "",
    `<rect width="100%" height="100%" fill="${escapeXml(drawing.background)}"/>`,
    `<g${family}>`,
    ...drawing.shapes.map((shape) => (shape.kind === "text" ? writeText(shape) : shapeSvg(shape))),
    "</g></svg>",
  ].join("");
}
