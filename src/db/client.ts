import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { migrate, type Provider, providerOf, sqliteFile } from "./migrate.ts";
import { serializedSqlite } from "./sqlite-serialized.ts";

/**
 * Both generated clients come from one schema, so they share one shape; the repositories are
 * written against the SQLite client's types and run on either.
 */
export type Prisma = SqliteClient;

export interface Database {
  readonly prisma: Prisma;
  readonly provider: Provider;
  /** Whether the database answers (/readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Opens the database that `url` names, applying pending migrations first. */
export async function openDatabase(url: string, options: { migrate?: boolean } = {}): Promise<Database> {
  const provider = providerOf(url);
  if (provider === "sqlite") mkdirSync(dirname(sqliteFile(url)), { recursive: true });
  if (options.migrate !== false) await migrate(url);
  // Only the client in use is loaded: each brings its own query compiler, tens of megabytes.
  const prisma =
    provider === "postgres"
      ? (new (await import("./generated/postgres/client.ts")).PrismaClient({
          // No JIT: PostgreSQL compiles every query its planner thinks large (a province's digest
          // reads 100 000 assignments) for about a second, more than it saves; the bot's queries are
          // all index seeks. A URL's own options=… still wins (the connection string overrides this).
          adapter: new PrismaPg({ connectionString: url, options: "-c jit=off" }),
        }) as unknown as Prisma)
      : new (await import("./generated/sqlite/client.ts")).PrismaClient({
          adapter: serializedSqlite(new PrismaBetterSQLite3({ url: sqliteFile(url), timeout: 10_000 })),
        });
  await prisma.$connect();
  const ping = async () => {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  };
  return { prisma, provider, ping, close: () => prisma.$disconnect() };
}
