import type { AssignmentFigure, PersonView } from "../db/repositories/index.ts";
import type { DigestKind, TaskLine } from "../domain/digest/index.ts";
import { can } from "../domain/ledger/index.ts";
import { flagAnnouncements } from "../domain/notices/index.ts";
import { currentDigest } from "./answer-digest.ts";
import { rankAnswer } from "./answer-rank.ts";
import { taskAnswer, taskFigures } from "./answer-task.ts";
import type { Answer, AnswerQuery, OverdueShare } from "./answers.ts";
import type { AppDeps } from "./deps.ts";
import { PeriodFigures } from "./digest.ts";
import type { Snapshot } from "./ledger-cache.ts";

const DIGEST_KIND: Record<string, DigestKind> = { week: "weekly", month: "monthly", quarter: "quarterly" };
const PERIOD_OF: Record<DigestKind, "week" | "month" | "quarter"> = {
  weekly: "week",
  monthly: "month",
  quarterly: "quarter",
};

/**
 * The answer to a resolved question, as the asker may see it now: their read permission is
 * checked again (a page turned a day later answers to the roles held then). Figures stand at the
 * query's instant, so every page of one answer reads from the same ledger.
 */
export async function answerQuery(deps: AppDeps, asker: PersonView, query: AnswerQuery): Promise<Answer> {
  const snapshot = await deps.ledger.snapshot();
  if (!can(asker.memberships, "read", query.unitId, snapshot.tree).ok) return { kind: "forbidden" };
  if (query.intent === "task_status" && query.taskId) return taskAnswer(deps, query);
  if (query.intent === "rank") return rankAnswer(deps, query);
  // A year has no digest of its own; the week is what the ledger is watched by.
  const kind = DIGEST_KIND[query.period ?? "week"] ?? "weekly";
  // The digest's read of the ledger's figures serves the answer's own look at them too.
  const shared = new PeriodFigures(deps);
  const digest = await currentDigest(deps, query.unitId, kind, query.at, shared);
  const figuresAtAsOf = () => shared.figuresAt(digest.asOf);
  const c = digest.content;
  const base = { query, asOf: digest.asOf, unitName: digest.unitName };
  const figures = (lines: readonly TaskLine[]) => lines.map(taskFigures);
  switch (query.intent) {
    case "silent":
      return {
        ...base,
        kind: "silent",
        period: PERIOD_OF[kind],
        units: c.silentUnits,
        departments: c.silentDepartments,
      };
    case "overdue":
      return {
        ...base,
        kind: "overdue",
        tasks: figures(c.lines.filter((l) => l.flag === "red")),
        shares: overdueShares(deps, snapshot, query.unitId, digest.asOf, await figuresAtAsOf()),
      };
    case "issues":
      return { ...base, kind: "issues", problems: c.problems };
    default: {
      const severity = { red: 0, yellow: 1, blue: 2 } as const;
      const lines = [...c.lines].sort(
        (a, b) => (a.flag ? severity[a.flag] : 3) - (b.flag ? severity[b.flag] : 3),
      );
      return {
        ...base,
        kind: "unit",
        tasks: figures(lines),
        flags: c.flags,
        lastReportAt: lastReportWithin(snapshot, query.unitId, await figuresAtAsOf()),
      };
    }
  }
}

/**
 * The red assignments within the unit (questions.md: "red-flagged tasks and assignments"): a
 * village's share can be overdue while the task as a whole still has time.
 */
function overdueShares(
  deps: AppDeps,
  snapshot: Snapshot,
  unitId: string,
  at: Date,
  figures: readonly AssignmentFigure[],
) {
  const flagged = flagAnnouncements({
    tasks: snapshot.tasks,
    figures,
    today: deps.zone.localDay(at),
    isWithin: (id, root) => snapshot.tree.isWithin(id, root),
  });
  const shares: OverdueShare[] = [];
  for (const f of flagged) {
    const isShare = snapshot.tasksById.get(f.taskId)?.assignments.some((a) => a.unitId === f.unitId);
    // The unit's own share is its own line among the tasks already.
    if (f.flag !== "red" || !isShare || f.unitId === unitId || !snapshot.tree.isWithin(f.unitId, unitId))
      continue;
    shares.push({
      task: f.taskName,
      unitName: snapshot.unitName(f.unitId) ?? "",
      measure: f.measure,
      total: f.total,
      target: f.target,
      percent: f.percent,
      deadline: f.deadline,
    });
  }
  return shares.sort(
    (a, b) => (a.deadline ?? "").localeCompare(b.deadline ?? "") || a.task.localeCompare(b.task, "zh-CN"),
  );
}

/** When a report last counted for the unit or any unit under it. */
function lastReportWithin(snapshot: Snapshot, unitId: string, figures: readonly AssignmentFigure[]) {
  let last: Date | null = null;
  for (const f of figures) {
    if (!f.lastReportAt || !snapshot.tree.isWithin(f.unitId, unitId)) continue;
    if (last === null || f.lastReportAt > last) last = f.lastReportAt;
  }
  return last;
}
