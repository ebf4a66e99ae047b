import type { PersonView, ReportRow, ReportState } from "../db/repositories/index.ts";
import { can } from "../domain/ledger/index.ts";
import { parsedReportSchema, type QuantityKind, quantityKinds } from "../domain/parser/index.ts";
import type { AppDeps } from "./deps.ts";
import { cardOf, placeChoice, type ReportCard } from "./reports.ts";

/** ✅ ✏️ ↩️ on a report card. Only the sender, or an admin of the report's unit, may press them. */
export type ActionOutcome =
  | { ok: true; card: ReportCard; replyMessageId: string | null }
  | { ok: false; reason: "unknown-report" | "forbidden" | "withdrawn" | "bad-choice" };

async function load(deps: AppDeps, actor: PersonView, reportId: string) {
  const report = await deps.repos.reports.byId(reportId);
  if (!report) return { ok: false as const, reason: "unknown-report" as const };
  const snapshot = await deps.ledger.snapshot();
  const isSender = report.personId === actor.personId;
  const isAdmin = report.unitId !== null && can(actor.memberships, "manage", report.unitId, snapshot.tree).ok;
  if (!isSender && !isAdmin) return { ok: false as const, reason: "forbidden" as const };
  if (report.state === "withdrawn") return { ok: false as const, reason: "withdrawn" as const };
  return { ok: true as const, report, snapshot };
}

async function changed(
  deps: AppDeps,
  actor: PersonView,
  before: ReportRow,
  action: string,
  after: ReportRow,
): Promise<ActionOutcome> {
  await deps.repos.audit.add({
    personId: actor.personId,
    entity: "report",
    entityId: before.id,
    action,
    before: {
      state: before.state,
      taskId: before.taskId,
      unitId: before.unitId,
      quantities: before.quantities,
    },
    after: { state: after.state, taskId: after.taskId, unitId: after.unitId, quantities: after.quantities },
  });
  const snapshot = await deps.ledger.snapshot();
  return { ok: true, card: cardOf(snapshot, after), replyMessageId: after.replyMessageId };
}

/** ✅: the sender checked what the bot understood. A report without task or place cannot be confirmed. */
export async function confirmReport(
  deps: AppDeps,
  actor: PersonView,
  reportId: string,
): Promise<ActionOutcome> {
  const loaded = await load(deps, actor, reportId);
  if (!loaded.ok) return loaded;
  const { report } = loaded;
  if (report.state === "pending") return { ok: false, reason: "bad-choice" };
  if (report.state === "confirmed" || report.state === "corrected") {
    return { ok: true, card: cardOf(loaded.snapshot, report), replyMessageId: report.replyMessageId };
  }
  return changed(
    deps,
    actor,
    report,
    "confirm",
    await deps.repos.reports.update(report.id, { state: "confirmed" }),
  );
}

/** ↩️: the report drops out of the ledger; it stays in the audit trail. */
export async function withdrawReport(
  deps: AppDeps,
  actor: PersonView,
  reportId: string,
): Promise<ActionOutcome> {
  const loaded = await load(deps, actor, reportId);
  if (!loaded.ok) return loaded;
  return changed(
    deps,
    actor,
    loaded.report,
    "withdraw",
    await deps.repos.reports.update(reportId, { state: "withdrawn" }),
  );
}

/** The state after a fix: it counts once it has a task and a place. */
function stateAfterFix(report: { taskId: string | null; unitId: string | null }): ReportState {
  return report.taskId && report.unitId ? "corrected" : "pending";
}

/** ✏️ another task, chosen from the tasks the report's unit sees. */
export async function chooseTask(
  deps: AppDeps,
  actor: PersonView,
  reportId: string,
  taskId: string,
): Promise<ActionOutcome> {
  const loaded = await load(deps, actor, reportId);
  if (!loaded.ok) return loaded;
  const { report, snapshot } = loaded;
  const unitId = report.unitId ?? actor.memberships[0]?.unitId;
  if (!unitId || !snapshot.tasksVisibleTo(unitId).some((t) => t.id === taskId))
    return { ok: false, reason: "bad-choice" };
  const state = stateAfterFix({ taskId, unitId: report.unitId });
  return changed(
    deps,
    actor,
    report,
    "choose-task",
    await deps.repos.reports.update(reportId, { taskId, state }),
  );
}

