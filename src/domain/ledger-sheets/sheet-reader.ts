import type { z } from "zod";
import type { Cell, Place, Problem, ProblemCode, SheetTable } from "./cells.ts";
import { COLUMN_KEYS, type ColumnKey, type HeaderRow } from "./columns.ts";
import type { AssignmentLine, TaskLine, UnitLine } from "./ledger-lines.ts";
import {
  assignmentRowSchema,
  type IssueParams,
  measuredTarget,
  pathCell,
  taskRowSchema,
  unitRowSchema,
  yearCell,
} from "./row-schemas.ts";
import { columnLetter } from "./text.ts";
import { isSubtotal, textOf } from "./values.ts";

/** The fields of a task row that only had its owner looked up (see TaskLine.checkOwnerOnly). */
const EMPTY_TASK: Omit<TaskLine, "place" | "ownerPath"> = {
  planYear: 0,
  code: null,
  name: "",
  aliases: [],
  lead: null,
  target: null,
  measure: null,
  startDate: null,
  deadline: null,
  note: null,
};

export const sheetProblem = (
  sheet: string,
  row: number,
  code: ProblemCode,
  args: Record<string, string | number>,
) => ({
  sheet,
  row,
  column: null,
  code,
  args,
});

/** One sheet's rows into typed lines, every cell that does not fit into `problems`. */
export class SheetReader {
  private readonly letters: Partial<Record<string, string>> = {};

  constructor(
    private readonly sheet: SheetTable,
    private readonly header: HeaderRow,
    private readonly currentYear: number,
    private readonly problems: Problem[],
  ) {
    for (const [key, index] of header.columns) this.letters[key] = columnLetter(index);
  }

  /** The data rows: after the header, not blank, not a 合计 row; with their cells by column key. */
  private *rows(): Generator<{ place: Place; cells: Partial<Record<ColumnKey, Cell>> }> {
    const { rows } = this.sheet;
    for (let index = this.header.index + 1; index < rows.length; index++) {
      const row = rows[index] ?? [];
      if (row.every((c) => textOf(c) === null)) continue;
      // Every key is there (null when the sheet lacks the column): zod objects reject missing keys.
      const cells: Partial<Record<ColumnKey, Cell>> = Object.fromEntries(COLUMN_KEYS.map((k) => [k, null]));
      for (const [key, column] of this.header.columns) cells[key] = row[column] ?? null;
      if (
        isSubtotal(textOf(cells.rowNumber)) ||
        isSubtotal(textOf(cells.name)) ||
        isSubtotal(textOf(cells.unit))
      )
        continue;
      yield { place: { sheet: this.sheet.name, row: index + 1, columns: this.letters }, cells };
    }
  }

  private problem(place: Place, column: string | null, issue: IssueParams): void {
    this.problems.push({
      sheet: place.sheet,
      row: place.row,
      column: column ? (this.letters[column] ?? null) : null,
      code: issue.code,
      args: issue.args ?? {},
    });
  }

  private parsed<T>(place: Place, result: z.ZodSafeParseResult<T>): T | null {
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const params = (issue as { params?: IssueParams }).params;
      // Every issue comes from a cell's transform, with its params; anything else is a bug here.
      if (!params) throw new Error(`unexpected row issue: ${issue.message}`);
      this.problem(place, String(issue.path[0] ?? ""), params);
    }
    return null;
  }

  private requireColumn(key: ColumnKey, label: string): boolean {
    if (this.header.columns.has(key)) return true;
    this.problems.push(
      sheetProblem(this.sheet.name, this.header.index + 1, "missing-column", { column: label }),
    );
    return false;
  }

  units(into: UnitLine[]): void {
    const columns = this.header.columns;
    // A units sheet may call the name column just 单位.
    const nameKey: ColumnKey = columns.has("unit") ? "unit" : "measure";
    if (!this.requireColumn(nameKey, "单位名称 / Unit")) return;
    for (const { place, cells } of this.rows()) {
      const row = this.parsed(place, unitRowSchema.safeParse({ ...cells, unit: cells[nameKey] }));
      if (row) into.push({ place, name: row.unit, parentPath: row.parent, kind: row.kind });
    }
  }

  tasks(into: TaskLine[]): void {
    for (const { place, cells } of this.rows()) {
      const year = this.yearOf(place, cells.planYear);
      const row = this.parsed(
        place,
        taskRowSchema(typeof year === "number" ? year : this.currentYear).safeParse(cells),
      );
      if (!row || year === "invalid") {
        const ownerPath = pathCell.parse(cells.owner);
        if (ownerPath !== null) into.push({ ...EMPTY_TASK, place, ownerPath, checkOwnerOnly: true });
        continue;
      }
      const measured = measuredTarget(row.target, row.measure, this.header.bracketedMeasure);
      if (measured.problem) this.problem(place, "target", measured.problem);
      into.push({
        place,
        planYear: year ?? Number((row.deadline ?? String(this.currentYear)).slice(0, 4)),
        code: row.code,
        name: row.name,
        aliases: row.aliases,
        ownerPath: row.owner,
        lead: row.lead,
        target: measured.target,
        measure: measured.measure,
        startDate: row.startDate,
        deadline: row.deadline,
        note: row.note,
      });
    }
  }

  private yearOf(place: Place, cell: Cell | undefined): number | null | "invalid" {
    const year = yearCell.safeParse(cell);
    if (year.success) return year.data;
    this.parsed(place, year);
    return "invalid";
  }

  assignments(into: AssignmentLine[]): void {
    const columns = this.header.columns;
    if (!columns.has("name") && !columns.has("code") && !this.requireColumn("name", "任务名称 / Task"))
      return;
    if (!["unit", "owner", "township", "village"].some((k) => columns.has(k as ColumnKey))) {
      this.requireColumn("unit", "责任单位 / Unit");
      return;
    }
    // Below a task's first row its cells are often left blank: the task carries down.
    let carried: { code: string | null; name: string | null } = { code: null, name: null };
    for (const { place, cells } of this.rows()) {
      const year = this.yearOf(place, cells.planYear);
      const unitCell = cells.unit ?? cells.owner;
      const row = this.parsed(
        place,
        assignmentRowSchema(typeof year === "number" ? year : this.currentYear).safeParse({
          ...cells,
          unit: unitCell,
        }),
      );
      if (!row || year === "invalid") continue;
      if (row.code !== null || row.name !== null) carried = { code: row.code, name: row.name };
      const unitPath = row.unit ?? [row.township, row.village].filter((p): p is string => p !== null);
      const unitColumn = columns.has("unit") ? "unit" : columns.has("owner") ? "owner" : "village";
      if (unitPath.length === 0) {
        this.problem(place, unitColumn, { code: "unknown-unit", args: { unit: "" } });
        continue;
      }
      if (carried.code === null && carried.name === null) {
        this.problem(place, columns.has("name") ? "name" : "code", { code: "empty-name" });
        continue;
      }
      const measured = measuredTarget(row.assignedTarget, row.measure, this.header.bracketedMeasure);
      if (measured.problem) this.problem(place, "assignedTarget", measured.problem);
      into.push({
        place: { ...place, columns: { ...place.columns, unit: this.letters[unitColumn] } },
        planYear: year,
        taskCode: carried.code,
        taskName: carried.name,
        unitPath,
        target: measured.target,
        measure: measured.measure,
        deadline: row.deadline,
      });
    }
  }
}
