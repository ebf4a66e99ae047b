import { describe, expect, it } from "vitest";
import {
  cellText,
  columnLetter,
  dateOfCell,
  headerText,
  quantityOf,
  unitKindOf,
} from "../../../src/domain/ledger-sheets/index.ts";

describe("cell values as ledgers write them", () => {
  it("reads targets with separators, full-width digits, 万 and a trailing measure", () => {
    expect(quantityOf(3000)).toEqual({ value: 3000, measure: null });
    expect(quantityOf("3,000")).toEqual({ value: 3000, measure: null });
    expect(quantityOf("３０００")).toEqual({ value: 3000, measure: null });
    expect(quantityOf("3.5万")).toEqual({ value: 35000, measure: null });
    expect(quantityOf("3000亩")).toEqual({ value: 3000, measure: "亩" });
    // A scale word before a measure is part of the measure: the ledger converts 万元 itself.
    expect(quantityOf("3.5万元")).toEqual({ value: 3.5, measure: "万元" });
    expect(quantityOf("  ")).toBeNull();
    expect(quantityOf(null)).toBeNull();
    expect(quantityOf("无")).toBeNull();
    expect(quantityOf("/")).toBeNull();
  });

  it("refuses what is not a number", () => {
    expect(quantityOf("三千")).toBe("invalid");
    expect(quantityOf("3000-5000亩")).toBe("invalid");
    expect(quantityOf("待定")).toBe("invalid");
  });

  it("reads dates as Excel serials, Date cells and the ways people write them", () => {
    expect(dateOfCell(46387, 2026)).toBe("2026-12-31");
    expect(dateOfCell(new Date(Date.UTC(2026, 11, 31)), 2026)).toBe("2026-12-31");
    expect(dateOfCell("2026-12-31", 2026)).toBe("2026-12-31");
    expect(dateOfCell("2026/6/30", 2026)).toBe("2026-06-30");
    expect(dateOfCell("2026.12.31", 2026)).toBe("2026-12-31");
    expect(dateOfCell("2026年12月31日", 2026)).toBe("2026-12-31");
    expect(dateOfCell("２０２６－１２－３１", 2026)).toBe("2026-12-31");
    expect(dateOfCell("2026年10月底", 2026)).toBe("2026-10-31");
    expect(dateOfCell("2月底", 2028)).toBe("2028-02-29");
    expect(dateOfCell("年底", 2026)).toBe("2026-12-31");
    expect(dateOfCell("年内", 2025)).toBe("2025-12-31");
    expect(dateOfCell(null, 2026)).toBeNull();
    expect(dateOfCell("—", 2026)).toBeNull();
    expect(dateOfCell("2026年", 2025)).toBe("2026-12-31");
    expect(dateOfCell("2026年6月", 2026)).toBe("2026-06-30");
    // A time of day, and float noise, stay on the day shown.
    expect(dateOfCell(46387.75, 2026)).toBe("2026-12-31");
    expect(dateOfCell(46386.9999999999, 2026)).toBe("2026-12-31");
    expect(dateOfCell(new Date(Date.UTC(2026, 11, 31, 18)), 2026)).toBe("2026-12-31");
    expect(dateOfCell(new Date(Date.UTC(2026, 11, 30, 23, 59, 59, 999)), 2026)).toBe("2026-12-31");
  });

  it("refuses dates that do not exist or are not dates", () => {
    expect(dateOfCell("2026-02-30", 2026)).toBe("invalid");
    expect(dateOfCell("尽快", 2026)).toBe("invalid");
    expect(dateOfCell(12, 2026)).toBe("invalid");
    expect(dateOfCell("13月底", 2026)).toBe("invalid");
  });

  it("names unit kinds as the tree does, and keeps words it does not know", () => {
    expect(unitKindOf("镇")).toBe("township");
    expect(unitKindOf("街道")).toBe("township");
    expect(unitKindOf("社区")).toBe("village");
    expect(unitKindOf("Village")).toBe("village");
    expect(unitKindOf("农场")).toBe("农场");
  });

  it("normalises headers: markers, brackets and line breaks", () => {
    expect(headerText("目标值（亩）")).toEqual({ label: "目标值", bracketed: "亩" });
    expect(headerText("*任务名称（必填）")).toEqual({ label: "任务名称", bracketed: null });
    expect(headerText("完成\n时限").label).toBe("完成时限");
    expect(cellText("  民建村\u3000 ")).toBe("民建村");
  });

  it("names columns as Excel does", () => {
    expect([0, 5, 25, 26, 27].map(columnLetter)).toEqual(["A", "F", "Z", "AA", "AB"]);
  });
});
