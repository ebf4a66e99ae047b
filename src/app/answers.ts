import { z } from "zod";
import type { PersonView } from "../db/repositories/index.ts";
import type { TaskLine } from "../domain/digest/index.ts";
import { can, type Flag } from "../domain/ledger/index.ts";
import {
  asksAQuestion,
  periods,
  type QuestionCommand,
  questionOfCommand,
  type RecognizedQuestion,
  type RecognizeOptions,
  recognizeQuestion,
} from "../domain/questions/index.ts";
import { answerQuery } from "./answer-query.ts";
import type { AppDeps } from "./deps.ts";
import type { Snapshot } from "./ledger-cache.ts";
import { findUnitFor } from "./people.ts";

/**
 * What an answer is computed from: the intent, the unit it looks within (already resolved and
 * checked), and the instant its figures stand at. Kept for a long answer so that its next page
 * is computed for the same instant and reads on from the first.
 */
export const answerQuerySchema = z.object({
  intent: z.enum(["task_status", "unit_status", "silent", "overdue", "issues", "rank"]),
  unitId: z.string().min(1),
  taskId: z.string().min(1).optional(),
  period: z.enum(periods).optional(),
  level: z.enum(["township", "village"]).optional(),
  order: z.enum(["fastest", "slowest"]).optional(),
  at: z.coerce.date(),
});
export type AnswerQuery = z.infer<typeof answerQuerySchema>;

/** A task's figures within the unit asked about: its digest line, with the deadline it is judged by. */
export interface TaskFigures extends Omit<TaskLine, "taskId" | "flagReason" | "deadline"> {
  readonly deadline: string | null;
}

/** One unit's share of a task, red: past its deadline and short of its target. */
export interface OverdueShare {
  readonly task: string;
  readonly unitName: string;
  readonly measure: string;
  readonly total: number;
  readonly target: number | null;
  readonly percent: number | null;
  readonly deadline: string | null;
}

/** Names from the asker's own ledger for the examples of what can be asked. */
export interface Examples {
  readonly task: string | null;
  readonly unit: string | null;
}

/** Every answer from the ledger says what it was asked and when its figures stand. */
interface FromLedger {
  readonly query: AnswerQuery;
  /** The instant the figures stand at. */
  readonly asOf: Date;
  readonly unitName: string;
}

/** What a leader's question gets back, before a channel renders it. */
export type Answer =
  | { kind: "not-a-question" }
  | { kind: "help"; examples: Examples }
  /** Asks something the bot cannot answer (下午几点开会？): what it can answer instead. */
  | { kind: "unknown-question"; examples: Examples }
  | { kind: "forbidden" }
  | { kind: "unknown-unit"; unit: string }
  | { kind: "ambiguous-unit"; unit: string }
  /** A command's argument that names no task (/task 茶叶) or nothing known at all (/status 茶叶). */
  | { kind: "unknown-task"; text: string }
  | { kind: "unknown-subject"; text: string }
  | (FromLedger & {
      kind: "task";
      task: TaskFigures;
      /** Whether any report counts toward the task within the unit. */
      reported: boolean;
      /** Per unit below the one asked about (the laggards first), or the unit itself at the bottom. */
      units: ReadonlyArray<{
        unitName: string;
        total: number;
        target: number | null;
        percent: number | null;
      }>;
      recent: ReadonlyArray<{ sentAt: Date; unitName: string; text: string; state: string }>;
      inconsistencies: number;
    })
  | (FromLedger & {
      kind: "unit";
      tasks: readonly TaskFigures[];
      flags: Readonly<Record<Flag, number>>;
      lastReportAt: Date | null;
    })
  | (FromLedger & {
      kind: "silent";
      period: "week" | "month" | "quarter";
      units: readonly string[];
      departments: readonly string[];
    })
  | (FromLedger & {
      kind: "overdue";
      tasks: readonly TaskFigures[];
      /** Assignments past their own deadline and short of their own target, within the unit. */
      shares: readonly OverdueShare[];
    })
  | (FromLedger & {
      kind: "issues";
      problems: ReadonlyArray<{ text: string; unitName: string; firstAt: string; count: number }>;
    })
  | (FromLedger & {
      kind: "rank";
      order: "fastest" | "slowest";
      level: "township" | "village" | null;
      taskName: string | null;
      rows: ReadonlyArray<{ unitName: string; percent: number | null }>;
    });

