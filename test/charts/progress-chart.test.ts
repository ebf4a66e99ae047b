import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartWords } from "../../src/app/chart-words.ts";
import type { Drawing, Shape } from "../../src/charts/drawing.ts";
import {
  formatPercent,
  layoutProgressChart,
  MAX_CHART_ROWS,
  type ProgressChart,
  type ProgressRow,
  progressChartSvg,
} from "../../src/charts/index.ts";
import { estimateTextWidth } from "../../src/charts/text.ts";
import { translate } from "../../src/i18n.ts";

/** 民建镇's week: three tasks against a schedule of 45%. */
const week: ProgressChart = {
  title: "民建镇 第 24 周重点任务进度",
  subtitle: "截至 2024-06-14 17:00 · 序时进度 45%",
  schedulePercent: 45,
  words: chartWords((key, args) => translate("zh-CN", key, args)),
  rows: [
    { label: "高标准农田建设", percent: 66.7, value: "2,000 / 3,000 亩", change: "+300" },
    { label: "农村危房改造", percent: 30, value: "45 / 150 户", change: "+0", flag: "yellow" },
    { label: "村级道路硬化", percent: 12, value: "3.6 / 30 公里", flag: "red" },
  ],
};

const texts = (drawing: Drawing) =>
  drawing.shapes.flatMap((s) => (s.kind === "text" ? [s.spans.map((span) => span.text).join("")] : []));
const rects = (drawing: Drawing) =>
  drawing.shapes.filter((s): s is Extract<Shape, { kind: "rect" }> => s.kind === "rect");
const barsOf = (drawing: Drawing, fill: string) =>
  rects(drawing).filter((r) => r.fill === fill && r.height === 12);
const track = (drawing: Drawing) => barsOf(drawing, "#eceff3");

const villages = (n: number): ProgressRow[] =>
  Array.from({ length: n }, (_, i) => ({ label: `${i + 1} 村`, percent: i * 2, value: `${i} / 50 户` }));

