import {
  type Drawing,
  drawingSvg,
  type FontWeight,
  type Shape,
  type TextMeasure,
  type TextSpan,
} from "./drawing.ts";
import { cleanText, estimateTextWidth, truncateToWidth } from "./text.ts";

/**
 * The progress chart of a digest: one horizontal bar per task or unit, coloured by the county's
 * supervision flags, with the time-proportional schedule (序时进度) as a tick across the bars.
 * Laid out as a Drawing from data alone; render.ts turns it into a PNG.
 */

/** The three-colour supervision flags: red past its deadline, yellow behind, blue due soon. */
export type SupervisionFlag = "red" | "yellow" | "blue";

export interface ProgressRow {
  /** A task or unit name, as the ledger spells it; long names are cut with "…". */
  label: string;
  /** Share of the target done, 0..100 and beyond for over-fulfilled plans; null when no one reported. */
  percent: number | null;
  /** The quantities behind the share, e.g. "2,000 / 3,000 亩". */
  value?: string;
  flag?: SupervisionFlag | null;
  /** Movement in the digest's period, e.g. "+300". */
  change?: string;
}

export interface ProgressChart {
  title: string;
  /** E.g. "截至 2024-06-14 17:00 · 序时进度 45%". */
  subtitle?: string;
  /** In the order to show; rows past MAX_CHART_ROWS are counted in a "… and N more" line. */
  rows: readonly ProgressRow[];
  /** 序时进度 in percent: drawn as a tick across every bar. */
  schedulePercent?: number;
  words: ChartWords;
}

/**
 * Bars beyond this are counted, not drawn; the digest's text carries them. Telegram scales a
 * photo down to 2560 px on its longer side (1280 px in clients before 2023), and a chart taller
 * than that loses the crisp text it was drawn for; 24 rows keep it within 2560 px.
 */
export const MAX_CHART_ROWS = 24;

/** Width in SVG units; render.ts draws at 2×, so the PNG is 1080 px wide, a phone's screen. */
export const CHART_WIDTH = 540;

/** The family named in SVG written with <text>. */
export const CHART_FONT_FAMILY = "Noto Sans S Chinese, Noto Sans SC, Noto Sans CJK SC, sans-serif";

const PAD = 20;
const RIGHT = CHART_WIDTH - PAD;
const PERCENT_COLUMN = 60;
const TRACK_X = PAD;
const TRACK_WIDTH = RIGHT - PERCENT_COLUMN - PAD;
const ROW_HEIGHT = 46;
const BAR_OFFSET = 25;
const BAR_HEIGHT = 12;

const SIZE = { title: 22, subtitle: 14, label: 16, value: 13, percent: 15, note: 13, legend: 12 };

const INK = { text: "#202124", muted: "#5f6368", track: "#eceff3", tick: "#3c4043", background: "#ffffff" };

type BarColour = SupervisionFlag | "green" | "grey";

/** Bar fill, and a darker shade of it for text on white. */
const COLOURS: Record<BarColour, { bar: string; text: string }> = {
  red: { bar: "#d93025", text: "#c5221f" },
  yellow: { bar: "#f9ab00", text: "#b06000" },
  blue: { bar: "#1a73e8", text: "#1967d2" },
  green: { bar: "#1e8e3e", text: "#137333" },
  grey: { bar: "#bdc1c6", text: "#80868b" },
};

const LEGEND_ORDER: readonly BarColour[] = ["red", "yellow", "blue", "green", "grey"];

/** The chart's own words, in the reader's language: the caller gives them from locales/*.ftl. */
export interface ChartWords {
  schedule: (percent: string) => string;
  noData: string;
  noRows: string;
  more: (n: number) => string;
  legend: Record<BarColour, string>;
}

/** A share as shown: whole percents, but never "100%" for what is not done, nor "0%" for a start. */
export function formatPercent(percent: number): string {
  if (percent > 0 && percent < 1) return "<1%";
  if (percent > 99 && percent < 100) return "99%";
  return `${Math.round(percent)}%`;
}

function knownPercent(percent: number | null): number | null {
  return percent !== null && Number.isFinite(percent) ? Math.max(0, percent) : null;
}

