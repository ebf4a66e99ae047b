import { describe, expect, it } from "vitest";
import { WorkCalendar } from "../../../src/domain/calendar/index.ts";
import type { LocalDate } from "../../../src/domain/ledger/index.ts";
import { mondayOf, parseReminderTime, reminderDay } from "../../../src/domain/notices/index.ts";

const calendar = new WorkCalendar();
const isWorkday = (d: LocalDate) => calendar.isWorkday(d);
const FRIDAY_10 = { day: 5, time: "10:00" };

describe("reminder times", () => {
  it("are written as a weekday and a time, or off", () => {
    expect(parseReminderTime(["fri", "10:00"])).toEqual({ day: 5, time: "10:00" });
    expect(parseReminderTime(["周四", "9:30"])).toEqual({ day: 4, time: "09:30" });
    expect(parseReminderTime(["off"])).toBe("off");
    expect(parseReminderTime(["fri"])).toBeNull();
    expect(parseReminderTime(["someday", "10:00"])).toBeNull();
    expect(parseReminderTime(["fri", "25:00"])).toBeNull();
  });

  it("fall in the week of today, Monday to Sunday", () => {
    expect(mondayOf("2024-06-21")).toBe("2024-06-17");
    expect(mondayOf("2024-06-17")).toBe("2024-06-17");
    expect(mondayOf("2024-06-23")).toBe("2024-06-17");
    expect(reminderDay(FRIDAY_10, "2024-06-18", isWorkday)).toBe("2024-06-21");
  });

  it("move off a public holiday to the next working day of the week: a 调休 Saturday is one", () => {
    // Friday 6 October 2023 closed the National Day holiday; Saturday 7 October was worked.
    expect(reminderDay(FRIDAY_10, "2023-10-06", isWorkday)).toBe("2023-10-07");
  });

  it("are dropped when the week has no working day left", () => {
    // Friday 3 May 2024 to Sunday 5 May: Labour Day holiday.
    expect(reminderDay(FRIDAY_10, "2024-05-03", isWorkday)).toBeNull();
    // An ordinary Saturday is no working day; a 调休 one (12 October 2024) is.
    expect(reminderDay({ day: 6, time: "10:00" }, "2024-10-19", isWorkday)).toBeNull();
    expect(reminderDay({ day: 6, time: "10:00" }, "2024-10-12", isWorkday)).toBe("2024-10-12");
  });
});
