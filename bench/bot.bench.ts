// End-to-end capacity of the bot: the real bot process against the local Bot API emulator.
// 1) throughput: report messages from many cadres as fast as the bot takes them;
// 2) latency: a steady 50 messages a second, p50/p99 from the cadre's message to the bot's card;
// resident memory of the bot process throughout. The bot runs exactly as `npm start` runs it
// (BOT_NODE_ARGS overrides the node arguments). Pacing of bulk sends does not apply to replies, so
// nothing is lifted here. Prints figures; it is not a test.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addRootUnit, addTask, addUnit, openApp, operator } from "../src/app/index.ts";
import { BotApiEmulator } from "../test/emulator/bot-api-emulator.ts";
import { rssOf, startArgs } from "./bot-process.ts";

const CADRES = 200;
const THROUGHPUT_MESSAGES = 3000;
const STEADY_RATE = 50;
const STEADY_SECONDS = 20;
const TOKEN = "123456:BENCH";

const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-"));
const databaseUrl = `file:${join(dir, "bench.db")}`;

async function seed() {
  const app = await openApp({ databaseUrl });
  const { deps } = app;
  await addRootUnit(deps, "金塔县");
  let op = await operator(deps);
  for (let t = 0; t < 10; t++) await addUnit(deps, op, { parentName: "金塔县", name: `第${t + 1}镇` });
  op = await operator(deps);
  for (let v = 0; v < CADRES; v++)
    await addUnit(deps, op, { parentName: `第${(v % 10) + 1}镇`, name: `村${v + 1}号村` });
  const tasks = JSON.parse(
    readFileSync(new URL("../src/demo/tasks.json", import.meta.url), "utf8"),
  ) as Array<{
    name: string;
    aliases: string[];
  }>;
  for (const task of tasks) {
    await addTask(deps, op, {
      ownerUnitName: "金塔县",
      name: task.name,
      aliases: task.aliases,
      measure: "亩",
      target: 10_000,
      deadline: "2026-12-31",
    });
  }
  const snapshot = await deps.ledger.snapshot();
  for (let v = 0; v < CADRES; v++) {
    const person = await deps.repos.people.ensure("telegram", String(10_000 + v), {
      displayName: `干部${v}`,
      canMessage: true,
    });
    const unit = snapshot.units.find((u) => u.name === `村${v + 1}号村`);
    if (unit) await deps.repos.people.addMembership(person.personId, unit.id, "reporter");
  }
  await app.close();
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
};

const messages = [
  "高标准农田 本周新增300亩，累计2000亩",
  "改厕 今天完成12户",
  "光伏 累计收益2.3万元",
  "核桃 新增嫁接3千株",
  "饮水工程 新铺设管网3.6公里",
];

async function main() {
  await seed();
  const emulator = new BotApiEmulator({ token: TOKEN });
  const { apiRoot } = await emulator.start();
  const bot: ChildProcess = spawn(
    process.execPath,
    [...(process.env.BOT_NODE_ARGS?.split(" ").filter(Boolean) ?? startArgs)],
    {
      env: {
        ...process.env,
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: apiRoot,
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  let peakRss = 0;
  const sampler = setInterval(() => {
    if (bot.pid) peakRss = Math.max(peakRss, rssOf(bot.pid));
  }, 100);
  await emulator.waitForPoller();

  // Throughput: every cadre writes in their own private chat, all at once.
  const replies = () => emulator.calls.filter((c) => c.method === "sendMessage").length;
  const before = replies();
  const t0 = performance.now();
  for (let i = 0; i < THROUGHPUT_MESSAGES; i++) {
    const id = 10_000 + (i % CADRES);
    emulator.sendText(id, { id, first_name: `干部${id}` }, messages[i % messages.length] as string);
  }
  while (replies() - before < THROUGHPUT_MESSAGES) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `throughput: ${THROUGHPUT_MESSAGES} reports from ${CADRES} cadres in ${seconds.toFixed(2)} s → ${Math.round(THROUGHPUT_MESSAGES / seconds)} reports/s (bar ≥ 300)`,
  );

  // Latency at a steady rate.
  const latencies: number[] = [];
  const total = STEADY_RATE * STEADY_SECONDS;
  const start = performance.now();
  const pending: Array<Promise<void>> = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / STEADY_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const id = 10_000 + (i % CADRES);
    const sentAt = performance.now();
    emulator.sendText(id, { id, first_name: `干部${id}` }, messages[i % messages.length] as string);
    pending.push(
      emulator.waitForBotMessage(id).then(() => {
        latencies.push(performance.now() - sentAt);
      }),
    );
  }
  await Promise.all(pending);
  console.log(
    `latency at ${STEADY_RATE} messages/s for ${STEADY_SECONDS} s: p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms (bar < 100 ms)`,
  );
  clearInterval(sampler);
  console.log(`bot process resident memory: peak ${peakRss.toFixed(0)} MB (bar < 200 MB)`);
  bot.kill("SIGTERM");
  await new Promise((r) => bot.once("exit", r));
  await emulator.stop();
}

await main();
