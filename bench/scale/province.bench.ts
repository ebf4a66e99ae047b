// A weekly digest for a province on PostgreSQL (issue 6 bar: under 5 s): 50 counties, 1 000
// townships, 10 000 villages, 5 000 tasks, 100 000 assignments and PROVINCE_REPORTS reports
// (default 5 000 000) generated in the database (province-seed.ts), then buildDigest for the
// province root (figures and content), its text and its chart, three times. Prints figures.
import { prepareDigestCharts, renderDigestChart } from "../../src/app/digest-chart.ts";
import { digestText } from "../../src/app/digest-text.ts";
import { addRootUnit, buildDigest, openApp } from "../../src/app/index.ts";
import { translate } from "../../src/i18n.ts";
import { createDatabase, query } from "./postgres.ts";
import { ASSIGNMENTS, seedProvince } from "./province-seed.ts";

const REPORTS = Number(process.env.PROVINCE_REPORTS ?? 5_000_000);
// PROVINCE_KEEP=1 keeps the database (its URL is printed); PROVINCE_URL runs on a kept one again.
const kept = process.env.PROVINCE_URL;
const database = kept
  ? { url: kept, drop: async () => undefined }
  : await createDatabase("taizhang_province");
try {
  let t0 = performance.now();
  if (!kept) {
    const seeding = await openApp({ databaseUrl: database.url });
    const root = await addRootUnit(seeding.deps, "某省", "province");
    await seeding.close();
    await seedProvince(database.url, root.id, REPORTS);
  }
  const [root] = await query<{ id: string }>(database.url, `SELECT id FROM "Unit" WHERE "parentId" IS NULL`);
  if (!root) throw new Error("no province in the database");
  const [counted] = await query<{ reports: string; size: string }>(
    database.url,
    `SELECT (SELECT count(*) FROM "Report") AS reports, pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  console.log(
    `seeded ${Number(counted?.reports).toLocaleString("en")} reports (${Math.floor(Number(counted?.reports) / ASSIGNMENTS)} per assignment) over 10 000 villages and 5 000 tasks${kept ? " (kept from before)" : ` in ${((performance.now() - t0) / 1000).toFixed(0)} s`}; database ${counted?.size}`,
  );

  t0 = performance.now();
  const app = await openApp({ databaseUrl: database.url });
  const { deps } = app;
  await deps.ledger.snapshot();
  console.log(
    `opened (nothing left to settle) and read the ledger's tree and tasks in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  const t = (key: string, a?: Record<string, string | number>) => translate("zh-CN", key, a);
  const at = new Date("2026-11-27T17:00:00+08:00");
  await prepareDigestCharts(deps);
  for (const label of ["first", "second", "third"]) {
    t0 = performance.now();
    const digest = await buildDigest(deps, root.id, "weekly", at);
    const tFigures = performance.now() - t0;
    const text = digestText(digest, t);
    const png = await renderDigestChart(digest, t);
    const total = performance.now() - t0;
    console.log(
      `province digest, ${label}: ${(total / 1000).toFixed(2)} s in all (buildDigest ${(tFigures / 1000).toFixed(2)} s; ${digest.content.lines.filter((l) => l.total > 0).length} tasks with figures, ${digest.content.silentUnits.length} silent units, ${digest.content.problems.length} problems; text ${text.length} chars, chart ${(png.length / 1024).toFixed(0)} KB) (bar < 5 s)`,
    );
  }
  console.log(`resident memory ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  await app.close();
} finally {
  if (process.env.PROVINCE_KEEP) console.log(`kept: PROVINCE_URL=${database.url}`);
  else await database.drop();
}