/**
 * A message read as a question (never as a report): what is asked, answered from the ledger
 * within the asker's units. Questions that carry figures are reports and come back as such.
 */
export async function answerQuestion(deps: AppDeps, asker: PersonView, text: string): Promise<Answer> {
  const snapshot = await deps.ledger.snapshot();
  const home = asker.memberships[0]?.unitId;
  if (!home) return { kind: "forbidden" };
  const question = recognizeQuestion(text, recognizeOptions(snapshot, asker, home));
  if (question.intent === "report") return { kind: "not-a-question" };
  if (question.intent === "chat") {
    return asksAQuestion(text)
      ? { kind: "unknown-question", examples: examplesFor(snapshot, home) }
      : { kind: "not-a-question" };
  }
  return answerRecognized(deps, asker, home, question);
}

/** /help: what can be asked, with names from the asker's own ledger. */
export async function helpAnswer(deps: AppDeps, asker: PersonView): Promise<Answer> {
  const home = asker.memberships[0]?.unitId;
  if (!home) return { kind: "forbidden" };
  return { kind: "help", examples: examplesFor(await deps.ledger.snapshot(), home) };
}

/**
 * Whether a group message that is not addressed to the bot asks something: it is then left alone,
 * neither answered (the group is talking among itself) nor filed as a report.
 */
export async function readsAsQuestion(deps: AppDeps, asker: PersonView, text: string): Promise<boolean> {
  const snapshot = await deps.ledger.snapshot();
  const home = asker.memberships[0]?.unitId;
  if (!home) return false;
  const { intent } = recognizeQuestion(text, recognizeOptions(snapshot, asker, home));
  if (intent === "report") return false;
  return intent !== "chat" || asksAQuestion(text);
}

/** /status 改厕, /rank 最慢 …: the command names the intent, its argument the rest. */
export async function answerCommand(
  deps: AppDeps,
  asker: PersonView,
  command: QuestionCommand,
  argument: string,
): Promise<Answer> {
  const snapshot = await deps.ledger.snapshot();
  const home = asker.memberships[0]?.unitId;
  if (!home) return { kind: "forbidden" };
  const question = questionOfCommand(command, argument, recognizeOptions(snapshot, asker, home));
  if (!question) return { kind: command === "task" ? "unknown-task" : "unknown-subject", text: argument };
  return answerRecognized(deps, asker, home, question);
}

async function answerRecognized(
  deps: AppDeps,
  asker: PersonView,
  home: string,
  question: RecognizedQuestion,
): Promise<Answer> {
  const snapshot = await deps.ledger.snapshot();
  const { intent, slots } = question;
  if (intent === "help") return { kind: "help", examples: examplesFor(snapshot, home) };
  if (intent === "report" || intent === "chat") return { kind: "not-a-question" };
  let unitId = home;
  if (slots.unit) {
    const found = await findUnitFor(deps, asker, slots.unit);
    if (!found.ok) return { kind: found.reason, unit: slots.unit };
    unitId = found.unitId;
  }
  if (!can(asker.memberships, "read", unitId, snapshot.tree).ok) return { kind: "forbidden" };
  return answerQuery(deps, asker, {
    intent,
    unitId,
    ...(slots.taskId && { taskId: slots.taskId }),
    ...(slots.period && { period: slots.period }),
    ...(slots.level && { level: slots.level }),
    ...(slots.order && { order: slots.order }),
    at: deps.now(),
  });
}

/** The asker's tasks, and their units by name, so that 团结 alone or "jinta" is found. */
function recognizeOptions(snapshot: Snapshot, asker: PersonView, home: string): RecognizeOptions {
  return {
    tasks: snapshot.taskIndexFor(home),
    unitNames: (name) =>
      asker.memberships.some((m) => {
        const found = snapshot.tree.resolvePlace(name, m.unitId);
        return found.ok || found.reason === "ambiguous";
      }),
  };
}

function examplesFor(snapshot: Snapshot, home: string): Examples {
  const child = snapshot.tree.childrenOf(home)[0];
  return {
    task: snapshot.tasksVisibleTo(home)[0]?.name ?? null,
    unit: snapshot.unitName(child ?? home),
  };
}
