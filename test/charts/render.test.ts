import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartWords } from "../../src/app/chart-words.ts";
import { drawingSvg } from "../../src/charts/drawing.ts";
import {
  CHART_SCALE,
  layoutProgressChart,
  MAX_CHART_ROWS,
  type ProgressChart,
  type ProgressRow,
  renderProgressChart,
} from "../../src/charts/index.ts";
import { CHART_FONT_FAMILY_NAME, chartFontFiles, chartFonts } from "../../src/charts/render.ts";
import { translate } from "../../src/i18n.ts";
import {
  decodePng,
  differingPixels,
  distinctColours,
  inkedPixels,
  PNG_SIGNATURE,
  readHeader,
} from "./png.ts";

const tasks: ProgressRow[] = [
  { label: "高标准农田建设", percent: 66.7, value: "2,000 / 3,000 亩", change: "+300" },
  {
    label: "农村危房改造及抗震改造（含C级、D级危房）暨农房风貌提升工程",
    percent: 30,
    value: "45 / 150 户",
    flag: "yellow",
  },
  { label: "农村户厕改造", percent: 128.4, value: "642 / 500 户", change: "+42" },
  { label: "村级道路硬化", percent: 12, value: "3.6 / 30 公里", change: "-1.2", flag: "red" },
  { label: "人居环境整治", percent: null },
  { label: "饮水安全巩固提升", percent: 88, value: "22 / 25 处", change: "+5", flag: "blue" },
];

const week: ProgressChart = {
  title: "民建镇 第 24 周重点任务进度",
  subtitle: "截至 2024-06-14 17:00 · 序时进度 45%",
  schedulePercent: 45,
  words: chartWords((key, args) => translate("zh-CN", key, args)),
  rows: tasks,
};

/** The title's band: from the top of the chart to below the title's descenders, in pixels. */
const TITLE_BAND = [0, 50 * CHART_SCALE] as const;

const villages = (n: number): ProgressRow[] =>
  Array.from({ length: n }, (_, i) => ({
    label: `民建镇第${i + 1}村农村人居环境整治提升`,
    percent: (i * 7) % 130,
    value: `${i * 40} / 1,000 米`,
    change: `+${i}`,
    flag: i % 5 === 0 ? ("red" as const) : null,
  }));

describe("the progress chart as PNG", () => {
  it("is a PNG 1080 px wide and as tall as its layout at 2×", async () => {
    const png = await renderProgressChart(week);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const header = readHeader(png);
    expect(header.width).toBe(1080);
    expect(header.height).toBe(layoutProgressChart(week).height * CHART_SCALE);
  });

  it("is a real picture: bars, colours, antialiased text", async () => {
    const png = await renderProgressChart(week);
    expect(png.length).toBeGreaterThan(30_000);
    const image = decodePng(png);
    expect(distinctColours(image)).toBeGreaterThan(200);
    const share = inkedPixels(image) / (image.width * image.height);
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.6);
  });

  it("draws Chinese titles with real glyphs: not blank, and not the same box for every character", async () => {
    const [chinese, spaces, other] = await Promise.all([
      renderProgressChart(week),
      renderProgressChart({ ...week, title: "          " }),
      renderProgressChart({ ...week, title: "镇民建 周第 24 度进务任点重" }),
    ]);
    const [a, b, c] = [chinese, spaces, other].map(decodePng);
    if (!a || !b || !c) throw new Error("no image");
    expect(inkedPixels(b, ...TITLE_BAND)).toBe(0);
    expect(inkedPixels(a, ...TITLE_BAND)).toBeGreaterThan(3000);
    // Same characters in another order: tofu boxes would look alike, real glyphs do not.
    expect(differingPixels(a, c, ...TITLE_BAND, 64)).toBeGreaterThan(3000);
    // Below the title nothing changed.
    expect(differingPixels(a, b, TITLE_BAND[1], a.height)).toBe(0);
  });

  it("draws glyphs where resvg's own text layout puts them", async () => {
    // Same layout, once as <text> with the font files (slow), once as our outlines.
    const { measure, outlinedSvg } = chartFonts();
    const drawing = layoutProgressChart(week, measure);
    const fontFiles = Object.values(chartFontFiles());
    const options = { fitTo: { mode: "zoom" as const, value: CHART_SCALE }, background: "#ffffff" };
    const viaText = new Resvg(drawingSvg(drawing, { fontFamily: CHART_FONT_FAMILY_NAME }), {
      ...options,
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY_NAME },
    })
      .render()
      .asPng();
    const viaOutlines = new Resvg(outlinedSvg(drawing), { ...options, font: { loadSystemFonts: false } })
      .render()
      .asPng();
    const [a, b] = [decodePng(viaText), decodePng(viaOutlines)];
    const inked = inkedPixels(a);
    // Kerning of Latin pairs is the one thing resvg does that the outlines skip.
    expect(differingPixels(a, b, 0, a.height, 96)).toBeLessThan(inked * 0.02);
  });

  it("draws a chart with no rows", async () => {
    const image = decodePng(await renderProgressChart({ ...week, rows: [] }));
    expect(image.width).toBe(1080);
    expect(inkedPixels(image, TITLE_BAND[1], image.height)).toBeGreaterThan(500); // 暂无数据
  });

  it("draws 40 rows as many as fit and a line for the others, percents over 100 and without data", async () => {
    const rows = villages(40).map((row, i) => (i === 3 ? { ...row, percent: null } : row));
    const image = decodePng(await renderProgressChart({ ...week, rows }));
    const fitting = layoutProgressChart({ ...week, rows: villages(MAX_CHART_ROWS) }).height * CHART_SCALE;
    expect(image.height).toBe(fitting + 26 * CHART_SCALE); // "…… 另有 N 项未列出"
    expect(image.height).toBeLessThanOrEqual(2560);
    expect(inkedPixels(image) / (image.width * image.height)).toBeGreaterThan(0.1);
  });

  it("draws a character the font lacks as □ rather than leaving it out", () => {
    const { measure } = chartFonts();
    expect(measure("𠮷祥村", 16, 500)).toBe(measure("□祥村", 16, 500));
    expect(measure("\u200d", 16, 500)).toBe(0);
  });
});

describe("glyphs prepared ahead of the first chart", () => {
  it("outlines each new glyph of the ledger's names once, and then the chart needs none", async () => {
    const fonts = chartFonts();
    const names = ["瓜州县腰站子东乡族乡", "鼐鼑村饮水工程"];
    const first = await fonts.prepare(names);
    expect(first).toBeGreaterThan(0);
    expect(await fonts.prepare(names)).toBe(0);
    const svg = fonts.outlinedSvg(
      layoutProgressChart({ ...week, rows: [{ label: names[1] as string, percent: 10 }] }, fonts.measure),
    );
    // Every glyph drawn for the row is among the outlines: 鼐 is there as a path, not a missing box.
    expect(svg).toContain(`id="g500-${"鼐".codePointAt(0)?.toString(16)}"`);
  });
});
