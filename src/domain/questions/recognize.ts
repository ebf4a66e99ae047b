import { languageOf } from "../parser/language.ts";
import { normalize } from "../parser/normalize.ts";
import type { TaskIndex } from "../parser/tasks.ts";
import { type Asking, askingOf } from "./asking.ts";
import { isOverall, matchRule, NOT_STATUS, STATUS } from "./cues.ts";
import { figuresIn } from "./figures.ts";
import type { Intent, QuestionSlots, RecognizedQuestion } from "./question.ts";
import { levelOf, orderOf, periodOf } from "./slots.ts";
import { blank, findSubjects } from "./subjects.ts";
import { correctEnglish } from "./typos.ts";

export interface RecognizeOptions {
  /** The ledger's tasks, prepared once with `new TaskIndex(tasks)`. */
  readonly tasks?: TaskIndex;
  /** Whether a name is one of the asker's units; lets 团结 and "jinta" be found without 村 or Town. */
  readonly unitNames?: (name: string) => boolean;
}

/** A question is a few words; of a long message only the start is read for cues. */
const QUESTION_LENGTH = 300;

/**
 * What a chat message asks (shared/docs/questions.md): normalise, decide whether it is a report
 * (progress figures outside its questions), whether it asks at all, then read the task and unit it
 * names and the cue words around them. Never throws on any string.
 */
export function recognizeQuestion(text: string, options: RecognizeOptions = {}): RecognizedQuestion {
  const input = typeof text === "string" ? text : "";
  const normalized = normalize(input);
  const language = languageOf(normalized.lower);
  const answer = (intent: Intent, slots: QuestionSlots, confidence: number): RecognizedQuestion => ({
    intent,
    slots,
    language,
    confidence,
  });
  if (normalized.lower.trim() === "") return answer("chat", {}, 1);

  const figures = figuresIn(normalized, options.tasks);
  if (figures.isReport) return answer("report", {}, figures.confidence);

  const head = input.length > QUESTION_LENGTH ? normalize(input.slice(0, QUESTION_LENGTH)) : normalized;
  const asking = askingOf(head.lower);
  if (asking === null) return answer("chat", {}, 0.8);

  const subjects = findSubjects(head, options);
  const rest = correctEnglish(blank(head.lower, subjects.spans));
  const named: QuestionSlots = {
    ...(subjects.taskId !== null && { taskId: subjects.taskId }),
    ...(subjects.unit !== null && { unit: subjects.unit }),
  };
  const sure = (confidence: number) => (asking === "question" ? confidence : confidence - 0.1);

  const rule = matchRule(rest);
  switch (rule?.intent) {
    case "help":
      return answer("help", {}, sure(0.95));
    case "silent":
      return answer("silent", { ...named, period: periodOf(rest) ?? "week" }, sure(0.9));
    case "rank":
      return answer("rank", withRank(named, rest), sure(0.9));
    case "overdue":
    case "issues":
      return answer(rule.intent, named, sure(0.9));
    case undefined:
      break;
  }
  if (NOT_STATUS.test(rest)) return answer("chat", {}, chatConfidence(asking));
  const statusCue = STATUS.test(rest);
  if (named.taskId !== undefined) return answer("task_status", named, sure(statusCue ? 0.9 : 0.75));
  if (named.unit !== undefined) return answer("unit_status", named, sure(statusCue ? 0.9 : 0.75));
  if (isOverall(rest)) return answer("unit_status", {}, sure(0.7));
  return answer("chat", {}, chatConfidence(asking));
}

function withRank(named: QuestionSlots, rest: string): QuestionSlots {
  const level = levelOf(rest);
  const order = orderOf(rest);
  return { ...named, ...(level && { level }), ...(order && { order }) };
}

/** A question with nothing we know in it (下午几点开会) is less surely chat than a plain remark. */
const chatConfidence = (asking: Asking) => (asking === "question" ? 0.6 : 0.7);

/**
 * Whether a message asks something with a question word or mark (下午几点开会？), whatever it asks
 * about: one that asks what the bot cannot answer is told what it can.
 */
export function asksAQuestion(text: string): boolean {
  return askingOf(normalize(text.slice(0, QUESTION_LENGTH)).lower) === "question";
}
