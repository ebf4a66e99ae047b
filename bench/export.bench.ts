// Exporting 200 000 reports (decisions.md, Interfaces: export reports --from --to --out FILE.xlsx|.csv)
// from a seeded county (15 townships, 200 villages, 300 tasks). Each format is written twice:
// through the app function in this process, and by the real command line in a child process, whose
// peak resident memory is the figure the bar is about (this process holds the seeding's
// garbage). Bar: each under 10 s, resident memory under 300 MB. Prints figures.
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openApp } from "../src/app/index.ts";
import { exportReports } from "../src/app/report-export.ts";
import { seedCounty } from "./seed-county.ts";

const REPORTS = 200_000;
const dir = mkdtempSync(join(tmpdir(), "taizhang-export-"));
const url = process.argv[2] ?? `file:${join(dir, "export.db")}`;
const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
console.log(`database: ${url}`);

const app = await openApp({ databaseUrl: url });
// A database named on the command line that holds the reports already is reused: seeding takes a while.
if ((await app.db.prisma.report.count()) < REPORTS) {
  const county = await seedCounty(
    app.deps,
    app.db.prisma,
    { townships: 15, villages: 200, reports: REPORTS },
    (n) =>
      n % 50 === 0
        ? `第${n % 200}村 高标准农田 本周新增12亩，累计${n % 1000}亩。问题：资金未到位，请联系13912345678, "尽快"`
        : `高标准农田建设 本周新增12亩，累计完成${n % 1000}亩，进展顺利`,
  );
  console.log(
    `seeded ${REPORTS} reports in ${county.seconds.toFixed(1)} s, settled in ${county.settleSeconds.toFixed(1)} s`,
  );
}
global.gc?.();
console.log(`this process idle after seeding: resident memory ${mb(process.memoryUsage().rss)} MB`);

/** Peak resident memory of this process while `work` runs, sampled every 50 ms. */
async function sampled<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: string }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  const result = await work();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, seconds, peakMb: mb(peak) };
}

const range = { from: "2024-01-01", to: "2024-06-30" } as const;
for (const format of ["xlsx", "csv"] as const) {
  const file = join(dir, `in-process.${format}`);
  const run = await sampled(async () => {
    const out = createWriteStream(file);
    const done = await exportReports(app.deps, { out, locale: "zh-CN", unitId: null, format, ...range });
    await new Promise<void>((resolve) => (out.closed ? resolve() : out.once("close", () => resolve())));
    return done;
  });
  console.log(
    `in process, ${format}: ${run.result.reports} reports in ${run.seconds.toFixed(2)} s, ${mb(statSync(file).size)} MB file, peak resident memory of this process ${run.peakMb} MB (bar < 10 s)`,
  );
}
await app.close();

const bin = fileURLToPath(new URL("../bin/taizhang.mjs", import.meta.url));

/** A process and everything it started, from /proc (the CLI runs exports in a child with heap limits). */
function treeOf(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    return [pid, ...children.flatMap((c) => treeOf(Number(c)))];
  } catch {
    return [];
  }
}

const residentKb = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

// `node bin/taizhang.mjs export …` exactly as a person runs it: the bin gives exports the bot's own
// heap limits (npm start's), in a child process; the figure is the peak of the whole tree.
for (const format of ["xlsx", "csv"] as const) {
  const file = join(dir, `cli.${format}`);
  const args = [bin, "export", "reports", "--from", range.from, "--to", range.to, "--out", file];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let said = "";
  child.stdout.on("data", (chunk) => {
    said += chunk;
  });
  let peakKb = 0;
  const timer = setInterval(() => {
    const pids = child.pid ? treeOf(child.pid) : [];
    peakKb = Math.max(
      peakKb,
      pids.reduce((sum, pid) => sum + residentKb(pid), 0),
    );
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `command line, ${format} (exit ${code}): ${seconds.toFixed(2)} s including start-up, ${mb(statSync(file).size)} MB file, peak resident memory of the CLI's processes ${(peakKb / 1024).toFixed(0)} MB (bars < 10 s, < 300 MB) — ${said.trim()}`,
  );
}
