/**
 * Problems raised and next steps stated, by explicit markers only (report-format.md). A counted
 * item (整改问题36个) is a quantity, not an issue; 困难群众 is a group of people; negated forms
 * (问题：无, 暂无困难, no issues) raise nothing.
 */
const ISSUE_MARKERS =
  /问题\s*(?:[:：]|是|为|在于|主要是)|困难\s*(?:[:：]|是|为|在于|主要是)|存在(?!感)|卡点|堵点|难点\s*[:：]|需(?:要)?(?:上级)?协调|亟需|急需|(?<![a-z])(?:issues?|problems?|difficult(?:y|ies)|challenges?|blockers?)\s*:|(?<![a-z])blocked by|(?<![a-z])needs? help|(?<![a-z])need support/g;

const NEGATED =
  /^\s*[:：]?\s*(?:(?:无|没有|暂无|暂时没有|none|nil|n\/a|no|nothing)\s*(?:问题|困难|issues?|problems?)?\s*(?:[。.,，;；!！\n]|$)|$)/;
const NEGATION_BEFORE = /(?:无|没有|暂无|不|未发现|no|without|any)\s*$/;

const NEXT_MARKERS =
  /下一步|下步|下周|下个?月|下一?阶段|接下来|(?<![a-z])(?:next steps?|next week|next month|will|plans? to)(?![a-z])/g;

const CLAUSE_END = /[。;；!！?？\n]|$/;

function after(text: string, from: number): string {
  const rest = text.slice(from, from + 200);
  const end = CLAUSE_END.exec(rest)?.index ?? rest.length;
  return rest
    .slice(0, end)
    .replace(/^[\s:：,，]+/, "")
    .trim();
}

/** The texts of `markers` in `lower`, cut from `original` at the same positions. */
function collect(original: string, lower: string, markers: RegExp, isIssue: boolean): string[] {
  const out: string[] = [];
  markers.lastIndex = 0;
  for (let m = markers.exec(lower); m; m = markers.exec(lower)) {
    const end = m.index + m[0].length;
    if (isIssue) {
      const before = lower.slice(Math.max(0, m.index - 4), m.index);
      if (NEGATION_BEFORE.test(before)) continue;
      const rest = lower.slice(end, end + 12);
      if (NEGATED.test(rest)) continue;
      // 不存在问题 / 存在的问题已解决 are negated; 存在 must introduce something.
      if (m[0] === "存在" && /^\s*(?:问题|困难)?\s*$/.test(after(lower, end))) continue;
      if (
        m[0].startsWith("存在") &&
        /^[的]?(?:问题|困难)?(?:已|均已)?(?:解决|整改)/.test(lower.slice(end, end + 8))
      )
        continue;
    }
    const text = after(original, m[0].startsWith("存在") || m[0].startsWith("卡点") ? m.index : end);
    if (text) out.push(text);
  }
  return out;
}

export function findIssues(original: string, lower: string): string[] {
  return collect(original, lower, ISSUE_MARKERS, true);
}

export function findNextSteps(original: string, lower: string): string[] {
  return collect(original, lower, NEXT_MARKERS, false);
}
