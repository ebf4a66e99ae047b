import type { AssignmentFigure, ReportRow, TaskRow } from "../db/repositories/index.ts";
import type { TaskLine } from "../domain/digest/index.ts";
import { computeProgress, maskPersonalNumbers, percentDone } from "../domain/ledger/index.ts";
import { currentDigest } from "./answer-digest.ts";
import type { Answer, AnswerQuery, TaskFigures } from "./answers.ts";
import type { AppDeps } from "./deps.ts";
import { PeriodFigures } from "./digest.ts";

const RECENT = 5;

/**
 * 改厕进度？ / /task 改厕: the task within the unit asked about, as the weekly digest counts it (total
 * against target, this week's change, flag), then per unit below it with the laggards first, and
 * its latest reports.
 */
export async function taskAnswer(deps: AppDeps, query: AnswerQuery): Promise<Answer> {
  const snapshot = await deps.ledger.snapshot();
  const task = query.taskId ? snapshot.tasksById.get(query.taskId) : undefined;
  if (!task) return { kind: "unknown-task", text: "" };
  const scope = query.unitId;
  const within = (id: string | null, root: string) => id !== null && snapshot.tree.isWithin(id, root);
  // The digest's read of the ledger's figures serves the per-unit breakdown too.
  const shared = new PeriodFigures(deps);
  const digest = await currentDigest(deps, scope, "weekly", query.at, shared);
  const line = digest.content.lines.find((l) => l.taskId === task.id);
  const [figures, reports] = await Promise.all([
    shared.figuresAt(digest.asOf),
    deps.repos.reports.forTask(task.id),
  ]);
  const mine = figures.filter((f) => f.taskId === task.id && within(f.unitId, scope));

  const children = snapshot.tree.childrenOf(scope);
  const units = (children.length > 0 ? children : [scope])
    .map((unitId) => {
      const counted = mine.filter((f) => within(f.unitId, unitId));
      const total = counted.reduce((sum, f) => sum + f.total, 0);
      const targets = task.assignments.filter((a) => a.target !== null && within(a.unitId, unitId));
      const target = targets.length > 0 ? targets.reduce((sum, a) => sum + (a.target ?? 0), 0) : null;
      const percent = percentDone(total, target);
      return { unitName: snapshot.unitName(unitId) ?? "", total, target, percent, counted: counted.length };
    })
    .filter((u) => u.counted > 0 || u.target !== null)
    .sort((a, b) => (a.percent ?? Number.POSITIVE_INFINITY) - (b.percent ?? Number.POSITIVE_INFINITY))
    .map(({ counted: _, ...u }) => u);

  const seen = reports.filter((r) => within(r.unitId, scope) && r.sentAt <= digest.asOf);
  return {
    kind: "task",
    query,
    asOf: digest.asOf,
    unitName: digest.unitName,
    task: line ? taskFigures(line) : outsideFigures(task, mine),
    reported: mine.length > 0,
    units,
    recent: seen
      .slice(-RECENT)
      .reverse()
      .map((r) => ({
        sentAt: r.sentAt,
        unitName: snapshot.unitName(r.unitId) ?? "",
        text: maskPersonalNumbers(r.rawText),
        state: r.state,
      })),
    inconsistencies: inconsistenciesIn(task.measure, seen),
  };
}

export function taskFigures(line: TaskLine): TaskFigures {
  return {
    name: line.name,
    measure: line.measure,
    total: line.total,
    target: line.target,
    percent: line.percent,
    change: line.change,
    flag: line.flag,
    deadline: line.deadline,
  };
}

/** A task outside the digest of the unit asked about (another township's): its total there, no flag. */
function outsideFigures(task: TaskRow, figures: readonly AssignmentFigure[]): TaskFigures {
  const total = figures.reduce((sum, f) => sum + f.total, 0);
  const { name, measure, target, deadline } = task;
  return {
    name,
    measure,
    total,
    target,
    percent: percentDone(total, target),
    change: 0,
    flag: null,
    deadline,
  };
}

function inconsistenciesIn(measure: string, reports: readonly ReportRow[]): number {
  const byUnit = new Map<string, ReportRow[]>();
  for (const r of reports) byUnit.set(r.unitId as string, [...(byUnit.get(r.unitId as string) ?? []), r]);
  let count = 0;
  for (const rs of byUnit.values()) count += progressOf(measure, rs).inconsistencies.length;
  return count;
}

/** One unit's progress on a task from its stored reports (decisions.md, Arithmetic). */
function progressOf(measure: string, reports: readonly ReportRow[]) {
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
