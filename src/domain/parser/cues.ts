import type { QuantityKind } from "./report.ts";

/**
 * The closed cue lists of report-format.md. A cue decides the kind of the quantity in its own
 * clause; every other word (建成, 开工, 投资, 总投资 …) leaves a quantity unspecified.
 * completion: 完成 is an increment after a period word (本周完成) and cumulative otherwise;
 * task: 任务 is a target only right before its number; none: what is left, never a total.
 */
type CueKind = QuantityKind | "completion" | "task" | "period" | "none";

// biome-ignore format: a table reads better in rows
const ZH_CUES: ReadonlyArray<readonly [string, CueKind]> = [
  ["新增加", "increment"], ["新增", "increment"], ["新建", "increment"], ["新完成", "increment"], ["增加", "increment"],
  ["累计", "cumulative"], ["共计", "cumulative"], ["总计", "cumulative"], ["截至", "cumulative"],
  ["截止", "cumulative"], ["已完成", "cumulative"], ["已", "cumulative"], ["完成", "completion"], ["计划", "target"],
  ["目标", "target"], ["预计", "target"], ["拟", "target"], ["力争", "target"], ["共需", "target"], ["任务", "task"],
  // Not progress at all: 未完成30户 / 还差5户 are what is left, never a total.
  ["未完成", "none"], ["还差", "none"], ["剩余", "none"], ["尚未", "none"], ["未", "none"], ["本周", "period"],
  ["本月", "period"], ["本季度", "period"], ["今天", "period"], ["今日", "period"], ["当日", "period"],
  ["当天", "period"], ["昨天", "period"], ["昨日", "period"],
];

// biome-ignore format: a table reads better in rows
const EN_CUES: ReadonlyArray<readonly [string, CueKind]> = [
  // "total investment" names what was invested, not how much is done so far.
  ["total investment", "none"], ["total investments", "none"], ["total invested", "none"],
  ["this week", "increment"], ["this month", "increment"], ["newly", "increment"], ["new", "increment"],
  ["added", "increment"], ["adds", "increment"], ["add", "increment"], ["a total of", "cumulative"],
  ["in total", "cumulative"], ["totalling", "cumulative"], ["totaling", "cumulative"],
  ["total", "cumulative"], ["so far", "cumulative"], ["to date", "cumulative"], ["cumulative", "cumulative"],
  ["cumulatively", "cumulative"], ["targeted", "target"], ["targets", "target"], ["target", "target"],
  ["planned", "target"], ["plans", "target"], ["plan", "target"], ["goal", "target"],
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: readonly [string, CueKind], b: readonly [string, CueKind]) => b[0].length - a[0].length;
const ZH_KIND = new Map(ZH_CUES);
const EN_KIND = new Map(EN_CUES);
const CUE_PATTERN = new RegExp(
  [
    ...[...ZH_CUES].sort(byLength).map(([w]) => escapeRegExp(w)),
    ...[...EN_CUES].sort(byLength).map(([w]) => `(?<![a-z])${escapeRegExp(w)}(?![a-z])`),
  ].join("|"),
  "g",
);

export interface RawCue {
  readonly start: number;
  readonly end: number;
  readonly kind: CueKind;
}

/** Every cue word in `lower[from, to)`, left to right. */
export function findCues(lower: string, from: number, to: number): RawCue[] {
  const out: RawCue[] = [];
  if (to <= from) return out;
  const segment = lower.slice(from, to);
  CUE_PATTERN.lastIndex = 0;
  for (let m = CUE_PATTERN.exec(segment); m; m = CUE_PATTERN.exec(segment)) {
    const word = m[0];
    const kind = ZH_KIND.get(word) ?? EN_KIND.get(word);
    if (kind) out.push({ start: from + m.index, end: from + m.index + word.length, kind });
  }
  return out;
}

export type { CueKind };
