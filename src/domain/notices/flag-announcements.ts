import {
  assessFlag,
  type FlagReason,
  type LocalDate,
  parseLocalDate,
  percentDone,
  planStart,
  scheduleShare,
} from "../ledger/index.ts";

/**
 * Tasks and assignments that stand red or yellow now (decisions.md, Flags), with what the
 * announcement says. Pure: the shell gives the ledger's figures, added up in the database in one
 * pass, and announces each (task, unit, colour) once.
 */
export interface FlaggedTask {
  readonly id: string;
  readonly name: string;
  readonly measure: string;
  readonly target: number | null;
  readonly startDate: string | null;
  readonly deadline: string | null;
  readonly planYear: number;
  readonly status: string;
  readonly ownerUnitId: string;
  readonly assignments: ReadonlyArray<{ unitId: string; target: number | null; deadline: string | null }>;
}

export interface FlagAnnouncement {
  readonly taskId: string;
  /** The owner unit for the task as a whole, the assignment's unit for an assignment. */
  readonly unitId: string;
  readonly flag: "red" | "yellow";
  readonly reason: FlagReason;
  readonly taskName: string;
  readonly measure: string;
  readonly total: number;
  readonly target: number | null;
  readonly percent: number | null;
  /** 序时进度, in percent: how far along the plan's time is today. */
  readonly expected: number | null;
  readonly deadline: LocalDate | null;
}

export function flagAnnouncements(input: {
  readonly tasks: readonly FlaggedTask[];
  /** Each (task, reporting unit)'s total now. */
  readonly figures: ReadonlyArray<{ taskId: string; unitId: string; total: number }>;
  readonly today: LocalDate;
  readonly isWithin: (unitId: string, rootId: string) => boolean;
}): FlagAnnouncement[] {
  const byTask = new Map<string, Array<{ unitId: string; total: number }>>();
  for (const f of input.figures) byTask.set(f.taskId, [...(byTask.get(f.taskId) ?? []), f]);
  const out: FlagAnnouncement[] = [];
  for (const task of input.tasks) {
    const figures = byTask.get(task.id) ?? [];
    const startDate = task.startDate ? parseLocalDate(task.startDate) : null;
    const judge = (unitId: string, target: number | null, deadlineText: string | null, total: number) => {
      const deadline = deadlineText ? parseLocalDate(deadlineText) : null;
      const verdict = assessFlag({
        target,
        total,
        startDate,
        planYear: task.planYear,
        deadline,
        today: input.today,
        done: task.status === "done",
      });
      if (verdict?.flag !== "red" && verdict?.flag !== "yellow") return;
      const expected =
        deadline === null
          ? null
          : scheduleShare(planStart(startDate, task.planYear), deadline, input.today) * 100;
      out.push({
        taskId: task.id,
        unitId,
        flag: verdict.flag,
        reason: verdict.reason,
        taskName: task.name,
        measure: task.measure,
        total,
        target,
        percent: percentDone(total, target),
        expected,
        deadline,
      });
    };
    // A unit's total for a task is what its subtree reported (decisions.md, Parents).
    const sumWithin = (unitId: string) =>
      figures.filter((f) => input.isWithin(f.unitId, unitId)).reduce((sum, f) => sum + f.total, 0);
    judge(
      task.ownerUnitId,
      task.target,
      task.deadline,
      figures.reduce((sum, f) => sum + f.total, 0),
    );
    // An assignment without a target of its own has nothing to be behind on: its task's flag speaks for it.
    for (const a of task.assignments) {
      if (a.target === null) continue;
      judge(a.unitId, a.target, a.deadline ?? task.deadline, sumWithin(a.unitId));
    }
  }
  return out;
}
