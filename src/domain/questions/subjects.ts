import type { NormalizedText } from "../parser/normalize.ts";
import { findPlaces } from "../parser/places.ts";
import type { TaskIndex } from "../parser/tasks.ts";

/**
 * What a question is about: a ledger task (by the parser's TaskIndex, so aliases, word order and
 * traditional characters work as in reports) and a unit as written. 哪些村, 各乡镇 and "which town"
 * name a level, not a unit; they are left in the text for the level to be read from.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Subjects {
  readonly taskId: string | null;
  readonly unit: string | null;
  /** Where the task and the unit stand, so that cue words are read around them, not inside them. */
  readonly spans: readonly Span[];
}

export interface SubjectOptions {
  readonly tasks?: TaskIndex | undefined;
  /** Whether a name is one of the asker's units (UnitTree.resolvePlace); finds 团结 without its 村. */
  readonly unitNames?: ((name: string) => boolean) | undefined;
}

interface UnitMention extends Span {
  readonly name: string;
  /** 1 province … 5 village; the innermost named unit is the one asked about. */
  readonly level: number;
}

export function findSubjects(text: NormalizedText, options: SubjectOptions): Subjects {
  const mentions = [...chineseUnits(text, options.unitNames), ...englishUnits(text)];
  const blocked = new Uint8Array(text.lower.length);
  for (const m of mentions) blocked.fill(1, m.start, m.end);
  const task = options.tasks?.match(text.lower, blocked) ?? null;
  let unit: (Span & { name: string }) | null = innermost(mentions);
  if (unit === null && options.unitNames) {
    if (task) blocked.fill(1, task.start, task.end);
    unit = bareUnitName(text, blocked, options.unitNames);
  }
  const spans = [unit, task].filter((s): s is NonNullable<typeof s> => s !== null);
  return { taskId: task?.taskId ?? null, unit: unit?.name ?? null, spans };
}

/** The text with the named task and unit replaced by spaces, positions kept. */
export function blank(lower: string, spans: readonly Span[]): string {
  let out = lower;
  for (const s of spans) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function innermost(mentions: readonly UnitMention[]): UnitMention | null {
  let best: UnitMention | null = null;
  for (const m of mentions) if (best === null || m.level > best.level) best = m;
  return best;
}

/** Words the place finder takes into a name when they stand right before it: 本周团结村, 说说沐溪镇. */
const LEADING =
  /^(?:请问|问一下|问下|看看|看一下|看下|查查|查一下|查下|说说|说下|讲讲|现在|目前|本周|这周|上周|本月|这个月|今年|那个|这个|咱们|我们|你们|关于|还有)+/;
/** A level asked about, not a unit: 哪些村, 哪几个镇, 各乡镇, 所有村. */
const NOT_A_UNIT =
  /哪|几|什么|啥|多少|各|每|所有|全部|其他|其余|谁|最|这些|那些|有的|^[\d一二三四五六七八九十两]|个/;

function chineseUnits(text: NormalizedText, unitNames: SubjectOptions["unitNames"]): UnitMention[] {
  const out: UnitMention[] = [];
  for (const m of findPlaces(placesReadable(text)).mentions) {
    if (!/[\u4e00-\u9fff]/.test(m.name)) continue;
    // 县里, 村里: the county or village one is in, not one by name (需要县里协调).
    if (text.norm[m.end] === "里") continue;
    let start = m.start + (LEADING.exec(text.norm.slice(m.start, m.end))?.[0].length ?? 0);
    const name = text.norm.slice(start, m.end);
    // Two characters and a suffix at least: 我们村 is no name once 我们 is gone.
    if (name.length < 3 || NOT_A_UNIT.test(name)) continue;
    if (unitNames && !unitNames(text.original.slice(start, m.end))) {
      // 这周团结村: the known unit is the tail of what the place finder took.
      for (let s = start + 1; m.end - s >= 3; s++) {
        if (unitNames(text.original.slice(s, m.end))) {
          start = s;
          break;
        }
      }
    }
    out.push({ name: text.original.slice(start, m.end), start, end: m.end, level: Math.min(m.level, 5) });
  }
  return out;
}

/**
 * The text as the place finder should read it in a question. It takes 村情 for a word (村情民意),
 * so 团结村情况 would name no village; in a question, 村情况 is 村 and 情况. Lengths are kept.
 */
function placesReadable(text: NormalizedText): NormalizedText {
  if (!text.norm.includes("村情况")) return text;
  const unglue = (s: string) => s.replaceAll("村情况", "村,况");
  return { original: text.original, norm: unglue(text.norm), lower: unglue(text.lower) };
}

const EN_LEVELS: Record<string, number> = { county: 3, district: 3, township: 4, town: 4, village: 5 };
const EN_UNIT =
  /(?<![a-z])([a-z][a-z'-]*)(?:\s([a-z][a-z'-]*))?\s(town|township|village|county|district)(?![a-z])/g;
