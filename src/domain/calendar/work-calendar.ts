import { createRequire } from "node:module";
import { addDays, type LocalDate } from "../ledger/index.ts";

// The package's data as plain JSON, read the same way from src/ and from the bundle npm start runs.
const packaged = createRequire(import.meta.url)("chinese-days/dist/chinese-days.json") as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

/**
 * China's working days: public holidays off, and the weekend days worked in exchange (调休) on.
 * The package's data ends at a known year; later years come from calendar files an admin adds
 * (calendar/<year>.json). For a year in neither, Monday to Friday is assumed, and `knows` says so,
 * so the caller can warn instead of silently guessing.
 */
export interface CalendarYear {
  /** Days off that would otherwise be working days (国庆节 …), YYYY-MM-DD. */
  readonly holidays: readonly string[];
  /** Weekend days that are working days (调休上班), YYYY-MM-DD. */
  readonly workdays: readonly string[];
}

const PACKAGED_HOLIDAYS = new Set(Object.keys(packaged.holidays));
const PACKAGED_WORKDAYS = new Set(Object.keys(packaged.workdays));
const LAST_PACKAGED_YEAR = Math.max(...[...PACKAGED_HOLIDAYS].map((d) => Number(d.slice(0, 4))));

export class WorkCalendar {
  private readonly holidays = new Set(PACKAGED_HOLIDAYS);
  private readonly workdays = new Set(PACKAGED_WORKDAYS);
  private readonly years = new Set<number>();

  constructor(extraYears: Readonly<Record<number, CalendarYear>> = {}) {
    for (let y = 2004; y <= LAST_PACKAGED_YEAR; y++) this.years.add(y);
    for (const [year, data] of Object.entries(extraYears)) {
      this.years.add(Number(year));
      for (const d of data.holidays) this.holidays.add(d);
      for (const d of data.workdays) this.workdays.add(d);
    }
  }

  knows(year: number): boolean {
    return this.years.has(year);
  }

  /** A public holiday (a weekend day in a holiday stretch included), not an ordinary weekend. */
  isHoliday(day: LocalDate): boolean {
    return this.holidays.has(day);
  }

  isWorkday(day: LocalDate): boolean {
    if (this.holidays.has(day)) return false;
    if (this.workdays.has(day)) return true;
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** `day` itself when it is a working day, else the next one. */
  nextWorkday(day: LocalDate): LocalDate {
    let d = day;
    for (let i = 0; i < 30 && !this.isWorkday(d); i++) d = addDays(d, 1);
    return d;
  }
}
