import type { Flag } from "../domain/ledger/index.ts";
import { translate } from "../i18n.ts";
import { XlsxWriter } from "../sheets/xlsx-writer.ts";
import { currentDigest } from "./answer-digest.ts";
import type { AppDeps } from "./deps.ts";
import { silentUnitsOf } from "./digest-scope.ts";
import { columns, type ExportRequest, exportScope, FORMAT, figure, kindLabel } from "./export-common.ts";
import type { Snapshot } from "./ledger-cache.ts";

/** A flag's cell is filled in its colour, so that a printed ledger reads at a glance. */
const FLAG_FILL: Record<Flag, string> = { red: "FFFF9999", yellow: "FFFFE699", blue: "FF9DC3E6" };
const TOWNSHIP_KINDS = new Set(["township", "乡", "镇", "乡镇", "街道"]);

export interface LedgerExport {
  readonly unitName: string;
  /** The instant the figures stand at, as a local time (2026-11-30 17:00). */
  readonly asOfLocal: string;
  readonly tasks: number;
  readonly problems: number;
  readonly silent: number;
}

/**
 * The ledger of a unit's subtree as a workbook for the office and for printing: one row per task
 * as this week's digest counts it (total, percent, change since Monday, flag), with its latest
 * report and who sent it; the week's open problems; the units that have not reported this week.
 * The figures are the digest's own, so the sheet and the chat never disagree.
 */
export async function exportLedger(
  deps: AppDeps,
  request: ExportRequest & { readonly at: Date },
): Promise<LedgerExport> {
  const { locale, at } = request;
  const t = (key: string, args?: Record<string, string | number>) => translate(locale, key, args);
  const snapshot = await deps.ledger.snapshot();
  const scope = exportScope(snapshot, request.unitId);
  const within = (id: string) => snapshot.tree.isWithin(id, scope);
  const digest = await currentDigest(deps, scope, "weekly", at);
  const weekStart = deps.zone.instantAt(digest.period.from, "00:00");
  const [lastReports, people, heard] = await Promise.all([
    deps.repos.reportExport.lastCounted(digest.asOf),
    deps.repos.reportExport.personNames(),
    deps.repos.figures.unitsHeardFrom(weekStart, digest.asOf),
  ]);
  const latest = new Map<string, { sentAt: Date; personId: string | null }>();
  for (const r of lastReports) {
    if (!within(r.unitId)) continue;
    const seen = latest.get(r.taskId);
    if (!seen || r.sentAt > seen.sentAt) latest.set(r.taskId, r);
  }

  const workbook = await XlsxWriter.open(request.out);
  const ledger = workbook.sheet({
    name: t("export-sheet-ledger"),
    title: t("export-title-ledger", { unit: digest.unitName, date: deps.zone.localDay(digest.asOf) }),
    columns: columns(locale, [
      ["code", 10],
      ["task", 28],
      ["owner", 16],
      ["lead", 10],
      ["target", 10],
      ["measure", 8],
      ["deadline", 12],
      ["current", 10],
      ["percent", 9, FORMAT.percent],
      ["week-change", 10],
      ["last-report", 17],
      ["sender", 12],
      ["flag", 7],
    ]),
  });
  const lines = [...digest.content.lines].sort((a, b) =>
    byCode(snapshot.tasksById.get(a.taskId)?.code, snapshot.tasksById.get(b.taskId)?.code),
  );
  for (const line of lines) {
    const task = snapshot.tasksById.get(line.taskId);
    const last = latest.get(line.taskId);
    ledger.row(
      [
        task?.code ?? null,
        line.name,
        task ? snapshot.tree.reference(task.ownerUnitId) : null,
        task?.lead ?? null,
        line.target === null ? null : figure(line.target),
        line.measure,
        task?.deadline ?? null,
        figure(line.total),
        // A fraction for Excel's 0.0% format, to a hundredth of a percent: no float noise in the cell.
        line.percent === null ? null : Math.round(line.percent * 100) / 10_000,
        figure(line.change),
        last ? deps.zone.localMinute(last.sentAt) : null,
        last?.personId ? (people.get(last.personId) ?? null) : null,
        line.flag ? t(`export-flag-${line.flag}`) : null,
      ],
      line.flag ? { fills: new Map([[12, FLAG_FILL[line.flag]]]) } : undefined,
    );
  }

  const range = { unit: digest.unitName, from: digest.period.from, to: deps.zone.localDay(digest.asOf) };
  const problems = workbook.sheet({
    name: t("export-sheet-problems"),
    title: t("export-title-problems", range),
    columns: columns(locale, [
      ["task", 28],
      ["reporting-unit", 16],
      ["problem", 48],
      ["first-date", 12],
      ["count", 7, FORMAT.count],
    ]),
  });
  // The digest's problems, already masked (phone and ID-card numbers) and counted.
  for (const p of digest.content.problems) {
    problems.row([p.taskName || null, p.unitName, p.text, p.firstAt, p.count]);
  }

  const silentSheet = workbook.sheet({
    name: t("export-sheet-silent"),
    title: t("export-title-silent", range),
    columns: columns(locale, [
      ["township", 16],
      ["reporting-unit", 20],
      ["kind", 10],
    ]),
  });
  const silent = silentRows(snapshot, silentUnitsOf(snapshot, scope, heard));
  for (const s of silent) silentSheet.row([s.township, s.unit, kindLabel(locale, s.kind)]);

  await workbook.finish();
  return {
    unitName: digest.unitName,
    asOfLocal: digest.asOfLocal,
    tasks: lines.length,
    problems: digest.content.problems.length,
    silent: silent.length,
  };
}

/** Silent units under their township, townships in tree order; departments after, as the digest lists them apart. */
function silentRows(snapshot: Snapshot, ids: readonly string[]) {
  const order = new Map(snapshot.units.map((u, i) => [u.id, i]));
  const townshipOf = (id: string) =>
    [id, ...snapshot.tree.ancestors(id)].find((a) =>
      TOWNSHIP_KINDS.has(snapshot.unitsById.get(a)?.kind ?? ""),
    );
  return ids
    .map((id) => {
      const township = townshipOf(id);
      const kind = snapshot.unitsById.get(id)?.kind ?? "";
      return {
        township: township ? snapshot.tree.reference(township) : null,
        unit: snapshot.tree.reference(id),
        kind,
        rank: [kind === "department" ? 1 : 0, order.get(township ?? "") ?? -1, order.get(id) ?? 0] as const,
      };
    })
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
}

/** Ledger codes in their natural order (2 before 10); tasks without one after. */
function byCode(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return a.localeCompare(b, "zh-CN", { numeric: true });
}