function barColour(row: ProgressRow): BarColour {
  if (row.flag) return row.flag;
  return knownPercent(row.percent) === null ? "grey" : "green";
}

/** Gains green, losses (a cumulative total going down is worth a look) red, no change grey. */
function changeColour(change: string): string {
  if (/^\+\s*[\d,.]*[1-9]/.test(change)) return COLOURS.green.text;
  if (/^[-−]\s*[\d,.]*[1-9]/.test(change)) return COLOURS.red.text;
  return INK.muted;
}

function scheduleX(schedulePercent: number): number {
  return TRACK_X + (Math.min(100, Math.max(0, schedulePercent)) / 100) * TRACK_WIDTH;
}

const line = (
  x: number,
  y: number,
  size: number,
  text: string,
  fill: string,
  weight: FontWeight = 400,
  anchor: "start" | "middle" | "end" = "start",
): Shape => ({ kind: "text", x, y, size, anchor, spans: [{ text, fill, weight }] });

/** The label on the left, value and change on the right, a bar under both. */
function rowShapes(
  row: ProgressRow,
  top: number,
  words: ChartWords,
  schedule: number | null,
  measure: TextMeasure,
): Shape[] {
  const shapes: Shape[] = [];
  const percent = knownPercent(row.percent);
  const colour = COLOURS[barColour(row)];
  const baseline = top + 17;

  // Value and change may take up to half the line; the label gets the rest.
  const contentWidth = RIGHT - PAD;
  const change = truncateToWidth(cleanText(row.change ?? ""), contentWidth / 4, SIZE.value, 500, measure);
  const value = cleanText(row.value ?? "");
  const changeText = change && value ? ` ${change}` : change;
  const changeWidth = changeText ? measure(changeText, SIZE.value, 500) : 0;
  const shownValue = truncateToWidth(value, contentWidth / 2 - changeWidth, SIZE.value, 400, measure);
  const rightWidth = (shownValue ? measure(shownValue, SIZE.value, 400) : 0) + changeWidth;
  const labelRoom = contentWidth - rightWidth - (rightWidth > 0 ? 12 : 0);
  const label = truncateToWidth(cleanText(row.label), labelRoom, SIZE.label, 500, measure);

  shapes.push(line(PAD, baseline, SIZE.label, label, INK.text, 500));
  if (shownValue || changeText) {
    shapes.push({
      kind: "text",
      x: RIGHT,
      y: baseline,
      size: SIZE.value,
      anchor: "end",
      spans: (
        [
          { text: shownValue, fill: INK.muted, weight: 400 },
          { text: changeText, fill: changeColour(change), weight: 500 },
        ] satisfies TextSpan[]
      ).filter((s) => s.text !== ""),
    });
  }

  const barY = top + BAR_OFFSET;
  shapes.push({
    kind: "rect",
    x: TRACK_X,
    y: barY,
    width: TRACK_WIDTH,
    height: BAR_HEIGHT,
    fill: INK.track,
    radius: BAR_HEIGHT / 2,
  });
  if (percent !== null && percent > 0) {
    const width = (Math.min(percent, 100) / 100) * TRACK_WIDTH;
    shapes.push({
      kind: "rect",
      x: TRACK_X,
      y: barY,
      width,
      height: BAR_HEIGHT,
      fill: colour.bar,
      radius: BAR_HEIGHT / 2,
    });
    if (percent > 100) {
      // Over-fulfilled: the bar is full, and a white chevron at its end says it runs on.
      const x = TRACK_X + TRACK_WIDTH - 10;
      shapes.push({
        kind: "path",
        d: `M${x} ${barY + 3} l4 3 l-4 3`,
        fill: "none",
        stroke: "#ffffff",
        strokeWidth: 1.6,
      });
    }
  }
  if (schedule !== null) {
    const x = scheduleX(schedule);
    shapes.push({
      kind: "line",
      x1: x,
      y1: barY - 4,
      x2: x,
      y2: barY + BAR_HEIGHT + 4,
      stroke: INK.tick,
      width: 1.6,
    });
  }
  const textY = barY + BAR_HEIGHT / 2 + 5;
  if (percent === null) {
    shapes.push(line(RIGHT, textY, SIZE.note, words.noData, colour.text, 400, "end"));
  } else {
    shapes.push(line(RIGHT, textY, SIZE.percent, formatPercent(percent), colour.text, 700, "end"));
  }
  return shapes;
}