/** ✏️ the place, when the message named one the bot could not tell apart. */
export async function choosePlace(
  deps: AppDeps,
  actor: PersonView,
  reportId: string,
  unitId: string,
): Promise<ActionOutcome> {
  const loaded = await load(deps, actor, reportId);
  if (!loaded.ok) return loaded;
  const { report, snapshot } = loaded;
  if (!can(actor.memberships, "report", unitId, snapshot.tree).ok) return { ok: false, reason: "forbidden" };
  const state = stateAfterFix({ taskId: report.taskId, unitId });
  const after = await deps.repos.reports.setPlace(reportId, unitId, state);
  return changed(deps, actor, report, "choose-place", after);
}

/** ✏️ one figure: its kind (新增 / 累计 / 目标) or its value. */
export async function changeQuantity(
  deps: AppDeps,
  actor: PersonView,
  reportId: string,
  index: number,
  change: { kind?: string; value?: number },
): Promise<ActionOutcome> {
  const loaded = await load(deps, actor, reportId);
  if (!loaded.ok) return loaded;
  const { report } = loaded;
  const current = report.quantities[index];
  const kindOk = change.kind === undefined || (quantityKinds as readonly string[]).includes(change.kind);
  const valueOk = change.value === undefined || (Number.isFinite(change.value) && change.value >= 0);
  if (!current || !kindOk || !valueOk) return { ok: false, reason: "bad-choice" };
  const quantities = report.quantities.map((q, i) =>
    i === index ? { ...q, kind: (change.kind ?? q.kind) as QuantityKind, value: change.value ?? q.value } : q,
  );
  const after = await deps.repos.reports.setQuantities(reportId, quantities, stateAfterFix(report));
  return changed(deps, actor, report, "change-quantity", after);
}

export interface FixChoices {
  readonly card: ReportCard;
  /** Tasks the report's unit sees, by name: the ✏️ "another task" list. */
  readonly tasks: ReadonlyArray<{ id: string; name: string }>;
  /** Places the message's place name could mean within the actor's units, when it is not clear. */
  readonly places: ReadonlyArray<{ id: string; name: string; parentName: string | null }>;
}

/** What ✏️ offers for one report: another task, another place, and its figures (kind or value). */
export async function fixChoices(
  deps: AppDeps,
  actor: PersonView,
  reportId: string,
): Promise<
  ({ ok: true } & FixChoices) | { ok: false; reason: "unknown-report" | "forbidden" | "withdrawn" }
> {
  const loaded = await load(deps, actor, reportId);
  if (!loaded.ok) return loaded;
  const { report, snapshot } = loaded;
  const unitId = report.unitId ?? actor.memberships[0]?.unitId;
  const tasks = unitId
    ? snapshot
        .tasksVisibleTo(unitId)
        .map((t) => ({ id: t.id, name: t.name }))
        .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"))
    : [];
  const parsed = report.parsed ? parsedReportSchema.safeParse(JSON.parse(report.parsed)) : null;
  const placePath = parsed?.success ? parsed.data.placePath : [];
  const found = new Set<string>();
  if (placePath.length > 0) {
    for (const m of actor.memberships) {
      const r = snapshot.tree.resolvePlacePath(placePath, m.unitId);
      const ids = r.ok ? [r.unitId] : r.reason === "ambiguous" ? r.candidates : [];
      for (const id of ids) if (can(actor.memberships, "report", id, snapshot.tree).ok) found.add(id);
    }
  }
  // One candidate that is already the report's place is no choice at all.
  const places = found.size > 1 || (found.size === 1 && !report.unitId) ? [...found] : [];
  return {
    ok: true,
    card: cardOf(snapshot, report),
    tasks,
    places: places.map((id) => placeChoice(snapshot, id)),
  };
}
