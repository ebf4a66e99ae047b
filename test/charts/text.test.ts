import { describe, expect, it } from "vitest";
import { readFontMetrics } from "../../src/charts/font.ts";
import { chartFontFiles, chartFonts } from "../../src/charts/render.ts";
import { cleanText, escapeXml, estimateTextWidth, truncateToWidth } from "../../src/charts/text.ts";

describe("text for charts", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("drops what XML cannot carry and folds line breaks and runs of spaces", () => {
    expect(cleanText("  高标准\u0000农田\r\n建设\t（二期）\ud800  ")).toBe("高标准农田 建设 （二期）");
    expect(cleanText("𠮷祥村")).toBe("𠮷祥村");
  });

  it("cuts at a width with …, between whole characters", () => {
    const label = "𠮷𠮷𠮷祥村农村人居环境整治提升";
    const cut = truncateToWidth(label, 16 * 5, 16, 400, estimateTextWidth);
    expect(cut).toBe("𠮷𠮷𠮷祥…");
    expect(truncateToWidth("高标准农田", 16 * 5, 16, 400, estimateTextWidth)).toBe("高标准农田");
    expect(truncateToWidth("高标准农田", 10, 16, 400, estimateTextWidth)).toBe("");
  });

  it("estimates widths on the wide side of the real font, so estimated cuts never overrun", () => {
    const { measure } = chartFonts();
    const samples = [
      "高标准农田建设",
      "2,000 / 3,000 亩 +300",
      "Minjian WAVE road MMM www",
      "128% <1% 99%",
      "截至 2024-06-14 17:00 · 序时进度 45%",
      "（含C级、D级危房）…",
    ];
    for (const weight of [400, 500, 700] as const) {
      for (const text of samples) {
        expect(estimateTextWidth(text, 16, weight)).toBeGreaterThanOrEqual(measure(text, 16, weight));
      }
    }
  });
});

describe("font metrics read from the OTF", () => {
  const regular = readFontMetrics(chartFontFiles()[400]);

  it("gives Han characters a full em and Latin less", () => {
    expect(regular.unitsPerEm).toBe(1000);
    expect(regular.advance("农".codePointAt(0) ?? 0)).toBe(1000);
    expect(regular.advance("（".codePointAt(0) ?? 0)).toBe(1000);
    const one = regular.advance("1".codePointAt(0) ?? 0) ?? 0;
    expect(one).toBeGreaterThan(400);
    expect(one).toBeLessThan(700);
  });

  it("knows which characters the font lacks", () => {
    expect(regular.advance("𠮷".codePointAt(0) ?? 0)).toBeUndefined();
    expect(regular.advance(0x25a1)).toBe(1000); // □, drawn in their place
  });
});
