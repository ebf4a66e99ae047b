import { percentDone } from "../domain/ledger/index.ts";
import type { Answer, AnswerQuery } from "./answers.ts";
import type { AppDeps } from "./deps.ts";
import { totalsAsOf } from "./figures.ts";

/** Unit kinds as sheets write them, by the level a question names (哪个村, which town). */
const KINDS_OF_LEVEL = {
  township: new Set(["township", "乡", "镇", "乡镇", "街道"]),
  village: new Set(["village", "村", "社区"]),
};

/**
 * 哪个乡镇进度最快 / /rank 改厕: the units of one level within the unit asked about (the level named,
 * else the one just below it), by the share of their targets done: of one task, or over every task
 * they have a target for. Units with no target to measure against come last, whatever the order.
 */
export async function rankAnswer(deps: AppDeps, query: AnswerQuery): Promise<Answer> {
  const snapshot = await deps.ledger.snapshot();
  const { tree } = snapshot;
  const scope = query.unitId;
  const order = query.order ?? "fastest";
  const level = query.level ?? null;
  const ranked = level
    ? tree
        .descendants(scope)
        .filter((id) => id !== scope && KINDS_OF_LEVEL[level].has(snapshot.unitsById.get(id)?.kind ?? ""))
    : tree.childrenOf(scope);
  const tasks = query.taskId
    ? snapshot.tasks.filter((t) => t.id === query.taskId)
    : snapshot.tasksVisibleTo(scope);
  const figures = await totalsAsOf(deps, query.at);

  const rows = ranked.map((unitId) => {
    let done = 0;
    let target = 0;
    for (const task of tasks) {
      // A task split into assignments is measured against them; one that is not, against its owner.
      const holders =
        task.assignments.length > 0 ? task.assignments : [{ unitId: task.ownerUnitId, target: task.target }];
      const mine = holders.filter((h) => h.target !== null && tree.isWithin(h.unitId, unitId));
      if (mine.length === 0) continue;
      for (const h of mine) target += h.target ?? 0;
      for (const f of figures) if (f.taskId === task.id && tree.isWithin(f.unitId, unitId)) done += f.total;
    }
    return { unitName: snapshot.unitName(unitId) ?? unitId, percent: percentDone(done, target || null) };
  });
  const value = (p: number | null) => (p === null ? Number.POSITIVE_INFINITY : order === "fastest" ? -p : p);
  rows.sort((a, b) => value(a.percent) - value(b.percent));
  return {
    kind: "rank",
    query,
    asOf: query.at,
    unitName: snapshot.unitName(scope) ?? "",
    order,
    level,
    taskName: query.taskId ? (snapshot.tasksById.get(query.taskId)?.name ?? null) : null,
    rows,
  };
}
