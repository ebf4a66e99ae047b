import { execFile } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { migrate, providerOf, sqliteFile } from "./migrate.ts";

const run = promisify(execFile);

/**
 * An online, consistent copy of the database while the bot keeps running. SQLite: its own backup
 * API, which copies pages under a read transaction, so the copy is one moment of the database even
 * while reports are being written. PostgreSQL: `pg_dump` in its custom format, which reads
 * everything in one snapshot; it must be of the server's major version or newer.
 */
export async function backupDatabase(url: string, outFile: string): Promise<{ bytes: number }> {
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  if (providerOf(url) === "postgres") {
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${outFile}`, `--dbname=${url}`]);
  } else {
    const db = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
    try {
      await db.backup(outFile);
    } finally {
      db.close();
    }
  }
  return { bytes: statSync(outFile).size };
}

/**
 * Puts a backup back in place of the database `url` names, then applies any migration newer than
 * the backup. The bot must be stopped first: a running process would keep writing to what it had
 * open. PostgreSQL: `pg_restore --clean` drops and recreates what the backup holds.
 */
export async function restoreDatabase(url: string, backupFile: string): Promise<void> {
  if (!existsSync(backupFile)) throw new Error(`no such backup file: ${backupFile}`);
  if (providerOf(url) === "postgres") {
    await run("pg_restore", [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--single-transaction",
      `--dbname=${url}`,
      backupFile,
    ]);
  } else {
    const target = sqliteFile(url);
    mkdirSync(dirname(resolve(target)), { recursive: true });
    const source = new Database(backupFile, { readonly: true, fileMustExist: true });
    try {
      // Fails on a file that is not a SQLite database, before the target is touched.
      source.prepare("SELECT count(*) FROM sqlite_master").get();
      await source.backup(target);
    } finally {
      source.close();
    }
  }
  await migrate(url);
}
