// Import of a county ledger of 10 000 tasks (and the unit tree of 15 townships × 13 villages) from
// .xlsx into a fresh database, through the same use case as `taizhang import`: the dry run, the
// import, and a re-import of the same file. Prints seconds and peak RSS. Bar: import < 5 s.
// Usage: npm run bench:import [-- DATABASE_URL]   (default: a fresh SQLite file)
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importLedger, openApp, operator } from "../src/app/index.ts";
import { countyLedgerWorkbook } from "./ledger-workbook.ts";

const TASKS = 10_000;
const dir = mkdtempSync(join(tmpdir(), "taizhang-import-"));
const url = process.argv[2] ?? `file:${join(dir, "import.db")}`;
const file = join(dir, "ledger.xlsx");

let t0 = performance.now();
await countyLedgerWorkbook({ tasks: TASKS, splitTasks: 1000 }).xlsx.writeFile(file);
const bytes = readFileSync(file);
console.log(
  `workbook: ${TASKS} tasks, 1 county, 15 townships, 195 villages, 2000 split rows; ${(bytes.length / 1024).toFixed(0)} KB, written in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
);
console.log(`database: ${url.startsWith("file:") ? "SQLite" : "PostgreSQL"} ${url}`);

const app = await openApp({ databaseUrl: url, now: () => new Date("2026-03-01T09:00:00+08:00") });
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
const mb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
try {
  for (const [label, dryRun] of [
    ["dry run", true],
    ["import", false],
    ["re-import of the same file", false],
  ] as const) {
    t0 = performance.now();
    const outcome = await importLedger(
      app.deps,
      await operator(app.deps),
      { name: "ledger.xlsx", bytes },
      { dryRun },
    );
    if (!outcome.ok) throw new Error(`rejected: ${JSON.stringify(outcome.problems.slice(0, 5))}`);
    const { units, tasks, assignments } = outcome.counts;
    console.log(
      `${label}: ${seconds(t0)} s (bar < 5 s for the import); units +${units.created} ~${units.updated} =${units.unchanged}, tasks +${tasks.created} ~${tasks.updated} =${tasks.unchanged}, splits +${assignments.created} ~${assignments.updated} =${assignments.unchanged}; written: ${outcome.applied}; peak RSS ${mb()} MB`,
    );
  }
} finally {
  await app.close();
}
