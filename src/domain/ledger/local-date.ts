/**
 * A calendar day as the ledger writes it: "2024-06-30". Deadlines, start dates and periods are plain
 * dates in the deployment's time zone (decisions.md, Time); the shell turns an instant into one, so
 * nothing in the domain knows about time zones. The type catches an instant passed by mistake
 * ("2024-06-30T00:00:00Z" is not one); `parseLocalDate` checks that the day exists.
 */
export type LocalDate = `${number}-${number}-${number}`;

const DAY_MS = 86_400_000;
const STRICT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date as typed in a sheet or a command, or null when it is not a real YYYY-MM-DD day. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = STRICT.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return text.trim() as LocalDate;
}

/** Days since 1970-01-01, counted on the proleptic calendar: UTC has no daylight saving to skip a day. */
function dayNumber(date: LocalDate): number {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split("-").map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** How many days from `from` to `to`: 1 from a day to the next, negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(daysBetween(b, a));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date((dayNumber(date) + days) * DAY_MS);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` as LocalDate;
}
