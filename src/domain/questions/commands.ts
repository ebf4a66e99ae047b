import { languageOf } from "../parser/language.ts";
import { normalize } from "../parser/normalize.ts";
import type { Intent, QuestionSlots, RecognizedQuestion } from "./question.ts";
import type { RecognizeOptions } from "./recognize.ts";
import { levelOf, orderOf, periodOf } from "./slots.ts";
import { blank, findSubjects } from "./subjects.ts";
import { correctEnglish } from "./typos.ts";

/** The intents as commands (shared/docs/questions.md); /help is the bot's own. */
export const questionCommands = ["status", "task", "silent", "overdue", "issues", "rank"] as const;
export type QuestionCommand = (typeof questionCommands)[number];

const FIXED: Partial<Record<QuestionCommand, Intent>> = {
  silent: "silent",
  overdue: "overdue",
  issues: "issues",
  rank: "rank",
};

/**
 * A command's argument read as a question's words are read: the same task and unit matching
 * (aliases, word order, a unit without its level word), the same period, level and order words.
 * The command names the intent, except /status and /task, which take it from what is named:
 * a task is task_status, a unit unit_status, nothing at all the asker's own unit. Null when the
 * argument names nothing the ledger knows (/task 茶叶), so the asker hears that, not an answer
 * about something else.
 */
export function questionOfCommand(
  command: QuestionCommand,
  argument: string,
  options: RecognizeOptions = {},
): RecognizedQuestion | null {
  const text = normalize(argument);
  const language = languageOf(text.lower);
  const subjects = findSubjects(text, options);
  const rest = correctEnglish(blank(text.lower, subjects.spans));
  const named: QuestionSlots = {
    ...(subjects.taskId !== null && { taskId: subjects.taskId }),
    ...(subjects.unit !== null && { unit: subjects.unit }),
  };
  const question = (intent: Intent, slots: QuestionSlots): RecognizedQuestion => ({
    intent,
    slots,
    language,
    confidence: 1,
  });
  const nothingElse = rest.trim() === "";

  if (command === "task") return named.taskId ? question("task_status", named) : null;
  if (command === "status") {
    if (named.taskId) return question("task_status", named);
    if (named.unit) return question("unit_status", named);
    return nothingElse ? question("unit_status", {}) : null;
  }
  const intent = FIXED[command] as Intent;
  const period = intent === "silent" ? periodOf(rest) : undefined;
  const level = intent === "rank" ? levelOf(rest) : undefined;
  const order = intent === "rank" ? orderOf(rest) : undefined;
  const readSomething = named.taskId || named.unit || period || level || order;
  if (!readSomething && !nothingElse) return null;
  return question(intent, {
    ...named,
    ...(intent === "silent" && { period: period ?? "week" }),
    ...(level && { level }),
    ...(order && { order }),
  });
}
