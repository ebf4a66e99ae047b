/** A spreadsheet cell as plain values, whichever file it came from (see src/sheets/read-sheets.ts). */
export type Cell = string | number | Date | boolean | null;

export interface SheetTable {
  readonly name: string;
  readonly rows: Cell[][];
}

/** Where something is wrong, as Excel shows it: sheet, 1-based row, column letter. */
export interface Problem {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  /** The message key's suffix: locales have `import-problem-<code>`. */
  readonly code: ProblemCode;
  /** The message's Fluent variables. */
  readonly args: Readonly<Record<string, string | number>>;
}

export type ProblemCode =
  | "unreadable-file"
  | "unknown-file-type"
  | "file-too-large"
  | "no-ledger-sheet"
  | "wrong-kind"
  | "missing-column"
  | "empty-name"
  | "not-a-number"
  | "not-a-date"
  | "not-a-year"
  | "missing-measure"
  | "measure-mismatch"
  | "unknown-unit"
  | "ambiguous-unit"
  | "unknown-task"
  | "ambiguous-task"
  | "missing-owner"
  | "missing-parent"
  | "duplicate-row"
  | "forbidden";

export const PROBLEM_CODES: readonly ProblemCode[] = [
  "unreadable-file",
  "unknown-file-type",
  "file-too-large",
  "no-ledger-sheet",
  "wrong-kind",
  "missing-column",
  "empty-name",
  "not-a-number",
  "not-a-date",
  "not-a-year",
  "missing-measure",
  "measure-mismatch",
  "unknown-unit",
  "ambiguous-unit",
  "unknown-task",
  "ambiguous-task",
  "missing-owner",
  "missing-parent",
  "duplicate-row",
  "forbidden",
];

/** Where a value came from in the file, so that a later check (an unknown unit) can name the cell. */
export interface Place {
  readonly sheet: string;
  readonly row: number;
  readonly columns: Readonly<Partial<Record<string, string>>>;
}

export function problemAt(
  place: Place,
  column: string | null,
  code: ProblemCode,
  args: Record<string, string | number> = {},
): Problem {
  return {
    sheet: place.sheet,
    row: place.row,
    column: column ? (place.columns[column] ?? null) : null,
    code,
    args,
  };
}
