import type { Clauses } from "./clauses.ts";
import { findCues, type RawCue } from "./cues.ts";
import type { NormalizedText } from "./normalize.ts";
import type { NumberToken } from "./numbers.ts";
import type { Quantity, QuantityKind } from "./report.ts";
import { type UnitAlias, unitAt } from "./units.ts";

/** A number with its unit, before its kind is decided. */
interface Measured {
  readonly token: NumberToken;
  readonly unit: UnitAlias;
  readonly unitStart: number;
  /** End of the unit as written. */
  readonly end: number;
  readonly value: number;
}

const ENGLISH_FILLERS = new Set(
  "new additional more rural local poor low-income migrant registered trained eligible relocated young female extra village farming of".split(
    " ",
  ),
);
const CURRENCY_BEFORE = /(?:rmb|cny|yuan|¥|￥)\s*$/;
const RATE_BEFORE =
  /(?:(?:日均|人均|户均|亩均|平均|年均|月均|每)[\u4e00-\u9fff]{0,4}|(?<![a-z])(?:per|average|averaging|each)\s+(?:\S+\s+)?)$/;
const PHONE = /^1\d{10}$/;
const RATE_AFTER =
  /^\s*(?:\/\s*(?:[年月日天周人户亩吨斤村个次]|year|day|month|mu|household|person|capita)|每|(?:per|a|each)\s+(?:day|year|month|household|person|capita|mu)\b)/;
const THRESHOLD_AFTER = /^\s*(?:及|或)?以[上下内](?:的|之)/;

const LOOK_BACK = 120;

const isAsciiLetter = (ch: string | undefined) => ch !== undefined && ch >= "a" && ch <= "z";

function measure(text: NormalizedText, token: NumberToken): Measured | null {
  const { lower } = text;
  let pos = token.end;
  while (lower[pos] === " ") pos++;
  if ("余多来".includes(lower[pos] ?? "x") && lower[pos] !== undefined) pos++;
  let unit = unitAt(lower, pos);
  // English may put a word or two between the number and its noun: 38 new households.
  for (let skipped = 0; !unit && skipped < 2; skipped++) {
    const word = /^[a-z-]+/.exec(lower.slice(pos, pos + 20))?.[0];
    if (!word || !ENGLISH_FILLERS.has(word)) break;
    pos += word.length;
    while (lower[pos] === " ") pos++;
    unit = unitAt(lower, pos);
  }
  const before = lower.slice(Math.max(0, token.start - 6), token.start);
  if (!unit) {
    if (token.chinese || !CURRENCY_BEFORE.test(before)) return null;
    return {
      token,
      unit: { alias: "", unit: "元", factor: 1, word: true },
      unitStart: token.end,
      end: token.end,
      value: token.value,
    };
  }
  return { token, unit, unitStart: pos, end: pos + unit.alias.length, value: token.value * unit.factor };
}

/** Years, ordinals, ids, rates, thresholds and set phrases look like quantities and are not. */
function isExcluded(text: NormalizedText, m: Measured): boolean {
  const { lower } = text;
  const { token } = m;
  const prev = lower[token.start - 1];
  if (prev === "第" || prev === "#") return true;
  if (!token.chinese && PHONE.test(text.lower.slice(token.start, token.digitsEnd))) return true;
  if (isAsciiLetter(prev) && !CURRENCY_BEFORE.test(lower.slice(Math.max(0, token.start - 4), token.start)))
    return true;
  if (lower.slice(Math.max(0, token.start - 3), token.start) === "no.") return true;
  const after = lower.slice(m.end, m.end + 24);
  // 一户一档, 一村一品: a set phrase, not a count.
  if (token.chinese && token.value === 1 && after.startsWith("一")) return true;
  if (m.unit.unit === "个" && after.startsWith("百分点")) return true;
  if (m.unit.unit === "次" && after.startsWith("性")) return true;
  if (m.unit.alias === "台" && after.startsWith("账")) return true;
  // 二期电站 is the second phase of a plant, not two periods.
  if (m.unit.unit === "期" && /^[\u4e00-\u9fff]/.test(after)) return true;
  if (RATE_BEFORE.test(lower.slice(Math.max(0, token.start - 16), token.start))) return true;
  if (RATE_AFTER.test(after)) return true;
  return THRESHOLD_AFTER.test(after);
}

interface CueGroup {
  readonly start: number;
  readonly end: number;
  readonly cues: readonly RawCue[];
}

function groupCues(cues: readonly RawCue[], lower: string): CueGroup[] {
  const groups: CueGroup[] = [];
  for (const cue of cues) {
    const last = groups[groups.length - 1];
    if (last && lower.slice(last.end, cue.start).trim() === "") {
      groups[groups.length - 1] = { start: last.start, end: cue.end, cues: [...last.cues, cue] };
    } else groups.push({ start: cue.start, end: cue.end, cues: [cue] });
  }
  return groups;
}

