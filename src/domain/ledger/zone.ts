import type { LocalDate } from "./local-date.ts";

/**
 * Local days and times in a named time zone (decisions.md, Time: instants are stored in UTC,
 * periods and deadlines are plain dates in the deployment's zone, which a chat may override).
 * Intl's zone data, so daylight saving is right where a zone has it; Asia/Shanghai has none.
 */
export interface Zone {
  readonly name: string;
  /** The local calendar day of an instant. */
  localDay(at: Date): LocalDate;
  /** The local day and minute of an instant, as people read it: 2024-06-14 17:00. */
  localMinute(at: Date): string;
  /** The instant a local day and "HH:MM" name (the first, when a clock change repeats it). */
  instantAt(day: LocalDate, time: string): Date;
}

const zones = new Map<string, Zone>();
const QUARTER_HOUR = 15 * 60_000;

/** Whether `name` is a time zone this runtime knows (Asia/Shanghai, Asia/Urumqi, UTC …). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function zone(name: string): Zone {
  const known = zones.get(name);
  if (known) return known;
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: name,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  /** The local wall clock of an instant, read as if it were UTC. */
  const wallClock = (at: Date) => {
    const p = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
    return Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
    );
  };
  // Zones change their offset on a quarter hour, so it is worked out once per quarter hour: an
  // export writes two hundred thousand times, and Intl's formatting is the slow part.
  const offsets = new Map<number, number>();
  const offsetAt = (at: Date) => {
    const quarter = Math.floor(at.getTime() / QUARTER_HOUR);
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      const start = new Date(quarter * QUARTER_HOUR);
      offset = wallClock(start) - start.getTime();
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(quarter, offset);
    }
    return offset;
  };
  const shifted = (at: Date) => new Date(at.getTime() + offsetAt(at)).toISOString();
  const made: Zone = {
    name,
    localDay: (at) => shifted(at).slice(0, 10) as LocalDate,
    localMinute: (at) => shifted(at).slice(0, 16).replace("T", " "),
    instantAt(day, time) {
      const asUtc = Date.parse(`${day}T${time}:00Z`);
      // Two passes: the offset of the guess, then the offset at the instant it gives.
      const first = asUtc - offsetAt(new Date(asUtc));
      return new Date(asUtc - offsetAt(new Date(first)));
    },
  };
  zones.set(name, made);
  return made;
}

export const SHANGHAI = zone("Asia/Shanghai");
