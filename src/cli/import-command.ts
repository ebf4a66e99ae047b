import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { describeImport, importLedger, openApp, operator, renderImport } from "../app/index.ts";
import { loadConfig } from "../config.ts";
import type { ImportScope } from "../domain/ledger-sheets/index.ts";
import { defaultLocale, type Locale, locales, translate } from "../i18n.ts";

export const importUsage = `usage: taizhang import FILE [--dry-run] [--lang zh-CN|en]
       taizhang unit import FILE [--dry-run] [--lang zh-CN|en]
       taizhang task import FILE [--dry-run] [--lang zh-CN|en]

Takes a county's ledger from an .xlsx or .csv file: the unit tree (单位名称, 上级单位, 类型), tasks
(序号, 任务名称, 责任单位, 牵头领导, 目标值, 计量单位, 完成时限, 备注 …) and their split among units
(任务分解表: 任务名称, 责任单位 or 乡镇 + 村, 分解目标), told apart by their headers. "unit import"
accepts unit sheets only, "task import" task and split sheets only.

All or nothing: a file with any problem changes nothing, and every problem is listed by sheet, row
and column (exit status 1). Importing the same file again changes nothing.

  --dry-run   show what would change, write nothing
  --lang      language of the messages (default zh-CN)`;

export const runImport = (args: string[]) => importFile(args, undefined);
export const runUnitImport = (args: string[]) => importFile(args, "units");
export const runTaskImport = (args: string[]) => importFile(args, "tasks");

async function importFile(args: string[], only: ImportScope | undefined): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [path, ...extra] = positionals;
  if (values.help || path === undefined || extra.length > 0) {
    process.stdout.write(`${importUsage}\n`);
    return values.help ? 0 : 2;
  }
  const locale = (values.lang ?? defaultLocale) as Locale;
  if (!locales.includes(locale)) throw new Error(`--lang is one of ${locales.join(", ")}`);
  const bytes = readFileSync(path);
  const name = basename(path);
  const config = loadConfig();
  const app = await openApp({ databaseUrl: config.DATABASE_URL, timeZone: config.TZ_REPORTS });
  try {
    const outcome = await importLedger(
      app.deps,
      await operator(app.deps),
      { name, bytes },
      {
        dryRun: values["dry-run"] === true,
        only,
        // Whoever runs the command line runs the machine: its heap is not the bot's.
        maxBytes: Number.POSITIVE_INFINITY,
      },
    );
    const text = renderImport(describeImport(outcome, name), (key, args) => translate(locale, key, args));
    (outcome.ok ? process.stdout : process.stderr).write(`${text}\n`);
    return outcome.ok ? 0 : 1;
  } finally {
    await app.close();
  }
}
