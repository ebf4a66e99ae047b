import { addDays, isTimeZone, type LocalDate, SHANGHAI, type Zone } from "../ledger/index.ts";
import type { DigestKind } from "./content.ts";

/**
 * A chat's digest schedule as people write it (/digest weekly fri 17:00, /digest monthly 1 09:00)
 * and the instants it falls due. The scheduler only wakes up; these decide what is due, so a
 * digest missed while the bot was down is found again when it comes back.
 */
export interface ScheduleSpec {
  readonly kind: DigestKind;
  /** Weekly: 1 Monday … 7 Sunday. Monthly and quarterly: day of the month, 1–28. */
  readonly day: number;
  /** The chat's own time zone, when the command names one (/digest weekly fri 17:00 Asia/Urumqi). */
  readonly timeZone?: string;
  /** "HH:MM" in the chat's zone. */
  readonly time: string;
}

const WEEKDAYS: Record<string, number> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
  周一: 1,
  周二: 2,
  周三: 3,
  周四: 4,
  周五: 5,
  周六: 6,
  周日: 7,
  周天: 7,
  星期一: 1,
  星期二: 2,
  星期三: 3,
  星期四: 4,
  星期五: 5,
  星期六: 6,
  星期日: 7,
  星期天: 7,
};

export function parseScheduleSpec(words: readonly string[]): ScheduleSpec | null {
  const [kindWord, dayWord, timeWord] = words.map((w) => w.toLowerCase());
  const zoneWord = words[3];
  if (words.length > 4 || (zoneWord !== undefined && !isTimeZone(zoneWord))) return null;
  const kind = (
    {
      weekly: "weekly",
      monthly: "monthly",
      quarterly: "quarterly",
      周报: "weekly",
      月报: "monthly",
      季报: "quarterly",
    } as const
  )[kindWord as "weekly"];
  if (!kind || !dayWord || !timeWord) return null;
  const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(timeWord);
  if (!time) return null;
  const hhmm = `${(time[1] as string).padStart(2, "0")}:${time[2]}`;
  const day =
    kind === "weekly"
      ? (WEEKDAYS[dayWord.slice(0, 3)] ?? WEEKDAYS[dayWord] ?? Number(dayWord))
      : Number(dayWord);
  const max = kind === "weekly" ? 7 : 28;
  if (!Number.isInteger(day) || day < 1 || day > max) return null;
  return { kind, day, time: hhmm, ...(zoneWord ? { timeZone: zoneWord } : {}) };
}

function isDueDay(spec: ScheduleSpec, day: LocalDate): boolean {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  if (spec.kind === "weekly") return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1 === spec.day;
  if (d !== spec.day) return false;
  return spec.kind === "monthly" || (m - 1) % 3 === 0;
}

/** The latest instant at or before `now` when the schedule fell due (looking back up to a quarter). */
export function latestDue(spec: ScheduleSpec, now: Date, zone: Zone = SHANGHAI): Date | null {
  let day = zone.localDay(now);
  for (let back = 0; back < 100; back++, day = addDays(day, -1)) {
    if (!isDueDay(spec, day)) continue;
    const at = zone.instantAt(day, spec.time);
    if (at <= now) return at;
  }
  return null;
}