/** Words that stand before "town" or "village" without being its name: "which town", "in the village". */
const NOT_NAMES = new Set(
  (
    "the a an which what whats how hows is are was were in at of for on to from about each every all any this " +
    "that these those our my your their its other and or by with doing status progress report reports rank " +
    "show list tell me us has have did does do not no top bottom best worst fastest slowest per whole entire " +
    "one first last next same county town township village district where who whose why when how's what's " +
    "who's where's it's"
  ).split(" "),
);

/** Jinta Town, jinta town, Hongliu Village: one or two words before a level word, in any case. */
function englishUnits(text: NormalizedText): UnitMention[] {
  const out: UnitMention[] = [];
  EN_UNIT.lastIndex = 0;
  for (let m = EN_UNIT.exec(text.lower); m; m = EN_UNIT.exec(text.lower)) {
    const words = [m[1], m[2]].filter((w): w is string => w !== undefined);
    let start = m.index;
    while (words.length > 0 && NOT_NAMES.has(words[0] as string)) {
      start += (words.shift() as string).length;
      while (/\s/.test(text.lower[start] ?? "")) start++;
    }
    if (words.length === 0 || NOT_NAMES.has(words[words.length - 1] as string)) continue;
    const end = m.index + m[0].length;
    out.push({ name: text.original.slice(start, end), start, end, level: EN_LEVELS[m[3] as string] ?? 3 });
  }
  return out;
}

const BARE_SEARCH = 60;
const BARE_LONGEST = 6;

/**
 * A unit named without its level word (团结怎么样, how is jinta doing), found by asking the caller's
 * unit tree about each short stretch of the text, longest first, leftmost first.
 */
function bareUnitName(
  text: NormalizedText,
  blocked: Uint8Array,
  unitNames: (name: string) => boolean,
): (Span & { name: string }) | null {
  const { lower, original } = text;
  const n = Math.min(lower.length, BARE_SEARCH);
  const isFree = (i: number) => blocked[i] === 0 && isCjk(lower[i]);
  for (let i = 0; i < n; i++) {
    if (!isFree(i)) continue;
    let run = i;
    while (run < lower.length && run - i < BARE_LONGEST && isFree(run)) run++;
    for (let end = run; end - i >= 2; end--) {
      const name = original.slice(i, end);
      if (unitNames(name)) return { name, start: i, end };
    }
  }
  const words = [...lower.slice(0, BARE_SEARCH * 2).matchAll(/[a-z][a-z'-]*/g)].filter(
    (w) => !NOT_NAMES.has(w[0]) && blocked[w.index] === 0,
  );
  for (let k = 0; k < words.length; k++) {
    const first = words[k] as RegExpExecArray;
    const next = words[k + 1];
    const candidates = next && next.index === first.index + first[0].length + 1 ? [next, first] : [first];
    for (const last of candidates) {
      const end = last.index + last[0].length;
      const name = original.slice(first.index, end);
      if (unitNames(name)) return { name, start: first.index, end };
    }
  }
  return null;
}

const isCjk = (ch: string | undefined) => ch !== undefined && ch >= "\u4e00" && ch <= "\u9fff";
