import { translate } from "../i18n.ts";
import { XlsxWriter } from "../sheets/xlsx-writer.ts";
import type { AppDeps } from "./deps.ts";
import { columns, type ExportRequest, exportScope, kindLabel } from "./export-common.ts";

/**
 * The ledger's own lists in the import format: what `task export` and `unit export` write, `import`
 * reads back unchanged (the headers are the ones the import recognises). Units are named as
 * UnitTree.reference names them, so a repeated 团结村 comes back as the same one. Dates are
 * YYYY-MM-DD text, not date cells: a date cell comes back through a zone and a float, text as it was.
 */
export async function exportTasks(
  deps: AppDeps,
  request: ExportRequest,
): Promise<{ tasks: number; assignments: number }> {
  const { locale } = request;
  const snapshot = await deps.ledger.snapshot();
  const scope = exportScope(snapshot, request.unitId);
  const within = (id: string) => snapshot.tree.isWithin(id, scope);
  const ref = (id: string) => snapshot.tree.reference(id);
  const tasks = snapshot.tasks
    .filter((t) => within(t.ownerUnitId) || t.assignments.some((a) => within(a.unitId)))
    .sort(
      (a, b) =>
        a.planYear - b.planYear ||
        (a.code ?? "\uffff").localeCompare(b.code ?? "\uffff", "zh-CN", { numeric: true }) ||
        a.name.localeCompare(b.name, "zh-CN"),
    );
  const workbook = await XlsxWriter.open(request.out);
  const taskSheet = workbook.sheet({
    name: translate(locale, "export-sheet-tasks"),
    columns: columns(locale, [
      ["code", 10],
      ["year", 7],
      ["task", 28],
      ["aliases", 20],
      ["owner", 16],
      ["lead", 10],
      ["target", 10],
      ["measure", 9],
      ["start", 12],
      ["deadline", 12],
      ["note", 24],
    ]),
  });
  for (const t of tasks) {
    taskSheet.row([
      t.code,
      t.planYear,
      t.name,
      t.aliases.join("、") || null,
      ref(t.ownerUnitId),
      t.lead,
      t.target,
      t.measure,
      t.startDate,
      t.deadline,
      t.note,
    ]);
  }
  const assignmentSheet = workbook.sheet({
    name: translate(locale, "export-sheet-assignments"),
    columns: columns(locale, [
      ["code", 10],
      ["task", 28],
      ["unit", 20],
      ["assigned-target", 10],
      ["measure", 9],
      ["deadline", 12],
    ]),
  });
  const order = new Map(snapshot.tree.descendants(scope).map((id, i) => [id, i]));
  let assignments = 0;
  for (const t of tasks) {
    const shares = t.assignments
      .filter((a) => within(a.unitId))
      .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
    for (const a of shares) {
      assignmentSheet.row([t.code, t.name, ref(a.unitId), a.target, t.measure, a.deadline]);
      assignments++;
    }
  }
  await workbook.finish();
  return { tasks: tasks.length, assignments };
}

/** The unit tree under the scope, parents before children, in the import format. */
export async function exportUnits(deps: AppDeps, request: ExportRequest): Promise<{ units: number }> {
  const { locale } = request;
  const snapshot = await deps.ledger.snapshot();
  const scope = exportScope(snapshot, request.unitId);
  const workbook = await XlsxWriter.open(request.out);
  const sheet = workbook.sheet({
    name: translate(locale, "export-sheet-units"),
    columns: columns(locale, [
      ["unit-name", 24],
      ["parent", 24],
      ["kind", 10],
    ]),
  });
  const ids = snapshot.tree.descendants(scope);
  for (const id of ids) {
    const unit = snapshot.unitsById.get(id);
    if (!unit) continue;
    // The unit's own name: its parent, named so that it reads back unambiguously, places it.
    sheet.row([
      unit.name,
      unit.parentId === null ? null : snapshot.tree.reference(unit.parentId),
      kindLabel(locale, unit.kind),
    ]);
  }
  await workbook.finish();
  return { units: ids.length };
}
