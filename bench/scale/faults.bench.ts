// Fault scenarios (issue 6), each on a fresh database with two instances behind the balancer:
// (a) one instance SIGKILLed mid-load and restarted; (b) PostgreSQL crashed mid-load and started
// again (a private cluster on another port); (c) the Bot API answering 429 and 5xx for a while,
// during a load and a digest run. Each prints PASS/FAIL with its counts. Prints; it is not a test.

import { loadWithFault, recoveredFigures, reportVerdict, sleep, type Verdict } from "./fault-common.ts";
import { digestScenario } from "./fault-telegram.ts";
import { createDatabase, PrivateCluster } from "./postgres.ts";

const MESSAGES = Number(process.env.FAULT_MESSAGES ?? 3000);
const RATE = Number(process.env.FAULT_RATE ?? 150);
const CADRES = 300;

async function killScenario(): Promise<Verdict> {
  const database = await createDatabase("taizhang_fault_kill");
  try {
    let killedAt = 0;
    const run = await loadWithFault(database.url, {
      cadres: CADRES,
      messages: MESSAGES,
      rate: RATE,
      waitMs: 90_000,
      fault: async ({ deployment, load }) => {
        while (load.sent.length < MESSAGES / 3) await sleep(50);
        const victim = deployment.instances[0];
        if (!victim) return;
        killedAt = load.sent.length;
        await victim.kill("SIGKILL");
        await sleep(2000);
        victim.start();
        await victim.ready();
      },
    });
    const verdict = await reportVerdict(database.url, run);
    const lines = [
      `SIGKILL of ${run.deployment.instances[0]?.name} after ${killedAt} of ${MESSAGES} messages (offered at ${RATE}/s), restarted 2 s later; INBOX_LEASE_SECONDS=5; all reports in within the wait: ${run.reportsIn ? "yes" : "NO"} (${run.seconds.toFixed(1)} s)`,
      verdict.line,
      await recoveredFigures(run, database.url),
      `balancer answered 502 ${run.deployment.balancer.counts.badGateway} times (Telegram delivered those again); error log lines ${run.deployment.errorLines()}`,
    ];
    await run.deployment.stop(!verdict.pass);
    return { pass: verdict.pass, lines };
  } finally {
    await database.drop();
  }
}

async function postgresScenario(): Promise<Verdict | string> {
  const why = PrivateCluster.unavailable();
  if (why) return why;
  const cluster = await PrivateCluster.create();
  try {
    const database = await createDatabase("taizhang_fault_pg", cluster.adminUrl);
    let crashedAt = 0;
    let downMs = 0;
    const run = await loadWithFault(database.url, {
      cadres: CADRES,
      messages: MESSAGES,
      rate: RATE,
      waitMs: 120_000,
      fault: async ({ load }) => {
        while (load.sent.length < MESSAGES / 3) await sleep(50);
        crashedAt = load.sent.length;
        const t0 = performance.now();
        cluster.crash();
        await sleep(3000);
        cluster.start();
        downMs = performance.now() - t0;
      },
    });
    const verdict = await reportVerdict(database.url, run);
    const refused = run.deployment.emulator.webhook.deliveries.filter((d) => d.status !== 200).length;
    const lines = [
      `PostgreSQL (private cluster on port ${cluster.port}) stopped -m immediate after ${crashedAt} of ${MESSAGES} messages, started again ${(downMs / 1000).toFixed(1)} s later; all reports in within the wait: ${run.reportsIn ? "yes" : "NO"} (${run.seconds.toFixed(1)} s)`,
      verdict.line,
      await recoveredFigures(run, database.url),
      `webhook deliveries not answered 200 (Telegram delivered them again) ${refused}; error log lines ${run.deployment.errorLines()} (logs, kept on FAIL: ${run.deployment.logDir})`,
    ];
    await run.deployment.stop(!verdict.pass);
    await database.drop();
    return { pass: verdict.pass, lines };
  } finally {
    cluster.remove();
  }
}

const scenarios: Array<[string, () => Promise<Verdict | string>]> = [
  ["(a) SIGKILL an instance mid-load", killScenario],
  ["(b) restart PostgreSQL mid-load", postgresScenario],
  ["(c) Bot API 429 and 5xx during a load and a digest run", () => digestScenario(MESSAGES, RATE)],
];
const only = process.argv[2];
let failed = false;
const t0 = performance.now();
for (const [name, scenario] of scenarios) {
  if (only && !name.startsWith(`(${only})`)) continue;
  const started = performance.now();
  console.log(`${name}:`);
  try {
    const verdict = await scenario();
    if (typeof verdict === "string") {
      console.log(`  SKIPPED: ${verdict}`);
      continue;
    }
    for (const line of verdict.lines) console.log(`  ${line}`);
    console.log(
      `  ${verdict.pass ? "PASS" : "FAIL"} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
    failed ||= !verdict.pass;
  } catch (error) {
    console.log(`  FAIL: ${error instanceof Error ? error.stack : String(error)}`);
    failed = true;
  }
}
console.log(`all scenarios in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