describe("the progress chart's layout", () => {
  it("has a bar per task, coloured by its flag, green when on track", () => {
    const drawing = layoutProgressChart(week);
    expect(track(drawing)).toHaveLength(3);
    expect(barsOf(drawing, "#1e8e3e")).toHaveLength(1); // 高标准农田建设, no flag
    expect(barsOf(drawing, "#f9ab00")).toHaveLength(1);
    expect(barsOf(drawing, "#d93025")).toHaveLength(1);
    expect(texts(drawing)).toEqual(
      expect.arrayContaining([
        "高标准农田建设",
        "2,000 / 3,000 亩 +300",
        "67%",
        "30%",
        "12%",
        "序时进度 45%",
      ]),
    );
  });

  it("fills a bar in proportion to its percent, and ticks the schedule across every bar", () => {
    const drawing = layoutProgressChart(week);
    const full = track(drawing)[0]?.width ?? 0;
    expect(barsOf(drawing, "#1e8e3e")[0]?.width).toBeCloseTo(full * 0.667);
    const ticks = drawing.shapes.filter((s) => s.kind === "line");
    expect(ticks).toHaveLength(3);
    for (const tick of ticks) expect(tick.kind === "line" && tick.x1).toBeCloseTo(20 + full * 0.45);
  });

  it("shows an over-fulfilled plan as a full bar with its real percent", () => {
    const drawing = layoutProgressChart({
      ...week,
      rows: [{ label: "农村户厕改造", percent: 128.4, value: "642 / 500 户" }],
    });
    expect(barsOf(drawing, "#1e8e3e")[0]?.width).toBe(track(drawing)[0]?.width);
    expect(texts(drawing)).toContain("128%");
    expect(drawing.shapes.some((s) => s.kind === "path" && s.stroke === "#ffffff")).toBe(true);
  });

  it("shows a task no one reported on as grey, with no bar and 无数据", () => {
    const drawing = layoutProgressChart({ ...week, rows: [{ label: "人居环境整治", percent: null }] });
    expect(track(drawing)).toHaveLength(1);
    expect(rects(drawing).filter((r) => r.height === 12 && r.fill !== "#eceff3")).toHaveLength(0);
    expect(texts(drawing)).toContain("无数据");
    const noData = drawing.shapes.find((s) => s.kind === "text" && s.spans[0]?.text === "无数据");
    expect(noData?.kind === "text" && noData.spans[0]?.fill).toBe("#80868b");
  });

  it("keeps a flag on a task without data, and reads NaN and negative percents sensibly", () => {
    const drawing = layoutProgressChart({
      ...week,
      rows: [
        { label: "逾期未报", percent: null, flag: "red" },
        { label: "坏数据", percent: Number.NaN },
        { label: "倒退", percent: -5 },
      ],
    });
    // Two rows without data, and the legend's grey.
    expect(texts(drawing).filter((t) => t === "无数据")).toHaveLength(3);
    expect(texts(drawing)).toContain("0%");
    expect(texts(drawing)).toEqual(expect.arrayContaining(["逾期", "正常"]));
  });

  it("says there is nothing yet when there are no rows", () => {
    const drawing = layoutProgressChart({ ...week, rows: [] });
    expect(texts(drawing)).toEqual([
      "民建镇 第 24 周重点任务进度",
      "截至 2024-06-14 17:00 · 序时进度 45%",
      "暂无数据",
    ]);
    expect(drawing.height).toBeLessThan(200);
  });

  it(`grows with its rows up to ${MAX_CHART_ROWS}, then counts the rest in one line`, () => {
    const height = (n: number) => layoutProgressChart({ ...week, rows: villages(n) }).height;
    expect(height(2) - height(1)).toBe(46);
    expect(height(MAX_CHART_ROWS + 1)).toBe(height(40));
    const forty = layoutProgressChart({ ...week, rows: villages(40) });
    expect(track(forty)).toHaveLength(MAX_CHART_ROWS);
    expect(texts(forty)).toContain(`…… 另有 ${40 - MAX_CHART_ROWS} 项未列出`);
    expect(
      texts(
        layoutProgressChart({
          ...week,
          words: chartWords((key, args) => translate("en", key, args)),
          rows: villages(40),
        }),
      ),
    ).toContain(`… and ${40 - MAX_CHART_ROWS} more`);
  });

  it("stays within the 2560 px that Telegram keeps of a photo's longer side, at 2×", () => {
    const fullest = layoutProgressChart({ ...week, rows: villages(100) });
    expect(2 * fullest.height).toBeLessThanOrEqual(2560);
  });

  it("cuts a long task name with … to leave room for its value", () => {
    const label = "农村危房改造及抗震改造（含C级、D级危房）暨农房风貌提升工程第二批次";
    const drawing = layoutProgressChart({ ...week, rows: [{ label, percent: 30, value: "45 / 150 户" }] });
    const shown = texts(drawing).find((t) => t.startsWith("农村危房"));
    expect(shown?.endsWith("…")).toBe(true);
    expect(label.startsWith(shown?.slice(0, -1) ?? "-")).toBe(true);
    expect(shown?.length).toBeGreaterThan(12);
  });

  it("keeps the schedule's name inside the chart at either end", () => {
    for (const schedulePercent of [0, 3, 50, 97, 100, 130]) {
      const line = layoutProgressChart({ ...week, schedulePercent }).shapes.find(
        (s) => s.kind === "text" && s.spans[0]?.text.startsWith("序时进度"),
      );
      if (line?.kind !== "text") throw new Error("no schedule label");
      const width = estimateTextWidth(line.spans[0]?.text ?? "", line.size, 400);
      const left =
        line.anchor === "start" ? line.x : line.anchor === "end" ? line.x - width : line.x - width / 2;
      expect(left).toBeGreaterThanOrEqual(20);
      expect(left + width).toBeLessThanOrEqual(520);
    }
  });

  it("writes percents as whole numbers that never round a task up to done", () => {
    expect([0, 0.3, 45.5, 99.6, 100, 128.4].map(formatPercent)).toEqual([
      "0%",
      "<1%",
      "46%",
      "99%",
      "100%",
      "128%",
    ]);
  });
});

describe("the chart as SVG", () => {
  const tricky: ProgressChart = {
    title: `A&B <镇> "周报" 'x'`,
    words: chartWords((key, args) => translate("en", key, args)),
    rows: [{ label: `<script>alert("&")</script>`, percent: 10, value: `1 < 2 & 3 > 2`, change: `+"1"` }],
  };

  it("escapes <, &, and quotes in every text", () => {
    const svg = progressChartSvg(tricky);
    expect(svg).toContain("A&amp;B &lt;镇&gt; &quot;周报&quot; &apos;x&apos;");
    expect(svg).toContain("&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;");
    expect(svg).toContain("1 &lt; 2 &amp; 3 &gt; 2");
    expect(svg).not.toContain("<script>");
  });

  it("is well-formed XML even with control characters in a label", () => {
    const svg = progressChartSvg({ ...tricky, rows: [{ label: "a\u0000b\u0007c\nd\ud800", percent: 1 }] });
    expect(svg).toContain(">abc d</tspan>");
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(() => new Resvg(progressChartSvg(tricky), { font: { loadSystemFonts: false } })).not.toThrow();
  });

  it("names the CJK font, so an SVG viewer with Noto Sans SC shows the same", () => {
    expect(progressChartSvg(week)).toMatch(/^<svg [^>]*width="540"/);
    expect(progressChartSvg(week)).toContain('font-family="Noto Sans S Chinese, Noto Sans SC');
  });
});
