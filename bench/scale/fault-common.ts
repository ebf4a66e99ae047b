// What every fault scenario shares: a fresh database seeded with cadres, two instances behind the
// balancer with short inbox leases, a paced load with a fault injected on the way, and the verdict:
// exactly one report per message sent.
import type { BotApiEmulator } from "../../test/emulator/bot-api-emulator.ts";
import { type Deployment, deploy } from "./deployment.ts";
import { checkLedger, type LedgerCheck, ReportLoad, waitForReports } from "./load.ts";
import { query } from "./postgres.ts";
import { type SeededCounty, seedScaleCounty } from "./seed.ts";

export const FAULT_ENV = {
  // An instance that dies leaves its updates to the other after 5 s (the least allowed).
  INBOX_LEASE_SECONDS: "5",
  FLOOD_LIMIT: "1000",
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Verdict {
  readonly pass: boolean;
  readonly lines: string[];
}

export interface LoadedRun {
  readonly deployment: Deployment;
  readonly county: SeededCounty;
  readonly load: ReportLoad;
}

/** Seeds, deploys, sends `messages` at `rate` a second while `fault` runs, waits for every report. */
export async function loadWithFault(
  databaseUrl: string,
  options: {
    cadres: number;
    messages: number;
    rate: number;
    groups?: number;
    digestScheduledAt?: Date;
    env?: Record<string, string>;
    before?: (emulator: BotApiEmulator) => void;
    fault: (run: LoadedRun) => Promise<void>;
    waitMs: number;
  },
): Promise<LoadedRun & { reportsIn: boolean; seconds: number }> {
  const county = await seedScaleCounty(databaseUrl, {
    cadres: options.cadres,
    ...(options.groups ? { groups: options.groups } : {}),
    ...(options.digestScheduledAt ? { digestScheduledAt: options.digestScheduledAt } : {}),
  });
  const deployment = await deploy(databaseUrl, { ...FAULT_ENV, ...options.env }, options.before);
  const load = new ReportLoad(deployment.emulator, county.cadres, county.tasks);
  const run = { deployment, county, load };
  const t0 = performance.now();
  await Promise.all([load.send(options.messages, options.rate), options.fault(run)]);
  const reportsIn = await waitForReports(databaseUrl, options.messages, options.waitMs);
  await load.waitForCards(reportsIn ? 20_000 : 1_000);
  return { ...run, reportsIn, seconds: (performance.now() - t0) / 1000 };
}

/** Updates taken over from the inbox: counted by every live instance, and in the inbox's attempts. */
export async function recoveredFigures(run: LoadedRun, databaseUrl: string): Promise<string> {
  let counted = 0;
  for (const instance of run.deployment.instances)
    if (instance.running) counted += await instance.metric("taizhang_updates_total", 'outcome="recovered"');
  const figures = () =>
    query<{ retried: string; unfinished: string }>(
      databaseUrl,
      `SELECT count(*) FILTER (WHERE attempts >= 2) AS retried,
              count(*) FILTER (WHERE status <> 'handled') AS unfinished FROM "InboxUpdate"`,
    );
  // Updates tried again finish a little after their reports are in: give them a few seconds.
  let [row] = await figures();
  for (let i = 0; i < 40 && Number(row?.unfinished) > 0; i++) {
    await sleep(250);
    [row] = await figures();
  }
  return `recovered (taizhang_updates_total{outcome="recovered"} of the live processes) ${counted}; inbox rows handled more than once ${row?.retried ?? "?"}, not handled ${row?.unfinished ?? "?"}`;
}

/** Exactly one report for every message sent, and nothing else. */
export async function reportVerdict(
  databaseUrl: string,
  run: LoadedRun,
): Promise<{ pass: boolean; ledger: LedgerCheck; line: string }> {
  const sent = run.load.sent.length;
  const ledger = await checkLedger(databaseUrl, run.load.sent);
  const pass =
    ledger.rows === sent && ledger.distinctKeys === sent && ledger.missing === 0 && ledger.unexpected === 0;
  const { cards } = run.load;
  return {
    pass,
    ledger,
    line: `messages ${sent}, reports ${ledger.rows}, distinct keys ${ledger.distinctKeys}, lost ${ledger.missing}, duplicated ${ledger.rows - ledger.distinctKeys + ledger.unexpected}; cards ${cards.total} (messages with a card ${run.load.carded}, duplicate cards ${cards.duplicates}, other bot messages ${cards.other})`,
  };
}
