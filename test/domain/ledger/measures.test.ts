import { describe, expect, it } from "vitest";
import { convertQuantity } from "../../../src/domain/ledger/index.ts";

describe("the obvious conversions, and no others", () => {
  it.each<[number, string, string, number | null]>([
    [20, "公顷", "亩", 300],
    [300, "亩", "公顷", 20],
    [2.3, "公顷", "亩", 34.5],
    [3.6, "千米", "公里", 3.6],
    [12, "km", "公里", 12],
    [800, "米", "公里", 0.8],
    [2.3, "万元", "元", 23_000],
    [1.968, "亿元", "元", 196_800_000],
    [186_000, "元", "万元", 18.6],
    [6.5, "万亩", "亩", 65_000],
    [2, "兆瓦", "千瓦", 2000],
    [40, "户", "户", 40],
    [12, "畝", "亩", 12], // traditional, folded like every other name
    [45, "名", "人", 45],
    [50, "人", "户", null],
    [3, "天", "亩", null],
    [120, "头", "只", null],
  ])("%s %s in %s → %s", (value, from, to, expected) => {
    expect(convertQuantity(value, from, to)).toBe(expected);
  });
});
