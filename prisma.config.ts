// Prisma's CLI (generate, migrate diff) with the JavaScript engine: no engine binary to download.
// The schema variant comes from --schema; the adapter follows DATABASE_URL.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./data/taizhang.db";

export default defineConfig({
  // The CLI reads the engine type from a schema before it runs any command; without one it
  // falls back to downloading a query engine.
  schema: url.startsWith("postgres") ? "prisma/postgres/schema.prisma" : "prisma/sqlite/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () =>
    url.startsWith("postgres") ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url }),
});
