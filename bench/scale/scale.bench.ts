// Load across two instances on PostgreSQL (issue 6): 1 000 cadres, 20 000 report messages through
// the emulator (Telegram pushing to the balancer's URL, round-robin to the two instances' webhooks).
// Prints throughput (messages a second until every message has its card), send → card latency,
// each instance's peak resident memory, and the count in the database against what was sent.
// Prints figures; it is not a test. SCALE_MESSAGES, SCALE_CADRES and SCALE_RATE (messages a second
// offered; 0 = all at once) change the size.
import { cpus, loadavg } from "node:os";
import { deploy } from "./deployment.ts";
import { cpuOf } from "./instances.ts";
import { checkLedger, percentile, ReportLoad, waitForReports } from "./load.ts";
import { createDatabase, postgresCpuSeconds, query } from "./postgres.ts";
import { seedScaleCounty } from "./seed.ts";

const MESSAGES = Number(process.env.SCALE_MESSAGES ?? 20_000);
const CADRES = Number(process.env.SCALE_CADRES ?? 1_000);
const RATE = Number(process.env.SCALE_RATE ?? 0);
// Each cadre sends MESSAGES / CADRES reports within the run, far above what a person types in 10 s;
// the flood limit (per person per 10 s) is lifted above that so it measures filing, not the limiter.
const FLOOD_LIMIT = Math.max(1000, Math.ceil(MESSAGES / CADRES) * 10);

const transactions = async (url: string) =>
  Number(
    (
      await query<{ n: string }>(
        url,
        "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()",
      )
    )[0]?.n ?? 0,
  );

const database = await createDatabase("taizhang_scale");
try {
  let t0 = performance.now();
  const county = await seedScaleCounty(database.url, { cadres: CADRES });
  console.log(
    `seeded PostgreSQL ${new URL(database.url).pathname.slice(1)}: 1 county, 10 townships, ${Math.ceil(CADRES / 2)} villages, ${CADRES} cadres, ${county.tasks.length} tasks in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const deployment = await deploy(database.url, { FLOOD_LIMIT: String(FLOOD_LIMIT) });
  console.log(
    `two instances (${process.env.SCALE_NODE_ARGS ? `node ${process.env.SCALE_NODE_ARGS}` : "npm start's node flags"}) behind the balancer ${deployment.balancer.url}; FLOOD_LIMIT=${FLOOD_LIMIT} per person per 10 s (each cadre sends ${Math.ceil(MESSAGES / CADRES)} reports within the run, all at once by default, which a real person never does)`,
  );
  const load = new ReportLoad(deployment.emulator, county.cadres, county.tasks);
  const cpuBefore = deployment.instances.map((i) => i.cpuSeconds());
  const benchCpuBefore = process.cpuUsage();
  const commitsBefore = await transactions(database.url);
  const postgresCpuBefore = postgresCpuSeconds(cpuOf);
  t0 = performance.now();
  await load.send(MESSAGES, RATE);
  const sentSeconds = (performance.now() - t0) / 1000;
  const allCarded = await load.waitForCards(5 * 60_000);
  const seconds = load.seconds();
  const latencies = load.latencies();
  await waitForReports(database.url, MESSAGES, 30_000);
  const ledger = await checkLedger(database.url, load.sent);
  console.log(
    `load: ${MESSAGES} report messages from ${CADRES} cadres, offered ${RATE > 0 ? `at ${RATE}/s` : "all at once"} (sent in ${sentSeconds.toFixed(1)} s); every message carded: ${allCarded ? "yes" : `NO (${load.carded})`}`,
  );
  console.log(
    `throughput: ${MESSAGES} messages in ${seconds.toFixed(2)} s from the first sent to the last card → ${Math.round(MESSAGES / seconds)} messages/s (bar ≥ 1000)`,
  );
  console.log(
    `latency send → card: p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms, max ${percentile(latencies, 1).toFixed(0)} ms`,
  );
  const commits = (await transactions(database.url)) - commitsBefore;
  const postgresCpu = postgresCpuSeconds(cpuOf) - postgresCpuBefore;
  let instancesCpu = 0;
  for (const [i, instance] of deployment.instances.entries()) {
    const handled = await instance.metric("taizhang_updates_total", 'outcome="handled"');
    const cpu = instance.cpuSeconds() - (cpuBefore[i] ?? 0);
    instancesCpu += cpu;
    console.log(
      `${instance.name}: peak resident memory ${instance.peakRssMb.toFixed(0)} MB, ${handled} updates handled, ${cpu.toFixed(1)} CPU s (${((cpu * 1000) / handled).toFixed(1)} ms a message)`,
    );
  }
  const benchCpu = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(benchCpuBefore));
  const perMessage = (s: number) => `${((s * 1000) / MESSAGES).toFixed(2)} ms a message`;
  console.log(
    `this process (emulator, balancer, cadres): ${benchCpu.toFixed(1)} CPU s (${perMessage(benchCpu)}); PostgreSQL server: ${postgresCpu.toFixed(1)} CPU s (${perMessage(postgresCpu)}), ${commits} transactions (${(commits / MESSAGES).toFixed(1)} a message); machine load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${cpus().length} cores`,
  );
  const allCpu = instancesCpu + benchCpu + postgresCpu;
  console.log(
    `CPU budget: ${perMessage(allCpu)} in all (instances ${perMessage(instancesCpu)}); ${cpus().length} cores give at most ${Math.round((cpus().length * 1000 * MESSAGES) / (allCpu * 1000))} messages/s at this cost`,
  );
  console.log(
    `balancer: ${deployment.balancer.counts.forwarded} forwarded, ${deployment.balancer.counts.badGateway} answered 502; webhook deliveries ${deployment.emulator.webhook.deliveries.length}, not 2xx ${deployment.emulator.webhook.deliveries.filter((d) => d.status < 200 || d.status >= 300).length}`,
  );
  const ok =
    ledger.rows === MESSAGES &&
    ledger.distinctKeys === MESSAGES &&
    ledger.missing === 0 &&
    ledger.unexpected === 0;
  console.log(
    `check: reports in DB ${ledger.rows} (sent ${MESSAGES}), distinct message keys ${ledger.distinctKeys}, missing ${ledger.missing}, not sent ${ledger.unexpected}; by state ${JSON.stringify(ledger.byState)} → ${ok ? "PASS" : "FAIL"}`,
  );
  console.log(
    `cards: ${load.cards.total} (one per message: ${load.carded}), duplicate cards ${load.cards.duplicates} (the bot's own messages are at-least-once), other bot messages ${load.cards.other}; error log lines ${deployment.errorLines()}`,
  );
  await deployment.stop(!ok);
  if (!ok) process.exitCode = 1;
} finally {
  await database.drop();
}