/** The kind a cue group gives a number starting at `numberStart`, or null if it gives none. */
function kindOfGroup(
  group: CueGroup,
  numberStart: number,
  periodBefore: boolean,
  lower: string,
): QuantityKind | null {
  let period = periodBefore;
  for (const cue of group.cues) {
    switch (cue.kind) {
      case "period":
        period = true;
        continue;
      case "completion":
        return period ? "increment" : "cumulative";
      case "task":
        // 任务150户 is a target; 任务完成 is not.
        if (/^[\s:]*$/.test(lower.slice(cue.end, numberStart))) return "target";
        continue;
      case "none":
        return "unspecified";
      default:
        return cue.kind;
    }
  }
  return null;
}

interface Resolved {
  readonly kind: QuantityKind;
  readonly label: string | null;
  readonly fromCue: boolean;
}

export function extractQuantities(
  text: NormalizedText,
  numbers: readonly NumberToken[],
  clauses: Clauses,
): Quantity[] {
  const measured: Measured[] = [];
  for (const token of numbers) {
    const m = measure(text, token);
    if (m && !isExcluded(text, m)) measured.push(m);
  }
  const out: Quantity[] = [];
  let previous: { m: Measured; resolved: Resolved; clauseStart: number } | null = null;
  for (let i = 0; i < measured.length; i++) {
    const m = measured[i] as Measured;
    const clause = clauses.around(m.token.start);
    const sameClause = previous !== null && previous.clauseStart === clause.start;
    const segmentStart = sameClause && previous ? previous.m.end : clause.start;
    const next = measured[i + 1];
    const nextInClause = next && clauses.around(next.token.start).start === clause.start ? next : undefined;
    const resolved = resolveKind(text, m, segmentStart, clause, nextInClause, sameClause ? previous : null);
    out.push({ value: m.value, unit: m.unit.unit, kind: resolved.kind, label: resolved.label });
    previous = { m, resolved, clauseStart: clause.start };
  }
  return out;
}

function resolveKind(
  text: NormalizedText,
  m: Measured,
  segmentStart: number,
  clause: { start: number; end: number },
  next: Measured | undefined,
  previous: { m: Measured; resolved: Resolved } | null,
): Resolved {
  const { lower, original } = text;
  const numberStart = m.token.start;
  const label = (g: CueGroup) => original.slice(g.start, g.end);
  // A cue between the number and its noun (38 new households) reads as one before it.
  const between = findCues(lower, m.token.end, m.unitStart);
  const before = groupCues(
    [...findCues(lower, Math.max(segmentStart, numberStart - LOOK_BACK), numberStart), ...between],
    lower,
  );
  // Period words sit close to their 完成; a bounded look-back keeps huge clauses linear.
  const clauseCues = findCues(lower, Math.max(clause.start, numberStart - LOOK_BACK), numberStart);
  for (let g = before.length - 1; g >= 0; g--) {
    const group = before[g] as CueGroup;
    const periodBefore = clauseCues.some((c) => c.kind === "period" && c.end <= group.start);
    const kind = kindOfGroup(group, numberStart, periodBefore, lower);
    if (kind) return { kind, label: label(group), fromCue: kind !== "unspecified" };
  }
  // 120头、山羊380只 after 新增: the list shares its cue.
  if (previous?.resolved.fromCue) {
    const gap = lower.slice(previous.m.end, numberStart);
    // 12户43人 and 86户420万元 count one thing twice over: one cue serves both.
    const listed = /[、和及&]|以及|and/.test(gap) && !/[a-z]{3,}/.test(gap.replace(/and/g, ""));
    if (listed || gap.trim() === "") return previous.resolved;
  }
  const afterEnd = Math.min(next ? next.token.start : clause.end, m.end + LOOK_BACK);
  const after = groupCues(findCues(lower, m.end, afterEnd), lower);
  const first = after[0];
  // The last cue before the next number is that number's own (新增600亩 累计1400亩).
  const ownedByNext = next !== undefined && after.length === 1;
  if (first && !ownedByNext) {
    const isEnglish = /[a-z]/.test(lower.slice(first.start, first.end));
    const gap = lower.slice(m.end, first.start);
    // Chinese cues count after the number only right after it: 1,371户已全部完成.
    const adjacent = isEnglish || /^\s*(?:全部|均|都|也)?\s*$/.test(gap);
    const kind = adjacent ? kindOfGroup(first, numberStart, false, lower) : null;
    if (kind) return { kind, label: label(first), fromCue: kind !== "unspecified" };
  }
  return { kind: "unspecified", label: null, fromCue: false };
}
