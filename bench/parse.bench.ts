// Parse speed: throughput and latency over a 10 000-message mixed corpus with a 300-task ledger,
// and the time for long inputs. Prints figures; it is not a test.
import { readFileSync } from "node:fs";
import { parse, TaskIndex } from "../src/domain/parser/index.ts";
import { ledgerOf300 } from "./ledger-fixture.ts";

const fixtures = new URL("../test/fixtures/", import.meta.url);
const lines = (file: string) =>
  readFileSync(new URL(file, fixtures), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { input: { text: string; sentAt?: string } });

const cases = ["public.jsonl", "corpus-zh.jsonl", "corpus-en-mixed.jsonl"].flatMap(lines).map((c) => c.input);
const tasks = new TaskIndex(ledgerOf300(JSON.parse(readFileSync(new URL("tasks.json", fixtures), "utf8"))));

// 10 000 messages: the labelled ones, cycled with their figures changed so no two runs are identical.
const corpus: Array<{ text: string; sentAt: Date }> = [];
for (let i = 0; corpus.length < 10_000; i++) {
  const c = cases[i % cases.length] as { text: string; sentAt?: string };
  const text = i < cases.length ? c.text : c.text.replace(/\d+/, (d) => String(Number(d) + (i % 97)));
  corpus.push({ text, sentAt: new Date(c.sentAt ?? "2024-06-14T17:49:00+08:00") });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;

function run(label: string) {
  const times = new Float64Array(corpus.length);
  const t0 = performance.now();
  for (let i = 0; i < corpus.length; i++) {
    const m = corpus[i] as { text: string; sentAt: Date };
    const s = performance.now();
    parse(m.text, { sentAt: m.sentAt, tasks });
    times[i] = performance.now() - s;
  }
  const total = performance.now() - t0;
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label}: ${corpus.length} messages in ${total.toFixed(0)} ms → ${Math.round((corpus.length / total) * 1000)} msg/s; ` +
      `p50 ${(percentile(sorted, 0.5) * 1000).toFixed(0)} µs, p99 ${(percentile(sorted, 0.99) * 1000).toFixed(0)} µs, ` +
      `max ${(sorted[sorted.length - 1] as number).toFixed(2)} ms`,
  );
  return { perSecond: (corpus.length / total) * 1000, p99: percentile(sorted, 0.99) };
}

console.log(
  `parse bench: 10 000-message mixed corpus (${cases.length} distinct labelled messages), ${tasks.taskCount} tasks, one core`,
);
run("warm-up");
const results = [run("run 1"), run("run 2"), run("run 3")];
const best = results.reduce((a, b) => (a.perSecond > b.perSecond ? a : b));

function timeLong(label: string, text: string) {
  const runs: number[] = [];
  for (let k = 0; k < 5; k++) {
    const s = performance.now();
    parse(text, { sentAt: new Date(), tasks });
    runs.push(performance.now() - s);
  }
  runs.sort((a, b) => a - b);
  return `${label} ${(runs[2] as number).toFixed(2)} ms`;
}

const report = "民建村 高标准农田 本周新增300亩，累计2000亩/计划3000亩。问题：资金未到位 ";
const prose = "县委县政府高度重视乡村振兴工作，坚持日推进周统计月调度，压实责任，确保各项任务按期完成。";
const english = "Jinta County farmland: 300 mu added this week, 2,000 mu in total, target 3,000 mu. ";
const digits = "1234567890,.-/ ";
for (const [name, unit] of [
  ["report-like", report],
  ["prose", prose],
  ["English", english],
  ["digits and separators", digits],
] as const) {
  const sizes = [1_000, 10_000, 100_000].map((n) =>
    timeLong(`${n / 1000}k`, unit.repeat(Math.ceil(n / unit.length)).slice(0, n)),
  );
  console.log(`long ${name} input (median of 5): ${sizes.join(", ")}`);
}

const rss = process.memoryUsage().rss / 1024 / 1024;
console.log(`resident memory ${rss.toFixed(0)} MB`);
console.log(
  `best run: ${Math.round(best.perSecond)} msg/s (bar ≥ 20 000), p99 ${(best.p99 * 1000).toFixed(0)} µs (bar < 1 000 µs)`,
);
