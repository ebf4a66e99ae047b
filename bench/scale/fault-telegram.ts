// Scenario (c): the Bot API answers 429 (retry_after 1) and then 5xx for a while, for the cards of
// a load and for a digest run of 50 bound groups due at a fixed clock (Friday 17:05, the digest due
// 17:00), two instances running. Afterwards every message has exactly one report and every group
// got exactly one digest text and one chart (calls answered ok, counted per group chat).
import { loadWithFault, recoveredFigures, reportVerdict, sleep, type Verdict } from "./fault-common.ts";
import { createDatabase, query } from "./postgres.ts";

const GROUPS = 50;
/** A Friday 17:05 in Asia/Shanghai: the weekly digests (Fridays 17:00) are due when the bot starts. */
const NOW = "2026-11-27T17:05:00+08:00";
const FAULTS = {
  sendMessage: [
    { error_code: 429, retry_after: 1, times: 200 },
    { error_code: 502, description: "Bad Gateway", times: 100 },
  ],
  sendPhoto: [
    { error_code: 429, retry_after: 1, times: 15 },
    { error_code: 500, description: "Internal Server Error", times: 10 },
  ],
};

/** A weekly digest's text opens with its title (locales/zh-CN.ftl digest-title-weekly); the county's
 * group also gets announcements of tasks turning red or yellow, which are not digests. */
const isDigest = (text: unknown) =>
  typeof text === "string" && text.startsWith("📊") && text.includes("周报");

async function digestsDone(url: string): Promise<Record<string, number>> {
  const rows = await query<{ status: string; n: string }>(
    url,
    `SELECT status, count(*) AS n FROM "OutboxItem" WHERE kind = 'weekly' GROUP BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Digests by how many times the outbox claimed them (more than once: a send failed beyond auto-retry). */
async function digestAttempts(url: string): Promise<Record<string, number>> {
  const rows = await query<{ attempts: number; n: string }>(
    url,
    `SELECT attempts, count(*) AS n FROM "OutboxItem" WHERE kind = 'weekly' GROUP BY attempts`,
  );
  return Object.fromEntries(rows.map((r) => [String(r.attempts), Number(r.n)]));
}

async function announcements(url: string): Promise<Record<string, number>> {
  const rows = await query<{ status: string; n: string }>(
    url,
    `SELECT status, count(*) AS n FROM "OutboxItem" WHERE kind = 'flag' GROUP BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export async function digestScenario(messages: number, rate: number): Promise<Verdict> {
  const database = await createDatabase("taizhang_fault_api");
  try {
    let digests: Record<string, number> = {};
    const run = await loadWithFault(database.url, {
      cadres: 300,
      messages,
      rate,
      groups: GROUPS,
      digestScheduledAt: new Date("2026-11-01T00:00:00+08:00"),
      env: { TAIZHANG_NOW: new Date(NOW).toISOString() },
      waitMs: 120_000,
      before: (emulator) => {
        for (let i = 0; i < GROUPS; i++)
          emulator.registerChat({
            id: -1_000_000_000_000 - i,
            title: `工作群${i + 1}`,
            botStatus: "administrator",
          });
        for (const [method, faults] of Object.entries(FAULTS))
          for (const { times, ...fault } of faults) emulator.failNext(method, fault, times);
      },
      fault: async () => {
        // The digests go out while the load runs; wait for them (bounded) alongside it. A digest
        // whose send failed beyond auto-retry is tried again by the outbox 2 minutes later (then 4),
        // on the outbox's clock, which runs on from TAIZHANG_NOW (src/clock.ts).
        const deadline = Date.now() + 330_000;
        do {
          await sleep(500);
          digests = await digestsDone(database.url);
        } while ((digests.sent ?? 0) < GROUPS && Date.now() < deadline);
      },
    });
    const calls = run.deployment.emulator.calls;
    const injected = calls.filter((c) => c.ok === false && (c.error?.error_code ?? 0) >= 429).length;
    const perGroup = run.county.groups.map((chatId) => {
      const ok = calls.filter((c) => c.ok && c.chatId === chatId);
      return {
        texts: ok.filter((c) => c.method === "sendMessage" && isDigest(c.params.text)).length,
        others: ok.filter((c) => c.method === "sendMessage" && !isDigest(c.params.text)).length,
        charts: ok.filter((c) => c.method === "sendPhoto").length,
      };
    });
    const exactlyOnce = perGroup.filter((g) => g.texts === 1 && g.charts === 1).length;
    const histogram = (key: "texts" | "charts") => {
      const counts: Record<number, number> = {};
      for (const g of perGroup) counts[g[key]] = (counts[g[key]] ?? 0) + 1;
      return JSON.stringify(counts);
    };
    const verdict = await reportVerdict(database.url, run);
    const lines = [
      `faults queued: ${JSON.stringify(FAULTS)}; ${injected} calls answered 429/5xx in all; TAIZHANG_NOW=${NOW}, ${GROUPS} groups with weekly digests due 17:00`,
      `digests: outbox ${JSON.stringify(digests)}, by the outbox's attempts ${JSON.stringify(await digestAttempts(database.url))}; groups with exactly one text and one chart ${exactlyOnce}/${GROUPS}; groups by texts received ${histogram("texts")}, by charts ${histogram("charts")}; other texts to groups (flag announcements) ${perGroup.reduce((n, g) => n + g.others, 0)}, announcements in the outbox ${JSON.stringify(await announcements(database.url))}`,
      `all reports in within the wait: ${run.reportsIn ? "yes" : "NO"} (${run.seconds.toFixed(1)} s)`,
      verdict.line,
      await recoveredFigures(run, database.url),
      `error log lines ${run.deployment.errorLines()} (logs, kept on FAIL: ${run.deployment.logDir})`,
    ];
    await run.deployment.stop(!(verdict.pass && exactlyOnce === GROUPS));
    return { pass: verdict.pass && exactlyOnce === GROUPS, lines };
  } finally {
    await database.drop();
  }
}
