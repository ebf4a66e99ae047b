import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { backupDatabase, restoreDatabase } from "../db/backup.ts";
import { pickLocale, translate } from "../i18n.ts";

export const backupUsage = `usage: taizhang backup --out FILE [--lang zh-CN|en]

Writes an online, consistent copy of the database DATABASE_URL names, while the bot runs.
SQLite: a database file (SQLite's backup API). PostgreSQL: a pg_dump custom-format archive.`;

export const restoreUsage = `usage: taizhang restore FILE [--lang zh-CN|en]

Puts a backup made by "taizhang backup" in place of the database DATABASE_URL names, then applies
newer migrations. Stop the bot first.`;

export async function runBackup(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: "string" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || !values.out) {
    process.stdout.write(`${backupUsage}\n`);
    return values.help ? 0 : 2;
  }
  const { bytes } = await backupDatabase(loadConfig().DATABASE_URL, values.out);
  const locale = pickLocale(values.lang);
  process.stdout.write(`${translate(locale, "cli-backup-done", { file: values.out, bytes })}\n`);
  return 0;
}

export async function runRestore(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [file] = positionals;
  if (values.help || !file) {
    process.stdout.write(`${restoreUsage}\n`);
    return values.help ? 0 : 2;
  }
  await restoreDatabase(loadConfig().DATABASE_URL, file);
  const locale = pickLocale(values.lang);
  process.stdout.write(`${translate(locale, "cli-restore-done", { file })}\n`);
  return 0;
}
