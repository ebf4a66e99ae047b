import { addDays, type LocalDate } from "../ledger/index.ts";
import type { DigestKind } from "./content.ts";

/**
 * The period a digest covers (decisions.md, Time): a week runs Monday to Sunday, a month and a
 * quarter are calendar ones. A digest covers its period up to its send time; one sent on the first
 * day of a period covers the period just ended.
 */
export interface Period {
  readonly kind: DigestKind;
  readonly from: LocalDate;
  /** The last day of the period. */
  readonly to: LocalDate;
  /** Names the period for exactly-once delivery: 2024-W24, 2024-06, 2024-Q2. */
  readonly key: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const date = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}` as LocalDate;
const parts = (d: LocalDate) => d.split("-").map(Number) as [number, number, number];

function weekday(d: LocalDate): number {
  const [y, m, day] = parts(d);
  return (new Date(Date.UTC(y, m - 1, day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
}

function isoWeekKey(monday: LocalDate): string {
  const thursday = addDays(monday, 3);
  const [y] = parts(thursday);
  const firstThursday = addDays(date(y, 1, 1), (3 - weekday(date(y, 1, 1)) + 7) % 7);
  const week = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1;
  return `${y}-W${pad(week)}`;
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function periodOf(kind: DigestKind, today: LocalDate): Period {
  const [y, m, d] = parts(today);
  if (kind === "weekly") {
    // Sent on a Monday, it is about the week just ended.
    const wd = weekday(today);
    const monday = addDays(today, wd === 0 ? -7 : -wd);
    return { kind, from: monday, to: addDays(monday, 6), key: isoWeekKey(monday) };
  }
  if (kind === "monthly") {
    const [py, pm] = d === 1 ? (m === 1 ? [y - 1, 12] : [y, m - 1]) : [y, m];
    return { kind, from: date(py, pm, 1), to: date(py, pm, lastDayOfMonth(py, pm)), key: `${py}-${pad(pm)}` };
  }
  const quarterStartMonth = (q: number) => (q - 1) * 3 + 1;
  let q = Math.floor((m - 1) / 3) + 1;
  let qy = y;
  if (d === 1 && m === quarterStartMonth(q)) {
    q = q === 1 ? 4 : q - 1;
    qy = q === 4 ? y - 1 : y;
  }
  const start = quarterStartMonth(q);
  return {
    kind,
    from: date(qy, start, 1),
    to: date(qy, start + 2, lastDayOfMonth(qy, start + 2)),
    key: `${qy}-Q${q}`,
  };
}

/**
 * A day inside the period a key names (2024-W40, 2024-10, 2024-Q4), such that periodOf gives that
 * period back: a digest sent late or moved past a holiday still covers its own period.
 */
export function dayWithin(kind: DigestKind, key: string): LocalDate | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (kind === "weekly" && week) {
    const y = Number(week[1]);
    const jan4 = date(y, 1, 4);
    const mondayOfWeek1 = addDays(jan4, -weekday(jan4));
    // Tuesday: periodOf reads a Monday as the week just ended.
    return addDays(mondayOfWeek1, (Number(week[2]) - 1) * 7 + 1);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (kind === "monthly" && month) return date(Number(month[1]), Number(month[2]), 2);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (kind === "quarterly" && quarter) return date(Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1, 2);
  return null;
}
