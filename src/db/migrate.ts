import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { projectPath } from "../paths.ts";

/**
 * Applies the committed migration SQL (prisma/<provider>/migrations/*) that a database has not
 * seen yet: one transaction and one lock per run, and a table of what was applied. Our own,
 * because `prisma migrate deploy` cannot run through the PostgreSQL driver adapter.
 */
export type Provider = "sqlite" | "postgres";

const LEDGER_TABLE = "_taizhang_migrations";
/** Any number; every instance uses it to serialise migrations on PostgreSQL. */
const PG_LOCK_KEY = 727_148_213;

export function providerOf(url: string): Provider {
  return /^postgres(ql)?:/.test(url) ? "postgres" : "sqlite";
}

export function sqliteFile(url: string): string {
  return url.replace(/^file:/, "");
}

interface Migration {
  readonly name: string;
  readonly sql: string;
}

function migrationsOf(provider: Provider): Migration[] {
  const dir = projectPath("prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name, "migration.sql"), "utf8") }));
}

/** Returns the names of the migrations applied by this run. */
export async function migrate(url: string): Promise<string[]> {
  return providerOf(url) === "postgres" ? migratePostgres(url) : migrateSqlite(url);
}

function migrateSqlite(url: string): string[] {
  const db = new Database(sqliteFile(url), { timeout: 10_000 });
  try {
    // WAL lets readers go on while a report is written; the setting stays with the file.
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS ${LEDGER_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
    const applied: string[] = [];
    const run = db.transaction(() => {
      const done = new Set(db.prepare(`SELECT name FROM ${LEDGER_TABLE}`).pluck().all() as string[]);
      for (const m of migrationsOf("sqlite")) {
        if (done.has(m.name)) continue;
        db.exec(m.sql);
        db.prepare(`INSERT INTO ${LEDGER_TABLE} (name, applied_at) VALUES (?, ?)`).run(
          m.name,
          new Date().toISOString(),
        );
        applied.push(m.name);
      }
    });
    run.immediate();
    return applied;
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [PG_LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${LEDGER_TABLE} (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`,
    );
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${LEDGER_TABLE}`);
    const done = new Set(rows.map((r) => r.name));
    const applied: string[] = [];
    for (const m of migrationsOf("postgres")) {
      if (done.has(m.name)) continue;
      await client.query(m.sql);
      await client.query(`INSERT INTO ${LEDGER_TABLE} (name, applied_at) VALUES ($1, now())`, [m.name]);
      applied.push(m.name);
    }
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
