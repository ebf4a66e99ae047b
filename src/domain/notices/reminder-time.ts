import { parseScheduleSpec } from "../digest/index.ts";
import { addDays, daysBetween, type LocalDate } from "../ledger/index.ts";

/**
 * When reporters who have not reported this week are reminded: a weekday and a time, as people
 * write it (fri 10:00, 周四 16:00). One for the deployment (REMIND_AT), and one per group for the
 * units of that group (/remind).
 */
export interface ReminderTime {
  /** 1 Monday … 7 Sunday. */
  readonly day: number;
  /** "HH:MM" in the deployment's zone. */
  readonly time: string;
}

/** `fri 10:00`, `周五 10:00`, or `off`; null when it is neither. */
export function parseReminderTime(words: readonly string[]): ReminderTime | "off" | null {
  if (words.length === 1 && /^(off|关闭|关)$/i.test(words[0] ?? "")) return "off";
  if (words.length !== 2) return null;
  const spec = parseScheduleSpec(["weekly", ...words]);
  return spec ? { day: spec.day, time: spec.time } : null;
}

/** A week runs Monday to Sunday (decisions.md, Time). */
export function mondayOf(day: LocalDate): LocalDate {
  // 1970-01-05 was a Monday.
  const weekday = ((daysBetween("1970-01-05", day) % 7) + 7) % 7;
  return addDays(day, -weekday);
}

/**
 * The day this week's reminder goes out. Reminders go out on working days only (China's calendar:
 * a 调休 Saturday is one, a public holiday is not): one that falls on another day moves to the
 * next working day of the same week, and a week with none left gets none. A reminder is about
 * this week's reports; sent in the next week it would be about a week already closed.
 */
export function reminderDay(
  at: ReminderTime,
  today: LocalDate,
  isWorkday: (day: LocalDate) => boolean,
): LocalDate | null {
  const monday = mondayOf(today);
  for (let d = addDays(monday, at.day - 1); daysBetween(monday, d) < 7; d = addDays(d, 1)) {
    if (isWorkday(d)) return d;
  }
  return null;
}
