// Fan-out of a weekly digest to 500 groups through the local Bot API emulator, with the pacing the
// bot uses (decisions.md: about 25 messages a second overall, 20 a minute per group). A digest is a
// text and a chart: two calls per group, so 1 000 calls whose bound at 25/s is 40 s. Prints figures.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareDigestCharts } from "../src/app/digest-chart.ts";
import { openApp, planDueDigests, sendDueDigests } from "../src/app/index.ts";
import { telegramDigestSender } from "../src/bot/digest-sender.ts";
import { BotApiEmulator } from "../test/emulator/bot-api-emulator.ts";
import { seedCounty } from "./seed-county.ts";

const GROUPS = Number(process.env.FANOUT_GROUPS ?? 500);
const PACE_PER_SECOND = 25;
const TOKEN = "123456:BENCH";
const url = process.argv[2] ?? `file:${join(mkdtempSync(join(tmpdir(), "taizhang-fanout-")), "fanout.db")}`;

const app = await openApp({ databaseUrl: url });
const { deps } = app;
const county = await seedCounty(deps, app.db.prisma);
console.log(
  `seeded a county (215 units, ${county.tasks} tasks, 100000 reports) in ${(county.seconds + county.settleSeconds).toFixed(1)} s (${url.startsWith("file:") ? "SQLite" : "PostgreSQL"})`,
);

const emulator = new BotApiEmulator({ token: TOKEN });
const { apiRoot } = await emulator.start();
// Groups of villages, townships and the county, several to a unit, each with a weekly schedule.
const units = [county.rootId, ...county.townshipIds, ...county.villageIds];
const scheduledAt = new Date("2024-06-01T00:00:00+08:00");
for (let i = 0; i < GROUPS; i++) {
  const externalId = -1_000_000_000_000 - i;
  emulator.registerChat({ id: externalId, title: `工作群${i + 1}`, botStatus: "administrator" });
  const chat = await deps.repos.chats.ensure("telegram", String(externalId), "supergroup", `工作群${i + 1}`);
  await deps.repos.chats.update(chat.id, { unitId: units[i % units.length] as string });
  await deps.repos.outbox.setSchedule(chat.id, { kind: "weekly", day: 5, time: "17:00" }, scheduledAt);
}
await prepareDigestCharts(deps);

const friday = new Date("2024-06-14T17:00:20+08:00");
const planned = await planDueDigests(deps, friday);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 200);
const t0 = performance.now();
const outcome = await sendDueDigests(deps, telegramDigestSender(TOKEN, apiRoot), friday);
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);

const stats = emulator.stats();
const bound = stats.calls / PACE_PER_SECOND;
const perGroupPeak = Math.max(...[...stats.byChat.values()].map((c) => c.peakPerMinute));
console.log(
  `planned ${planned} digests; sent ${outcome.sent}, failed ${outcome.failed}, retrying ${outcome.retrying}`,
);
console.log(
  `${stats.calls} API calls (${Object.entries(stats.byMethod)
    .map(([m, n]) => `${m} ${n}`)
    .join(
      ", ",
    )}) in ${seconds.toFixed(1)} s; bound at ${PACE_PER_SECOND}/s: ${bound.toFixed(1)} s; ${((seconds / bound - 1) * 100).toFixed(1)} % over it (bar: within 10 %)`,
);
console.log(
  `peak ${stats.peakPerSecond} calls in a second overall, ${perGroupPeak} in a minute to one group; peak resident memory ${(peakRss / 1e6).toFixed(0)} MB`,
);
await emulator.stop();
await app.close();
