import type { PersonView, ReportRow } from "../db/repositories/index.ts";
import { can, computeProgress } from "../domain/ledger/index.ts";
import type { AppDeps } from "./deps.ts";

export interface TaskHistory {
  readonly taskName: string;
  readonly measure: string;
  readonly target: number | null;
  readonly deadline: string | null;
  readonly total: number | null;
  readonly units: ReadonlyArray<{ unitName: string; total: number | null }>;
  readonly recent: ReadonlyArray<{ sentAt: Date; unitName: string; text: string; state: string }>;
  readonly inconsistencies: number;
}

/** /task 茶叶: the task's progress, per unit, and its latest reports, within what the asker may read. */
export async function taskHistory(
  deps: AppDeps,
  actor: PersonView,
  query: string,
): Promise<
  { ok: true; history: TaskHistory } | { ok: false; reason: "unknown-task" | "ambiguous-task" | "forbidden" }
> {
  const snapshot = await deps.ledger.snapshot();
  const home = actor.memberships[0]?.unitId;
  if (!home) return { ok: false, reason: "forbidden" };
  const index = snapshot.taskIndexFor(home);
  const match = index.find(query);
  const task = match ? snapshot.tasksById.get(match.taskId) : undefined;
  if (!task) return { ok: false, reason: "unknown-task" };
  const reports = (await deps.repos.reports.forTask(task.id)).filter(
    (r) => r.unitId !== null && can(actor.memberships, "read", r.unitId, snapshot.tree).ok,
  );
  const byUnit = new Map<string, typeof reports>();
  for (const r of reports) byUnit.set(r.unitId as string, [...(byUnit.get(r.unitId as string) ?? []), r]);
  let inconsistencies = 0;
  const units = [...byUnit.entries()].map(([unitId, rs]) => {
    const progress = progressOf(task.measure, rs);
    inconsistencies += progress.inconsistencies.length;
    return { unitName: snapshot.unitName(unitId) ?? unitId, total: progress.total };
  });
  const totals = units.map((u) => u.total).filter((t): t is number => t !== null);
  return {
    ok: true,
    history: {
      taskName: task.name,
      measure: task.measure,
      target: task.target,
      deadline: task.deadline,
      total: totals.length > 0 ? totals.reduce((a, b) => a + b, 0) : null,
      units,
      recent: reports
        .slice(-5)
        .reverse()
        .map((r) => ({
          sentAt: r.sentAt,
          unitName: snapshot.unitName(r.unitId) ?? "",
          text: r.rawText,
          state: r.state,
        })),
      inconsistencies,
    },
  };
}

/** One unit's progress on a task from its stored reports (decisions.md, Arithmetic). */
export function progressOf(measure: string, reports: readonly ReportRow[]) {
  return computeProgress({
    unit: measure,
    reports: reports.map((r) => ({
      id: r.id,
      sentAt: r.sentAt,
      counts: r.state !== "pending" && r.state !== "withdrawn",
      checked: r.state === "confirmed" || r.state === "corrected",
      quantities: r.quantities.map((q) => ({ value: q.value, unit: q.unit, kind: q.kind as never })),
    })),
  });
}
