import type { Place, Problem } from "./cells.ts";

/** A ledger's rows, typed: what the sheets say, before they are matched against the ledger. */
export interface UnitLine {
  readonly place: Place;
  readonly name: string;
  readonly parentPath: readonly string[] | null;
  readonly kind: string | null;
}

export interface TaskLine {
  readonly place: Place;
  /**
   * A row with a bad value is not imported, but its owner is still looked up, so that one pass
   * reports every problem of the file (a bad date and an unknown unit on the same row).
   */
  readonly checkOwnerOnly?: boolean;
  readonly planYear: number;
  readonly code: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly ownerPath: readonly string[] | null;
  readonly lead: string | null;
  readonly target: number | null;
  readonly measure: string | null;
  readonly startDate: string | null;
  readonly deadline: string | null;
  readonly note: string | null;
}

export interface AssignmentLine {
  readonly place: Place;
  readonly planYear: number | null;
  readonly taskCode: string | null;
  readonly taskName: string | null;
  readonly unitPath: readonly string[];
  readonly target: number | null;
  readonly measure: string | null;
  readonly deadline: string | null;
}

export interface LedgerLines {
  readonly units: UnitLine[];
  readonly tasks: TaskLine[];
  readonly assignments: AssignmentLine[];
  /** Sheets holding no ledger (问题清单, 未报送单位): mentioned, not an error. */
  readonly skippedSheets: string[];
  readonly problems: Problem[];
}
