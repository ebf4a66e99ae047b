import { describe, expect, it } from "vitest";
import { WorkCalendar } from "../../../src/domain/calendar/index.ts";

describe("China's working days", () => {
  const calendar = new WorkCalendar();

  it("knows public holidays and the weekend days worked in exchange (调休)", () => {
    expect(calendar.isHoliday("2024-10-01")).toBe(true);
    expect(calendar.isWorkday("2024-10-01")).toBe(false);
    expect(calendar.isWorkday("2024-10-12")).toBe(true); // a Saturday, worked for National Day
    expect(calendar.isWorkday("2024-10-13")).toBe(false); // an ordinary Sunday
    expect(calendar.isHoliday("2024-10-13")).toBe(false);
    expect(calendar.nextWorkday("2024-10-01")).toBe("2024-10-08");
    expect(calendar.nextWorkday("2024-06-14")).toBe("2024-06-14");
  });

  it("says which years it does not know, and reads those an admin adds", () => {
    expect(calendar.knows(2026)).toBe(true);
    expect(calendar.knows(2027)).toBe(false);
    const extended = new WorkCalendar({
      2027: { holidays: ["2027-10-01", "2027-10-04"], workdays: ["2027-10-09"] },
    });
    expect(extended.knows(2027)).toBe(true);
    expect(extended.isWorkday("2027-10-04")).toBe(false);
    expect(extended.isWorkday("2027-10-09")).toBe(true);
    expect(extended.nextWorkday("2027-10-01")).toBe("2027-10-05");
  });
});
