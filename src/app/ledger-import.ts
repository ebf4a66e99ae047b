import { randomBytes } from "node:crypto";
import type { PersonView } from "../db/repositories/index.ts";
import {
  type ChangeLine,
  type Counts,
  type ImportScope,
  type Problem,
  planImport,
  readLedger,
  type SheetTable,
} from "../domain/ledger-sheets/index.ts";
import { contentSize } from "../sheets/content-size.ts";
import { readSheets, SheetReadError } from "../sheets/read-sheets.ts";
import type { AppDeps } from "./deps.ts";

export type ImportOutcome =
  | {
      readonly ok: true;
      /** False in a dry run, and when the file matched the ledger (nothing to write). */
      readonly applied: boolean;
      readonly dryRun: boolean;
      readonly counts: { units: Counts; tasks: Counts; assignments: Counts };
      readonly changes: ChangeLine[];
      readonly skippedSheets: string[];
    }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * The most sheet content (an .xlsx unpacked, a CSV as it is) an import holds in memory by default:
 * exceljs keeps a whole workbook, and the bot runs in a 128 MB heap. Measured: 10 000 tasks are
 * 4.2 MB unpacked and peak at 174 MB resident; 30 000 are 12.7 MB and exhaust the heap. The command
 * line passes no limit.
 */
export const MAX_IMPORT_BYTES = 6 * 1024 * 1024;

/** Ids made before the write, so one multi-row insert can carry a task and its assignments. */
const newId = () => `i${randomBytes(12).toString("base64url")}`;

/**
 * Takes a county's ledger sheets (units, tasks, their split among units) into the ledger, all or
 * nothing: a file with any problem writes nothing and comes back with every problem found.
 * Re-importing the same file changes nothing.
 */
export async function importLedger(
  deps: AppDeps,
  actor: PersonView,
  file: { name: string; bytes: Uint8Array },
  options: { dryRun: boolean; only?: ImportScope; maxBytes?: number },
): Promise<ImportOutcome> {
  const fileProblem = (code: Problem["code"], args: Record<string, string | number> = {}) => ({
    ok: false as const,
    problems: [{ sheet: null, row: null, column: null, code, args: { file: file.name, ...args } }],
  });
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const size = contentSize(file.name, file.bytes);
  if (size > maxBytes)
    return fileProblem("file-too-large", {
      size: Number.isFinite(size) ? Math.ceil(size / 1024 / 1024) : "∞",
      limit: Math.floor(maxBytes / 1024 / 1024),
    });
  let sheets: Awaited<ReturnType<typeof readSheets>>;
  try {
    sheets = await readSheets(file.name, file.bytes);
  } catch (error) {
    if (error instanceof SheetReadError) return fileProblem(error.reason);
    throw error;
  }
  return importSheets(deps, actor, sheets, { ...options, source: file.name });
}

/**
 * The import of sheets already read: from a file, or made from a chat command (`/task split`).
 * `source` names them in the audit trail.
 */
export async function importSheets(
  deps: AppDeps,
  actor: PersonView,
  sheets: readonly SheetTable[],
  options: { dryRun: boolean; only?: ImportScope; source: string },
): Promise<ImportOutcome> {
  const currentYear = Number(deps.now().toISOString().slice(0, 4));
  const lines = readLedger(sheets, { currentYear, only: options.only });
  const snapshot = await deps.ledger.snapshot();
  const plan = planImport(lines, {
    units: snapshot.units,
    tasks: snapshot.tasks,
    memberships: actor.memberships,
    mayCreateRoots: snapshot.units.length === 0 && actor.personId === "operator",
    currentYear,
    newId,
  });
  if (!plan.ok) return plan;
  const { writes } = plan;
  const writing = !options.dryRun && Object.values(writes).some((list: unknown[]) => list.length > 0);
  if (writing) {
    await deps.repos.ledgerImport.apply(writes, {
      personId: actor.personId === "operator" ? null : actor.personId,
      entityId: options.source,
      after: plan.counts,
    });
    deps.ledger.invalidate();
    // Running totals are kept in the task's measure: a new measure means new totals.
    for (const taskId of writes.remeasuredTaskIds) await deps.repos.reports.resettleTask(taskId);
  }
  return {
    ok: true,
    applied: writing,
    dryRun: options.dryRun,
    counts: plan.counts,
    changes: plan.changes,
    skippedSheets: lines.skippedSheets,
  };
}
