import type { AssignmentFigure } from "../db/repositories/index.ts";
import { conversionsInto } from "../domain/ledger/index.ts";
import { writtenUnits } from "../domain/parser/index.ts";
import type { AppDeps } from "./deps.ts";

/**
 * Every assignment's total at `at` (and at `before`, in the same pass), added up in the database
 * with the ledger's unit conversions.
 */
export async function totalsAsOf(deps: AppDeps, at: Date, before?: Date): Promise<AssignmentFigure[]> {
  const snapshot = await deps.ledger.snapshot();
  const conversions = conversionsInto(
    snapshot.tasks.map((t) => t.measure),
    writtenUnits,
  );
  return deps.repos.figures.totalsAsOf(at, conversions, before);
}
