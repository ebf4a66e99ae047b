import type { Membership, Unit } from "../ledger/index.ts";
import type { Problem } from "./cells.ts";

/** The task fields a ledger sheet carries. */
export interface TaskFields {
  readonly planYear: number;
  readonly code: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly ownerUnitId: string;
  readonly lead: string | null;
  readonly note: string | null;
  readonly measure: string;
  readonly target: number | null;
  readonly startDate: string | null;
  readonly deadline: string | null;
}

export interface LedgerTask extends TaskFields {
  readonly id: string;
  readonly assignments: ReadonlyArray<{ unitId: string; target: number | null; deadline: string | null }>;
}

/** The ledger as it stands, and who is importing into it. */
export interface ImportContext {
  readonly units: readonly Unit[];
  readonly tasks: readonly LedgerTask[];
  readonly memberships: readonly Membership[];
  /** Only the operator, on an empty database, creates the root unit from a file. */
  readonly mayCreateRoots: boolean;
  readonly currentYear: number;
  /** Ids are made before the write, so that one batch can insert a task and its assignments. */
  readonly newId: () => string;
}

export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** One line of what an import does (or would do, in a dry run). */
export interface ChangeLine {
  readonly entity: "unit" | "task" | "assignment";
  readonly action: "created" | "updated";
  readonly name: string;
  readonly fields: readonly FieldChange[];
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface NewUnit {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly kind: string;
}

export interface AssignmentWrite {
  readonly id: string;
  readonly taskId: string;
  readonly unitId: string;
  readonly target: number | null;
  readonly deadline: string | null;
}

/** Everything an import writes; empty lists when the file matches the ledger. */
export interface ImportWrites {
  readonly unitsToCreate: NewUnit[];
  readonly unitsToUpdate: Array<{ id: string; kind: string }>;
  readonly tasksToCreate: Array<TaskFields & { id: string }>;
  readonly tasksToUpdate: Array<{ id: string; fields: Partial<TaskFields> }>;
  readonly assignmentsToCreate: AssignmentWrite[];
  readonly assignmentsToUpdate: AssignmentWrite[];
  /** Tasks whose measure changed: their running totals are recomputed after the write. */
  readonly remeasuredTaskIds: string[];
}

export type ImportPlan =
  | {
      readonly ok: true;
      readonly writes: ImportWrites;
      readonly changes: ChangeLine[];
      readonly counts: { units: Counts; tasks: Counts; assignments: Counts };
    }
  | { readonly ok: false; readonly problems: Problem[] };

export const emptyCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

export const shownValue = (value: unknown): string =>
  value === null || value === undefined ? "" : Array.isArray(value) ? value.join("、") : String(value);
