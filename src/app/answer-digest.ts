import type { DigestKind } from "../domain/digest/index.ts";
import { addDays } from "../domain/ledger/index.ts";
import type { AppDeps } from "./deps.ts";
import { buildDigest, type Digest, type PeriodFigures } from "./digest.ts";

/**
 * The digest of the period `at` falls in. "This week" in a question is the current one
 * (decisions.md, Time), while a digest sent on a period's first day covers the one just ended: the
 * period of the next day is always the one that holds today (a Monday's is this week, a Sunday's
 * next day closes this week too).
 */
export function currentDigest(
  deps: AppDeps,
  unitId: string,
  kind: DigestKind,
  at: Date,
  shared?: PeriodFigures,
): Promise<Digest> {
  return buildDigest(deps, unitId, kind, at, {
    periodDay: addDays(deps.zone.localDay(at), 1),
    ...(shared ? { shared } : {}),
  });
}
