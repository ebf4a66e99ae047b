import { describe, expect, it } from "vitest";
import { addDays, compareDates, daysBetween, parseLocalDate } from "../../../src/domain/ledger/index.ts";

describe("plain calendar dates", () => {
  it("reads only real YYYY-MM-DD days", () => {
    expect(parseLocalDate("2024-06-30")).toBe("2024-06-30");
    expect(parseLocalDate(" 2024-02-29 ")).toBe("2024-02-29");
    expect(parseLocalDate("2023-02-29")).toBeNull();
    expect(parseLocalDate("2024-6-30")).toBeNull();
    expect(parseLocalDate("2024-06-30T00:00:00Z")).toBeNull();
    expect(parseLocalDate("6月30日")).toBeNull();
  });

  it("counts days across months, leap days and years", () => {
    expect(daysBetween("2024-06-30", "2024-07-01")).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2024-07-01", "2024-06-30")).toBe(-1);
  });

  it("compares and steps days", () => {
    expect(compareDates("2024-06-30", "2024-07-01")).toBe(-1);
    expect(compareDates("2024-06-30", "2024-06-30")).toBe(0);
    expect(compareDates("2024-12-31", "2024-01-01")).toBe(1);
    expect(addDays("2024-12-25", 10)).toBe("2025-01-04");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});
