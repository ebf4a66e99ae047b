// A weekly digest for a seeded county (15 townships, 200 villages, 300 tasks, 100 000 reports):
// the figures read in the database, the content, the text and the chart. Prints figures.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareDigestCharts, renderDigestChart } from "../src/app/digest-chart.ts";
import { digestText } from "../src/app/digest-text.ts";
import { buildDigest, openApp } from "../src/app/index.ts";
import { translate } from "../src/i18n.ts";
import { seedCounty } from "./seed-county.ts";

const url = process.argv[2] ?? `file:${join(mkdtempSync(join(tmpdir(), "taizhang-digest-")), "digest.db")}`;
console.log(`database: ${url}`);

const app = await openApp({ databaseUrl: url });
const { deps } = app;
const county = await seedCounty(deps, app.db.prisma);
console.log(
  `seeded 15 townships, 200 villages, ${county.tasks} tasks, 100000 reports in ${county.seconds.toFixed(1)} s (${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}); running totals of rows written around the app settled in ${county.settleSeconds.toFixed(1)} s`,
);

const t = (key: string, a?: Record<string, string | number>) => translate("zh-CN", key, a);
const at = new Date("2024-06-14T17:00:00+08:00");
await deps.ledger.snapshot();
// What the scheduler does at start, before its first digest.
let t0 = performance.now();
const glyphs = await prepareDigestCharts(deps);
console.log(`chart glyphs prepared at start: ${glyphs} in ${(performance.now() - t0).toFixed(0)} ms`);
for (const label of ["first after start", "second", "third"]) {
  t0 = performance.now();
  const digest = await buildDigest(deps, county.rootId, "weekly", at);
  const tFigures = performance.now() - t0;
  const text = digestText(digest, t);
  const png = await renderDigestChart(digest, t);
  const total = performance.now() - t0;
  const moved = digest.content.lines.filter((line) => line.total > 0).length;
  console.log(
    `digest ${label}: ${total.toFixed(0)} ms in all (figures and content ${tFigures.toFixed(0)} ms, ${moved} tasks with figures, text ${text.length} chars, chart ${(png.length / 1024).toFixed(0)} KB) (bar < 500 ms)`,
  );
}
console.log(`resident memory ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
await app.close();
