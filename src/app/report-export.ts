import { z } from "zod";
import type { ExportCursor, ExportedReport } from "../db/repositories/index.ts";
import { addDays, type LocalDate, maskPersonalNumbers } from "../domain/ledger/index.ts";
import { translate } from "../i18n.ts";
import { CsvWriter } from "../sheets/csv-writer.ts";
import type { Cell, TableSink } from "../sheets/table.ts";
import { XlsxWriter } from "../sheets/xlsx-writer.ts";
import type { AppDeps } from "./deps.ts";
import { columns, type ExportRequest, exportScope, figure } from "./export-common.ts";
import type { Snapshot } from "./ledger-cache.ts";

/** Reports read per query: large enough to keep round trips few, small enough to keep memory flat. */
const PAGE = 2000;

export interface ReportExportRequest extends ExportRequest {
  /** First and last day, both included, in the deployment's zone. */
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly format: "xlsx" | "csv";
}

/**
 * Every report sent between `from` 00:00 and the end of `to` (local days) within the unit's
 * subtree, one row each, oldest first: when, where, which task, its state, its figures and running
 * total, who sent it, and its words with phone and ID-card numbers masked. Written as it is read,
 * a page at a time: two hundred thousand reports take the memory of a few thousand.
 */
/** What an export of reports covers: the units (null: the whole ledger) and the instants. */
function selection(
  deps: AppDeps,
  snapshot: Snapshot,
  request: Pick<ReportExportRequest, "unitId" | "from" | "to">,
) {
  const scope = exportScope(snapshot, request.unitId);
  const isRoot = snapshot.unitsById.get(scope)?.parentId === null;
  return {
    // The whole ledger includes reports not yet placed; a unit's export, those filed within it.
    unitIds: isRoot ? null : snapshot.tree.descendants(scope),
    from: deps.zone.instantAt(request.from, "00:00"),
    to: deps.zone.instantAt(addDays(request.to, 1), "00:00"),
  };
}

/** How many reports an export would hold: the chat sends a document of a bounded size. */
export async function reportsToExport(
  deps: AppDeps,
  request: Pick<ReportExportRequest, "unitId" | "from" | "to">,
): Promise<number> {
  return deps.repos.reportExport.count(selection(deps, await deps.ledger.snapshot(), request));
}

export async function exportReports(
  deps: AppDeps,
  request: ReportExportRequest,
): Promise<{ reports: number }> {
  const { locale } = request;
  const t = (key: string, args?: Record<string, string | number>) => translate(locale, key, args);
  const snapshot = await deps.ledger.snapshot();
  const { unitIds, from, to } = selection(deps, snapshot, request);
  const people = await deps.repos.reportExport.personNames();
  const states = new Map(
    ["pending", "filed", "confirmed", "corrected", "withdrawn"].map((s) => [s, t(`state-${s}`)]),
  );
  const kinds = new Map<string, string>();
  const kindWord = (kind: string) => {
    let word = kinds.get(kind);
    if (word === undefined) {
      word = ["increment", "cumulative", "target"].includes(kind) ? t(`kind-${kind}`) : t("kind-unspecified");
      kinds.set(kind, word);
    }
    return word;
  };
  const redacted = t("export-redacted");

  const rowOf = (r: ExportedReport): Cell[] => {
    const task = r.taskId ? snapshot.tasksById.get(r.taskId) : undefined;
    const main = r.quantities[0];
    return [
      deps.zone.localMinute(r.sentAt),
      r.unitId ? snapshot.tree.reference(r.unitId) : null,
      task?.name ?? null,
      states.get(r.state) ?? r.state,
      main ? figure(main.value) : null,
      main?.unit ?? null,
      r.quantities
        .map((q) => t("export-quantity", { kind: kindWord(q.kind), value: figure(q.value), unit: q.unit }))
        .join("；") || null,
      r.runningTotal === null ? null : figure(r.runningTotal),
      r.personId ? (people.get(r.personId) ?? null) : null,
      r.redacted ? redacted : maskPersonalNumbers(r.rawText),
      issuesOf(r.parsed),
    ];
  };

  const header = columns(locale, [
    ["time", 17],
    ["reporting-unit", 16],
    ["report-task", 24],
    ["state", 9],
    ["value", 9],
    ["report-measure", 8],
    ["quantities", 24],
    ["running-total", 10],
    ["sender", 12],
    ["raw", 60],
    ["issues", 30],
  ]);
  let sink: TableSink;
  let finish: () => Promise<void>;
  if (request.format === "csv") {
    const csv = new CsvWriter(request.out);
    await csv.row(header.map((c) => c.header));
    sink = csv;
    finish = () => csv.finish();
  } else {
    const workbook = await XlsxWriter.open(request.out);
    sink = workbook.sheet({ name: t("export-sheet-reports"), columns: header });
    finish = () => workbook.finish();
  }

  let count = 0;
  let after: ExportCursor | null = null;
  for (;;) {
    const page = await deps.repos.reportExport.page({ from, to, after, unitIds, size: PAGE });
    for (const r of page) await sink.row(rowOf(r));
    count += page.length;
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = { sentAt: last.sentAt, id: last.id };
  }
  await finish();
  return { reports: count };
}

/** Only the problems of the parser's reading: a reading of an older parser version still has them. */
const issuesSchema = z.object({ issues: z.array(z.string()) });

/** The problems a report raised, masked; most reports raise none and are not parsed again. */
function issuesOf(parsed: string | null): string | null {
  if (!parsed?.includes('"issues":["')) return null;
  const reading = issuesSchema.safeParse(JSON.parse(parsed));
  const issues = reading.success ? reading.data.issues : [];
  return issues.length > 0 ? issues.map(maskPersonalNumbers).join("；") : null;
}
