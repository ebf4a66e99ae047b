// Fan-out of a weekly digest to 500 groups: the bot process exactly as `npm start` runs it, against
// the local Bot API emulator, with the pacing the bot uses for bulk sends (decisions.md: about 25
// messages a second overall, 20 a minute per group). A digest is a text and a chart, two calls per
// group: 1 000 calls, whose bound at 25 a second is 40 s. Prints figures; it is not a test.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApp } from "../src/app/index.ts";
import { BotApiEmulator } from "../test/emulator/bot-api-emulator.ts";
import { rssOf, startArgs } from "./bot-process.ts";
import { seedCounty, weeklyDigestGroups } from "./seed-county.ts";

const GROUPS = Number(process.env.FANOUT_GROUPS ?? 500);
const PACE_PER_SECOND = 25;
const TOKEN = "123456:BENCH";
const databaseUrl =
  process.argv[2] ?? `file:${join(mkdtempSync(join(tmpdir(), "taizhang-fanout-")), "fanout.db")}`;
// Friday 17:00 plus a little: every group's weekly digest is due when the bot starts.
const FRIDAY = "2024-06-14T17:00:20+08:00";

const app = await openApp({ databaseUrl });
const county = await seedCounty(app.deps, app.db.prisma);
console.log(
  `seeded a county (215 units, ${county.tasks} tasks, 100000 reports) in ${(county.seconds + county.settleSeconds).toFixed(1)} s (${databaseUrl.startsWith("file:") ? "SQLite" : "PostgreSQL"})`,
);
// Groups of the county, its townships and villages, several to a unit, each with a weekly schedule.
const units = [county.rootId, ...county.townshipIds, ...county.villageIds];
const groupIds = await weeklyDigestGroups(app.deps, units, GROUPS, new Date("2024-06-01T00:00:00+08:00"));
await app.close();

const emulator = new BotApiEmulator({ token: TOKEN });
const { apiRoot } = await emulator.start();
for (const [i, id] of groupIds.entries())
  emulator.registerChat({ id, title: `工作群${i + 1}`, botStatus: "administrator" });

const bot: ChildProcess = spawn(process.execPath, startArgs, {
  env: {
    ...process.env,
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    DATABASE_URL: databaseUrl,
    TAIZHANG_NOW: new Date(FRIDAY).toISOString(),
    LOG_LEVEL: "warn",
  },
  stdio: ["ignore", "inherit", "inherit"],
});
let peakRss = 0;
const sampler = setInterval(() => {
  if (bot.pid) peakRss = Math.max(peakRss, rssOf(bot.pid));
}, 200);

const toGroups = () => emulator.calls.filter((c) => c.method === "sendMessage" || c.method === "sendPhoto");
const deadline = Date.now() + 10 * 60_000;
while (toGroups().length < 2 * GROUPS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
clearInterval(sampler);
const calls = toGroups();
const times = calls.map((c) => c.receivedAt);
const seconds = (Math.max(...times) - Math.min(...times)) / 1000;
const bound = (calls.length - 1) / PACE_PER_SECOND;
const stats = emulator.stats();
const perGroupPeak = Math.max(...groupIds.map((id) => stats.byChat.get(id)?.peakPerMinute ?? 0));
console.log(
  `${calls.length} calls to ${new Set(calls.map((c) => c.chatId)).size} groups (${calls.filter((c) => c.method === "sendPhoto").length} charts) from the first to the last in ${seconds.toFixed(1)} s; bound at ${PACE_PER_SECOND}/s: ${bound.toFixed(1)} s; ${((seconds / bound - 1) * 100).toFixed(1)} % over it (bar: within 10 %)`,
);
console.log(
  `peak ${stats.peakPerSecond} calls in a second overall, ${perGroupPeak} in a minute to one group; bot process resident memory: peak ${peakRss.toFixed(0)} MB`,
);
bot.kill("SIGTERM");
await new Promise((r) => bot.once("exit", r));
await emulator.stop();
