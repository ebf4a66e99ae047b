import { Clauses } from "./clauses.ts";
import { findDate } from "./dates.ts";
import { languageOf } from "./language.ts";
import { normalize } from "./normalize.ts";
import { findIssues, findNextSteps } from "./notes.ts";
import { scanNumbers } from "./numbers.ts";
import { findPercent } from "./percent.ts";
import { findPlaces } from "./places.ts";
import { extractQuantities } from "./quantities.ts";
import type { ParsedReport } from "./report.ts";
import { reportConfidence } from "./reportness.ts";
import type { TaskIndex } from "./tasks.ts";

/** Bumped whenever a change to the parser can change its output, so stored reports can be re-read. */
export const PARSER_VERSION = "1";

export interface ParseOptions {
  /** When the message was sent; dates (昨天, 6月15日) resolve against it. Default: now. */
  readonly sentAt?: Date;
  /** The ledger's tasks, prepared once with `new TaskIndex(tasks)`. */
  readonly tasks?: TaskIndex;
  /** Where days are counted (今天, 昨天): the deployment's zone. Default: Asia/Shanghai. */
  readonly timeZone?: string;
}

/** One chat message to one ParsedReport. Never throws on any string. */
export function parse(text: string, options: ParseOptions = {}): ParsedReport {
  const sentAt = options.sentAt && !Number.isNaN(options.sentAt.getTime()) ? options.sentAt : new Date();
  const normalized = normalize(typeof text === "string" ? text : "");
  const { original, lower } = normalized;

  const numbers = scanNumbers(lower);
  const clauses = new Clauses(normalized.norm, numbers);
  const quantities = extractQuantities(normalized, numbers, clauses);
  const percent = findPercent(lower);
  const date = findDate(lower, sentAt, options.timeZone);
  const issues = findIssues(original, lower);
  const nextSteps = findNextSteps(original, lower);
  const places = findPlaces(normalized);

  const placeChars = new Uint8Array(lower.length);
  for (const m of places.mentions) placeChars.fill(1, m.start, m.end);
  const match = options.tasks?.match(lower, placeChars) ?? null;
  const task = match
    ? original.slice(match.start, match.end)
    : writtenTask(normalized.norm, original, places.mentions);

  const confidence = reportConfidence({
    lower,
    quantities,
    percent,
    hasTask: match !== null,
    hasTaskPhrase: task !== null,
    hasPlace: places.place !== null,
    hasNotes: issues.length + nextSteps.length > 0,
  });
  const isReport = confidence >= 0.5;
  return {
    place: places.place,
    placePath: places.placePath,
    task,
    taskId: match?.taskId ?? null,
    // A message that is not a report has no quantities invented from it.
    quantities: isReport ? quantities : [],
    percent,
    date,
    issues,
    nextSteps,
    confidence,
    language: languageOf(lower),
  };
}

const PHRASE_AFTER_PLACE = /^[\s,:：]*([\u4e00-\u9fff]{2,10})(?=[\s,:：，]|$)/;
const PHRASE_AT_START = /^\s*([\u4e00-\u9fff]{2,10})(?=[ \t]+\S)/;

/**
 * With no ledger match, the work item as written: the words right after the place (民建村 畜牧养殖 …),
 * or, with no place, a phrase standing alone at the start (畜牧养殖 新增…).
 */
function writtenTask(
  norm: string,
  original: string,
  mentions: ReadonlyArray<{ start: number; end: number }>,
): string | null {
  const from = mentions[0]?.end ?? 0;
  const m = (mentions[0] ? PHRASE_AFTER_PLACE : PHRASE_AT_START).exec(norm.slice(from, from + 16));
  if (!m || /新增|累计|完成|本周|本月|计划|已/.test(m[1] as string)) return null;
  const start = from + (m.index + m[0].length - (m[1] as string).length);
  return original.slice(start, start + (m[1] as string).length);
}
