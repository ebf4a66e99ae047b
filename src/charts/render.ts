import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import type { FontWeight } from "./drawing.ts";
import { type ChartFonts, loadChartFonts } from "./glyphs.ts";
import { layoutProgressChart, type ProgressChart } from "./progress-chart.ts";

/**
 * PNG charts made in process: Noto Sans SC (family "Noto Sans S Chinese") from
 * @embedpdf/fonts-sc, since a fresh machine has no CJK font and resvg silently drops text it
 * has no font for; resvg to rasterise. Text reaches resvg as glyph outlines (glyphs.ts).
 */

/** The family name inside the @embedpdf/fonts-sc files (the 2014 name of Noto Sans SC). */
export const CHART_FONT_FAMILY_NAME = "Noto Sans S Chinese";
const FONT_FILES: Record<FontWeight, string> = {
  400: "NotoSansHans-Regular.otf",
  500: "NotoSansHans-Medium.otf",
  700: "NotoSansHans-Bold.otf",
};

/** SVG units to pixels: crisp text on phones' dense screens. */
export const CHART_SCALE = 2;

/**
 * The package's exports map hides its fonts/ folder from require.resolve, so find its main
 * file and step over to ../fonts/.
 */
export function chartFontFiles(): Record<FontWeight, string> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts");
  const files = {
    400: join(dir, FONT_FILES[400]),
    500: join(dir, FONT_FILES[500]),
    700: join(dir, FONT_FILES[700]),
  };
  const missing = Object.values(files).filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`taizhang charts: CJK font files missing (${missing.join(", ")}); run npm install`);
  }
  return files;
}

let fonts: ChartFonts | undefined;

/** Font metrics are read once per process, glyph outlines once per glyph. */
export function chartFonts(): ChartFonts {
  fonts ??= loadChartFonts(chartFontFiles(), CHART_FONT_FAMILY_NAME);
  return fonts;
}

/** Outlines ahead of time the glyphs of names charts will show (see ChartFonts.prepare). */
export function prepareChartText(texts: readonly string[]): Promise<number> {
  return chartFonts().prepare(texts);
}

/**
 * A digest's progress chart as PNG: 1080 px wide, as tall as its rows need. Rasterised on
 * libuv's thread pool; glyphs never drawn before are outlined first, on this thread (≈1–3 ms each).
 */
export async function renderProgressChart(chart: ProgressChart): Promise<Buffer> {
  const { measure, outlinedSvg } = chartFonts();
  const svg = outlinedSvg(layoutProgressChart(chart, measure));
  const image = await renderAsync(svg, {
    // Text is already outlines: no font to load.
    font: { loadSystemFonts: false },
    fitTo: { mode: "zoom", value: CHART_SCALE },
    background: "#ffffff",
    logLevel: "off",
  });
  return image.asPng();
}
