import type { Writable } from "node:stream";
import { type Locale, translate } from "../i18n.ts";
import type { Column } from "../sheets/table.ts";
import type { Snapshot } from "./ledger-cache.ts";

/** What every export is asked for: where it goes, in which language, for which part of the tree. */
export interface ExportRequest {
  /** The file (CLI) or the document being sent (chat); ended when the export is done. */
  readonly out: Writable;
  readonly locale: Locale;
  /** The unit whose subtree is exported (the asker's, from the chat); null for the whole ledger. */
  readonly unitId: string | null;
}

/** The unit an export covers: the one asked for, else the root of the tree. */
export function exportScope(snapshot: Snapshot, unitId: string | null): string {
  if (unitId !== null) {
    if (!snapshot.unitsById.has(unitId)) throw new Error(`no unit ${unitId}`);
    return unitId;
  }
  const root = snapshot.units.find((u) => u.parentId === null);
  if (!root) throw new Error("the ledger has no units yet");
  return root.id;
}

/** Columns with their headers in the export's language: [locale key after "export-col-", width, format]. */
export function columns(
  locale: Locale,
  specs: ReadonlyArray<readonly [key: string, width: number, format?: string]>,
): Column[] {
  return specs.map(([key, width, format]) => ({
    header: translate(locale, `export-col-${key}`),
    width,
    ...(format && { format }),
  }));
}

/** A unit's kind as a sheet writes it (乡镇, village …); kinds a sheet brought in (街道) stay as they are. */
export function kindLabel(locale: Locale, kind: string): string {
  try {
    return translate(locale, `export-kind-${kind}`);
  } catch {
    return kind;
  }
}

/** Figures as people write them: no float noise (0.30000000000000004). */
export const figure = (n: number) => Math.round(n * 100) / 100;

/** Excel's formats for columns of numbers; figures stay General (1200, 12.5: no trailing point). */
export const FORMAT = { percent: "0.0%", count: "0" } as const;
