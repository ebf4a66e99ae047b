import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * The databases a test runs on: SQLite always; PostgreSQL when one answers at
 * TAIZHANG_TEST_PG_URL (default: the CI machine's 127.0.0.1:5432, database test). Each test gets
 * a database of its own, dropped afterwards.
 */
export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export interface DatabaseKind {
  readonly name: "sqlite" | "postgres";
  readonly available: boolean;
  create(): Promise<TestDatabase>;
}

const PG_URL = process.env.TAIZHANG_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let counter = 0;

/** A new, empty database on the PostgreSQL server `adminUrl` names; `drop` removes it. */
export async function createPostgresDatabase(prefix: string, adminUrl = PG_URL): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now()}_${counter++}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function databaseKinds(): Promise<DatabaseKind[]> {
  const pgUp = await postgresAnswers();
  if (!pgUp) process.stderr.write(`PostgreSQL not reachable at ${PG_URL}: its tests are skipped\n`);
  return [
    {
      name: "sqlite",
      available: true,
      async create() {
        const dir = mkdtempSync(join(tmpdir(), "taizhang-"));
        return {
          url: `file:${join(dir, "test.db")}`,
          drop: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
    {
      name: "postgres",
      available: pgUp,
      create: () => createPostgresDatabase("taizhang_test"),
    },
  ];
}
