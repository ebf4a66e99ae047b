// Generates both Prisma clients (SQLite and PostgreSQL) from the committed schema variants.
// Runs at `npm install` (postinstall) so that a fresh clone needs nothing else.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

mkdirSync("data", { recursive: true });
const prisma = ["node_modules/prisma/build/index.js", "generate"];
// The CLI resolves env("DATABASE_URL") even to generate; any well-formed URL of the provider does.
const variants = [
  ["prisma/sqlite/schema.prisma", "file:./data/generate.db"],
  ["prisma/postgres/schema.prisma", "postgresql://localhost/generate"],
];
for (const [schema, url] of variants) {
  execFileSync(process.execPath, [...prisma, "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
