import type { SheetTable } from "./cells.ts";
import { findHeaderRow, type SheetKind, sheetKindOf } from "./columns.ts";
import type { LedgerLines } from "./ledger-lines.ts";
import { SheetReader, sheetProblem } from "./sheet-reader.ts";

export type { AssignmentLine, LedgerLines, TaskLine, UnitLine } from "./ledger-lines.ts";

/** `unit import` takes unit sheets only; `task import` tasks and their split among units. */
export type ImportScope = "units" | "tasks";

const ACCEPTS: Record<ImportScope, readonly SheetKind[]> = {
  units: ["units"],
  tasks: ["tasks", "assignments"],
};

/** Every ledger row of a workbook, typed, with a problem for every cell that does not fit. */
export function readLedger(
  sheets: readonly SheetTable[],
  options: { currentYear: number; only?: ImportScope },
): LedgerLines {
  const out: LedgerLines = { units: [], tasks: [], assignments: [], skippedSheets: [], problems: [] };
  for (const sheet of sheets) {
    const header = findHeaderRow(sheet.rows);
    const kind = header ? sheetKindOf(header.columns) : null;
    if (!header || !kind) {
      out.skippedSheets.push(sheet.name);
      continue;
    }
    if (options.only && !ACCEPTS[options.only].includes(kind)) {
      out.problems.push(
        sheetProblem(sheet.name, header.index + 1, "wrong-kind", { kind, only: options.only }),
      );
      continue;
    }
    const reader = new SheetReader(sheet, header, options.currentYear, out.problems);
    if (kind === "units") reader.units(out.units);
    else if (kind === "tasks") reader.tasks(out.tasks);
    else reader.assignments(out.assignments);
  }
  if (out.units.length + out.tasks.length + out.assignments.length === 0 && out.problems.length === 0)
    out.problems.push({ sheet: null, row: null, column: null, code: "no-ledger-sheet", args: {} });
  return out;
}