/** Small squares with the meaning of each colour used, left to right. */
function legendShapes(
  colours: ReadonlySet<BarColour>,
  top: number,
  words: ChartWords,
  measure: TextMeasure,
): Shape[] {
  const shapes: Shape[] = [];
  let x = PAD;
  for (const colour of LEGEND_ORDER) {
    if (!colours.has(colour)) continue;
    const name = words.legend[colour];
    shapes.push({ kind: "rect", x, y: top + 2, width: 10, height: 10, fill: COLOURS[colour].bar, radius: 2 });
    shapes.push(line(x + 14, top + 11, SIZE.legend, name, INK.muted));
    x += 14 + measure(name, SIZE.legend, 400) + 16;
  }
  return shapes;
}

/**
 * Lays out a progress chart CHART_WIDTH wide and as tall as its rows need. `measure` places and
 * cuts text: the fonts' own widths when rendering, an estimate that errs wide otherwise.
 */
export function layoutProgressChart(chart: ProgressChart, measure: TextMeasure = estimateTextWidth): Drawing {
  const { words } = chart;
  const shapes: Shape[] = [];
  const fullWidth = RIGHT - PAD;
  let y = PAD + SIZE.title;

  const title = truncateToWidth(cleanText(chart.title), fullWidth, SIZE.title, 700, measure);
  shapes.push(line(PAD, y, SIZE.title, title, INK.text, 700));

  const subtitle = cleanText(chart.subtitle ?? "");
  if (subtitle) {
    y += 24;
    const shown = truncateToWidth(subtitle, fullWidth, SIZE.subtitle, 400, measure);
    shapes.push(line(PAD, y, SIZE.subtitle, shown, INK.muted));
  }

  const schedule =
    chart.schedulePercent !== undefined && Number.isFinite(chart.schedulePercent) && chart.rows.length > 0
      ? chart.schedulePercent
      : null;
  if (schedule !== null) {
    // The schedule's name sits over its tick, kept inside the chart at either end.
    y += 28;
    const label = words.schedule(formatPercent(Math.max(0, schedule)));
    const x = scheduleX(schedule);
    const half = measure(label, SIZE.note, 400) / 2;
    const anchor = x - half < PAD ? "start" : x + half > RIGHT ? "end" : "middle";
    const at = anchor === "start" ? PAD : anchor === "end" ? RIGHT : x;
    shapes.push(line(at, y, SIZE.note, label, INK.tick, 400, anchor));
    shapes.push({ kind: "path", d: `M${x - 4} ${y + 4} h8 l-4 5 z`, fill: INK.tick });
    y += 2;
  } else {
    y += 10;
  }
  y += 8;

  const shown = chart.rows.slice(0, MAX_CHART_ROWS);
  const hidden = chart.rows.length - shown.length;
  const colours = new Set<BarColour>();
  if (shown.length === 0) {
    shapes.push(line(PAD, y + 20, SIZE.label, words.noRows, COLOURS.grey.text));
    y += 28;
  }
  for (const row of shown) {
    shapes.push(...rowShapes(row, y, words, schedule, measure));
    colours.add(barColour(row));
    y += ROW_HEIGHT;
  }
  if (hidden > 0) {
    shapes.push(line(PAD, y + 12, SIZE.note + 1, words.more(hidden), INK.muted));
    y += 26;
  }
  if (colours.size > 0) {
    shapes.push(...legendShapes(colours, y + 2, words, measure));
    y += 16;
  }
  return { width: CHART_WIDTH, height: Math.ceil(y + PAD), background: INK.background, shapes };
}

/** The chart as a standalone SVG document with <text> (estimated widths), for any SVG viewer. */
export function progressChartSvg(chart: ProgressChart): string {
  return drawingSvg(layoutProgressChart(chart), { fontFamily: CHART_FONT_FAMILY });
}
