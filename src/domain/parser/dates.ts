import { chineseNumeralValue } from "./numerals.ts";
import { unitAt } from "./units.ts";

/**
 * The day a message names, resolved against its sending time. Days are counted in the deployment's
 * time zone (TZ_REPORTS), Asia/Shanghai unless told: UTC+8 all year, no daylight saving, so that
 * one needs no Intl call.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86_400_000;

export interface LocalDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function shanghaiDay(instant: Date): LocalDay {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a named time zone. */
export function localDayIn(timeZone: string, instant: Date): LocalDay {
  if (timeZone === "Asia/Shanghai") return shanghaiDay(instant);
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

function shift(day: LocalDay, days: number): LocalDay {
  const t = Date.UTC(day.year, day.month - 1, day.day) + days * DAY_MS;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: LocalDay) => `${String(d.year).padStart(4, "0")}-${pad(d.month)}-${pad(d.day)}`;

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A date without a year is in sentAt's year, but October–December named in January or February is last year's. */
function inYearOf(sent: LocalDay, month: number, day: number): string | null {
  const year = sent.month <= 2 && month >= 10 ? sent.year - 1 : sent.year;
  return valid(year, month, day) ? iso({ year, month, day }) : null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NUM = "\\d{1,2}|[一二三四五六七八九十]{1,3}";
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (chineseNumeralValue(s) ?? -1));

interface Rule {
  readonly pattern: RegExp;
  readonly resolve: (m: RegExpExecArray, sent: LocalDay, lower: string) => string | null;
}

const RULES: readonly Rule[] = [
  {
    pattern: /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/g,
    resolve: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return valid(y, mo, d) ? iso({ year: y, month: mo, day: d }) : null;
    },
  },
  {
    pattern: new RegExp(`(?<![\\d.])(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`, "g"),
    resolve: (m, sent) => inYearOf(sent, num(m[1] as string), num(m[2] as string)),
  },
  {
    // 6.15 standing alone: not 3.6公里, not 1.2 billion.
    pattern:
      /(?<=^|[\s,;:。(]|截至|截止|于|在|至)(\d{1,2})\.(\d{1,2})(?![\d.%])(?!\s*(?:[万亿千百]|[a-z]+illion|thousand|bn|mn|k\b))/g,
    resolve: (m, sent, lower) => {
      const after = (m.index ?? 0) + m[0].length;
      const next = lower.slice(after, after + 24).replace(/^\s+/, "");
      return unitAt(next, 0) ? null : inYearOf(sent, Number(m[1]), Number(m[2]));
    },
  },
  {
    pattern: new RegExp(`\\b(${MONTHS.join("|")})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "g"),
    resolve: (m, sent) => inYearOf(sent, MONTHS.indexOf(m[1] as string) + 1, Number(m[2])),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS.join("|")})[a-z]*\\b`, "g"),
    resolve: (m, sent) => inYearOf(sent, MONTHS.indexOf(m[2] as string) + 1, Number(m[1])),
  },
  {
    pattern: /今天|今日|(?<![a-z])today(?![a-z])/g,
    resolve: (_m, sent) => iso(sent),
  },
  {
    pattern: /昨天|昨日|(?<![a-z])yesterday(?![a-z])/g,
    resolve: (_m, sent) => iso(shift(sent, -1)),
  },
  {
    pattern: /前天|day before yesterday/g,
    resolve: (_m, sent) => iso(shift(sent, -2)),
  },
];

/** The first date named in the message, as YYYY-MM-DD, or null. */
export function findDate(lower: string, sentAt: Date, timeZone = "Asia/Shanghai"): string | null {
  const sent = localDayIn(timeZone, sentAt);
  let best: { at: number; date: string } | null = null;
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(lower); m; m = rule.pattern.exec(lower)) {
      const date = rule.resolve(m, sent, lower);
      if (date && (!best || m.index < best.at)) best = { at: m.index, date };
      if (date) break;
    }
  }
  return best?.date ?? null;
}
