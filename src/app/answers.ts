import type { PersonView } from "../db/repositories/index.ts";
import type { DigestKind } from "../domain/digest/index.ts";
import { can } from "../domain/ledger/index.ts";
import { type RecognizedQuestion, recognizeQuestion } from "../domain/questions/index.ts";
import type { AppDeps } from "./deps.ts";
import { buildDigest, type Digest } from "./digest.ts";
import { totalsAsOf } from "./figures.ts";
import { findUnitFor } from "./people.ts";

/** What a leader's question gets back, before a channel renders it. */
export type Answer =
  | { kind: "not-a-question" }
  | { kind: "help" }
  | { kind: "task"; taskName: string }
  | { kind: "forbidden" }
  | { kind: "unknown-unit"; unit: string }
  | { kind: "unit"; digest: Digest }
  | { kind: "silent"; digest: Digest }
  | { kind: "overdue"; digest: Digest }
  | { kind: "issues"; digest: Digest }
  | {
      kind: "rank";
      unitName: string;
      order: "fastest" | "slowest";
      rows: Array<{ unitName: string; percent: number | null }>;
    };

const PERIOD_KIND: Record<string, DigestKind> = { week: "weekly", month: "monthly", quarter: "quarterly" };

/**
 * A message read as a question (never as a report): what is asked, answered from the ledger
 * within the asker's units. Questions that carry figures are reports and come back as such.
 */
export async function answerQuestion(deps: AppDeps, asker: PersonView, text: string): Promise<Answer> {
  const snapshot = await deps.ledger.snapshot();
  const home = asker.memberships[0]?.unitId;
  if (!home) return { kind: "forbidden" };
  const question: RecognizedQuestion = recognizeQuestion(text, { tasks: snapshot.taskIndexFor(home) });
  const { intent, slots } = question;
  if (intent === "report" || intent === "chat") return { kind: "not-a-question" };
  if (intent === "help") return { kind: "help" };
  if (intent === "task_status" && slots.taskId) {
    return { kind: "task", taskName: snapshot.tasksById.get(slots.taskId)?.name ?? "" };
  }
  let unitId = home;
  if (slots.unit) {
    const found = await findUnitFor(deps, asker, slots.unit);
    if (!found.ok) return { kind: "unknown-unit", unit: slots.unit };
    unitId = found.unitId;
  }
  if (!can(asker.memberships, "read", unitId, snapshot.tree).ok) return { kind: "forbidden" };
  const now = deps.now();
  if (intent === "rank") return rank(deps, unitId, slots.order ?? "fastest", now);
  const digest = await buildDigest(deps, unitId, PERIOD_KIND[slots.period ?? "week"] ?? "weekly", now);
  if (intent === "silent") return { kind: "silent", digest };
  if (intent === "overdue") return { kind: "overdue", digest };
  if (intent === "issues") return { kind: "issues", digest };
  return { kind: "unit", digest };
}

/** The units one level below, by share of their assigned targets done. */
async function rank(deps: AppDeps, unitId: string, order: "fastest" | "slowest", at: Date): Promise<Answer> {
  const snapshot = await deps.ledger.snapshot();
  const figures = await totalsAsOf(deps, at);
  const rows = snapshot.tree.childrenOf(unitId).map((child) => {
    let done = 0;
    let target = 0;
    for (const task of snapshot.tasks) {
      for (const a of task.assignments) {
        if (a.target === null || !snapshot.tree.isWithin(a.unitId, child)) continue;
        target += a.target;
        done += figures.find((f) => f.taskId === task.id && f.unitId === a.unitId)?.total ?? 0;
      }
    }
    return {
      unitName: snapshot.unitName(child) ?? child,
      percent: target > 0 ? (done / target) * 100 : null,
    };
  });
  const value = (p: number | null) => (p === null ? -1 : p);
  rows.sort((a, b) =>
    order === "fastest" ? value(b.percent) - value(a.percent) : value(a.percent) - value(b.percent),
  );
  return { kind: "rank", unitName: snapshot.unitName(unitId) ?? "", order, rows };
}
