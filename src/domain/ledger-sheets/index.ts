export type { Cell, Problem, ProblemCode, SheetTable } from "./cells.ts";
export { PROBLEM_CODES } from "./cells.ts";
export { columnKeyOf, findHeaderRow, type SheetKind, sheetKindOf } from "./columns.ts";
export { planImport } from "./plan.ts";
export { DEFAULT_MEASURE } from "./plan-tasks.ts";
export type {
  ChangeLine,
  Counts,
  FieldChange,
  ImportContext,
  ImportPlan,
  ImportWrites,
  LedgerTask,
  TaskFields,
} from "./plan-types.ts";
export { type ImportScope, type LedgerLines, readLedger } from "./read-ledger.ts";
export {
  readSplitCommand,
  type ShareRow,
  type SplitCommand,
  type SplitShare,
  splitSheets,
} from "./split-command.ts";
export { cellText, columnLetter, headerText } from "./text.ts";
export { dateOfCell, quantityOf, unitKindOf } from "./values.ts";
