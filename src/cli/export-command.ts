import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { type AppDeps, findUnitFor, openApp, operator } from "../app/index.ts";
import { exportLedger } from "../app/ledger-export.ts";
import { exportReports } from "../app/report-export.ts";
import { exportTasks, exportUnits } from "../app/task-export.ts";
import { loadConfig } from "../config.ts";
import { parseLocalDate } from "../domain/ledger/index.ts";
import { type Locale, locales, translate } from "../i18n.ts";

const common = "[--unit NAME] [--lang zh-CN|en]";

export const exportUsage = `usage: taizhang export ledger --out FILE.xlsx ${common} [--at ISO]
       taizhang export reports --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|FILE.csv ${common}

ledger   the ledger as a workbook for printing: one row per task (target, current value, percent,
         change this week, last report and who sent it, flag), the week's open problems, and the
         units that have not reported this week. Figures stand at --at (default: now, or TAIZHANG_NOW).
reports  every report sent from --from 00:00 to the end of --to (days in TZ_REPORTS), one a row;
         .csv is UTF-8 with a BOM, so Excel opens Chinese.

--unit NAME exports that unit's part of the ledger only (金塔镇, or 金塔镇/团结村 where names repeat);
the default is the whole ledger. Phone and ID-card numbers are masked. See also "taizhang unit
export" and "taizhang task export", which write the import format.`;

export const unitExportUsage = `usage: taizhang unit export --out FILE.xlsx ${common}

Writes the unit tree (单位名称, 上级单位, 类型), parents before children, as "taizhang unit import" reads it.`;

export const taskExportUsage = `usage: taizhang task export --out FILE.xlsx ${common}

Writes the tasks (sheet 任务) and their split per unit (sheet 任务分解) as "taizhang task import" reads them.`;

export const reportExportUsage = `usage: taizhang report export --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|FILE.csv ${common}

The same as "taizhang export reports".`;

const options = {
  out: { type: "string" },
  unit: { type: "string" },
  lang: { type: "string" },
  at: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `taizhang export ledger|reports …` */
export async function runExport(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what === "ledger") return exportCommand("ledger", rest, exportUsage);
  if (what === "reports") return exportCommand("reports", rest, exportUsage);
  say(exportUsage);
  return what === "--help" || what === "-h" ? 0 : 2;
}

/** `taizhang unit export …`, `task export …`, `report export …`: args after the word "export". */
export const runUnitExport = (args: string[]) => exportCommand("units", args, unitExportUsage);
export const runTaskExport = (args: string[]) => exportCommand("tasks", args, taskExportUsage);
export const runReportExport = (args: string[]) => exportCommand("reports", args, reportExportUsage);

/** `taizhang report …`: reports have one subcommand so far. */
export async function runReport(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "export") return runReportExport(rest);
  say(reportExportUsage);
  return sub === "--help" || sub === "-h" ? 0 : 2;
}

type What = "ledger" | "reports" | "units" | "tasks";

async function exportCommand(what: What, args: string[], usage: string): Promise<number> {
  const { values } = parseArgs({ args, options });
  const format = extname(values.out ?? "")
    .toLowerCase()
    .slice(1);
  const formats = what === "reports" ? ["xlsx", "csv"] : ["xlsx"];
  const needsRange = what === "reports";
  if (
    values.help ||
    !values.out ||
    !formats.includes(format) ||
    (needsRange && (!values.from || !values.to))
  ) {
    say(usage);
    return values.help ? 0 : 2;
  }
  const locale = (values.lang ?? "zh-CN") as Locale;
  if (!locales.includes(locale)) throw new Error(`--lang is one of ${locales.join(", ")}`);
  const from = needsRange ? parseLocalDate(values.from ?? "") : null;
  const to = needsRange ? parseLocalDate(values.to ?? "") : null;
  if (needsRange && (!from || !to)) throw new Error("--from and --to are days: YYYY-MM-DD");
  if (from && to && from > to) throw new Error("--from is after --to");
  const config = loadConfig();
  const at = new Date(values.at ?? config.TAIZHANG_NOW ?? Date.now());
  if (Number.isNaN(at.getTime())) throw new Error(`--at is not a date: ${values.at}`);
  const target = values.out;

  const app = await openApp({ databaseUrl: config.DATABASE_URL, timeZone: config.TZ_REPORTS, now: () => at });
  // Written beside the target and renamed at the end: a failed export leaves no half-written file.
  const partial = `${target}.partial`;
  try {
    const { deps } = app;
    const unitId = values.unit ? await unitNamed(deps, values.unit) : null;
    const out = createWriteStream(partial);
    const request = { out, locale, unitId };
    const t = (key: string, args: Record<string, string | number>) =>
      translate(locale, key, { file: target, ...args });
    let summary: string;
    if (what === "ledger") {
      const done = await exportLedger(deps, { ...request, at });
      summary = t("cli-export-ledger", { ...done, at: done.asOfLocal });
    } else if (what === "reports" && from && to) {
      const done = await exportReports(deps, { ...request, from, to, format: format as "xlsx" | "csv" });
      summary = t("cli-export-reports", { reports: done.reports, from, to });
    } else if (what === "tasks") {
      summary = t("cli-export-tasks", { ...(await exportTasks(deps, request)) });
    } else {
      summary = t("cli-export-units", { ...(await exportUnits(deps, request)) });
    }
    await new Promise<void>((resolve, reject) => {
      if (out.closed) resolve();
      else out.once("close", resolve).once("error", reject);
    });
    await rename(partial, target);
    say(summary);
    return 0;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await app.close();
  }
}

/** A unit by name as an admin types it: 金塔镇, or a path 金塔镇/团结村 where the name repeats. */
async function unitNamed(deps: AppDeps, name: string): Promise<string> {
  const snapshot = await deps.ledger.snapshot();
  const root = snapshot.units.find((u) => u.parentId === null);
  if (root && name.includes("/")) {
    const found = snapshot.tree.resolvePlacePath(name.split("/"), root.id);
    if (found.ok) return found.unitId;
    throw new Error(`unit "${name}": ${found.reason === "ambiguous" ? "ambiguous-unit" : "unknown-unit"}`);
  }
  const found = await findUnitFor(deps, await operator(deps), name);
  if (!found.ok) throw new Error(`unit "${name}": ${found.reason}`);
  return found.unitId;
}
