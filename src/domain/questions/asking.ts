import { anyOf } from "./words.ts";

/**
 * Whether a message asks for something. Leaders ask in a few words and often without a question
 * mark (改厕进度, overdue tasks), so a short phrase that states nothing counts as asking; a longer
 * message needs a question word, a question mark or a request (看看, 查一下, show, list).
 */

// biome-ignore format: one kind of phrasing a line
const QUESTION = anyOf(
  [
    "[?]", "吗", "呢", "什么", "啥", "咋", "怎", "哪", "几", "多少", "如何", "是否", "有没有", "有无", "能否",
    "可否", "是不是", "谁", "了没", "没有?[\\s.。!~]*$",
    // Requests: 看看改厕进度, 查一下, 说说沐溪镇.
    "看看", "看下", "看一下", "查一下", "查查", "查下", "列出", "列一下", "说说", "说下", "讲讲", "告诉", "给我",
    "发我", "汇总", "问下", "问一下", "请问", "了解一下",
    "^\\s*(?:is|are|do|does|did|has|have|can|could|will|would|should)(?![a-z])",
  ],
  [
    "what", "whats", "how", "hows", "which", "who", "whos", "whose", "where", "when", "why", "any", "anything",
    "anyone", "show", "list", "tell", "give", "check",
  ],
);

/**
 * What someone tells rather than asks: about themselves, what is done (已), a plan, a notice, a
 * meeting, a report's labelled parts (问题：…).
 */
// biome-ignore format: one kind of phrasing a line
const STATEMENT = anyOf(
  [
    "[:]", "我们", "我村", "我镇", "我乡", "我县", "咱们", "本村", "本镇", "已", "正在", "存在", "遇到", "由于",
    "因为", "导致", "下一步", "明天", "后天", "马上", "准备", "打算", "通知", "会议", "开会", "请(?!问)", "抓紧",
    "尽快", "务必", "及时", "按时",
  ],
  ["we", "our", "i", "i'm", "im", "we're", "we've", "due", "because", "will", "tomorrow", "meeting", "thanks", "thank"],
);

const CLAUSE_BREAK = /[,;!?。\n\r]|\.(?:\s|$)/;
const SHORT_CJK = 14;
const SHORT_WORDS = 6;

/** How a message asks: with a question word or mark, as a bare phrase, or not at all. */
export type Asking = "question" | "phrase" | null;

export function askingOf(lower: string): Asking {
  if (QUESTION.test(lower)) return "question";
  return !STATEMENT.test(lower) && isShortPhrase(lower) ? "phrase" : null;
}

/** A question clause: it ends with a question mark or holds a question word. */
export function isQuestionClause(lower: string, endsWithQuestionMark: boolean): boolean {
  return endsWithQuestionMark || QUESTION.test(lower);
}

/** One clause, a few words: 改厕进度 / 逾期任务 / drinking water status. */
function isShortPhrase(lower: string): boolean {
  const body = lower.replace(/[\s,;!?。.~]+$/, "");
  if (CLAUSE_BREAK.test(body)) return false;
  let cjk = 0;
  for (const ch of body) if (ch >= "\u4e00" && ch <= "\u9fff") cjk++;
  const words = body.match(/[a-z0-9'-]+/g)?.length ?? 0;
  return cjk + words > 0 && cjk <= SHORT_CJK && words <= SHORT_WORDS;
}

export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly question: boolean;
}

/**
 * Clauses at ，。；？！ and line breaks; a comma between digits (1,371) and a decimal point stay
 * inside their number.
 */
export function clausesOf(lower: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    const ch = lower[i];
    const isBreak =
      ch === undefined ||
      ";!?。\n\r".includes(ch) ||
      (ch === "," && !(isDigit(lower[i - 1]) && isDigit(lower[i + 1]))) ||
      (ch === "." && (lower[i + 1] === undefined || /\s/.test(lower[i + 1] as string)));
    if (!isBreak) continue;
    const text = lower.slice(start, i);
    if (text.trim() !== "") out.push({ start, end: i, question: isQuestionClause(text, ch === "?") });
    start = i + 1;
  }
  return out;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
