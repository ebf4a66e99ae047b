import type { Period, QuestionSlots } from "./question.ts";
import { anyOf, COUNT } from "./words.ts";

/**
 * The period, level and order a question names. Each is read from the text with the task and the
 * unit blanked out (渊泉镇哪个村最慢 ranks villages, not townships); where two are named, the first wins.
 */

// biome-ignore format: a table reads better in rows
const PERIODS: ReadonlyArray<readonly [RegExp, Period]> = [
  [anyOf(["本周", "这周", "这一周", "这星期", "这个星期", "本星期", "这礼拜", "这个礼拜", "本礼拜", "上周"], ["(?:this|last) week", "weekly"]), "week"],
  [anyOf(["本月", "这个月", "这月", "当月", "上个月", "上月"], ["(?:this|last) month", "monthly"]), "month"],
  [anyOf(["季度", "本季"], ["(?:this|last) quarter", "quarterly"]), "quarter"],
  [anyOf(["今年", "本年", "年度", "全年"], ["(?:this|last) year", "yearly", "annual"]), "year"],
];

export function periodOf(rest: string): Period | undefined {
  return firstOf(PERIODS, rest);
}

// biome-ignore format: a table reads better in rows
const LEVELS: ReadonlyArray<readonly [RegExp, NonNullable<QuestionSlots["level"]>]> = [
  [anyOf(["乡镇", "街道", "镇", "乡"], ["towns?", "townships?"]), "township"],
  [anyOf(["村", "社区"], ["villages?", "communit(?:y|ies)"]), "village"],
];

export function levelOf(rest: string): QuestionSlots["level"] {
  // 乡村 is the countryside, not a level of units.
  return firstOf(LEVELS, rest.replaceAll("乡村", "  "));
}

// biome-ignore format: a table reads better in rows
const ORDERS: ReadonlyArray<readonly [RegExp, NonNullable<QuestionSlots["order"]>]> = [
  [anyOf(
    ["最快", "最好", "最高", "(?<!问题|困难)最多", "最(?:靠前|领先|先进)", "领先", "靠前", `前${COUNT}(?:名|位|的|个)`, "第一名", "排(?:在)?第一", "排(?:在)?最?前"],
    ["fastest", "quickest", "best", "highest", "most(?! behind)", "top", "leading", "ahead", "first"],
  ), "fastest"],
  [anyOf(
    ["最慢", "最差", "最低", "(?<!问题|困难)最少", "最(?:滞后|落后|靠后)", "倒数", "垫底", "靠后", `后${COUNT}(?:名|位)`, "最后一名", "末位", "拖后腿", "落后", "排(?:在)?(?:后|最后)"],
    ["slowest", "worst", "lowest", "least", "bottom", "lagging", "behind", "last(?! week| month| quarter| year| time)"],
  ), "slowest"],
];

export function orderOf(rest: string): QuestionSlots["order"] {
  return firstOf(ORDERS, rest);
}

function firstOf<T>(table: ReadonlyArray<readonly [RegExp, T]>, text: string): T | undefined {
  let best: { at: number; value: T } | undefined;
  for (const [pattern, value] of table) {
    const at = text.search(pattern);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, value };
  }
  return best?.value;
}
