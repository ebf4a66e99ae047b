// Two bot instances behind the balancer, the emulator playing Telegram: the deployment the scale
// and fault benchmarks run against. Instance logs go to files (their path is printed on trouble).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BotApiEmulator } from "../../test/emulator/bot-api-emulator.ts";
import { type Balancer, startBalancer } from "./balancer.ts";
import { BotInstance, freePort, HOOK_PATH, TOKEN } from "./instances.ts";

export interface Deployment {
  readonly emulator: BotApiEmulator;
  readonly balancer: Balancer;
  readonly instances: readonly BotInstance[];
  readonly logDir: string;
  /** Lines at level error or fatal in the instances' logs. */
  errorLines(): number;
  /** Stops everything; the instances' logs are removed unless kept (their folder is printed on failure). */
  stop(keepLogs?: boolean): Promise<void>;
}

export async function deploy(
  databaseUrl: string,
  extraEnv: Record<string, string>,
  before?: (emulator: BotApiEmulator) => void,
): Promise<Deployment> {
  const logDir = mkdtempSync(join(tmpdir(), "taizhang-scale-logs-"));
  const emulator = new BotApiEmulator({ token: TOKEN });
  const { apiRoot } = await emulator.start();
  before?.(emulator);
  const ports = [await freePort(), await freePort()];
  const balancer = await startBalancer(ports, HOOK_PATH);
  const instances = ports.map(
    (port, i) =>
      new BotInstance(
        `instance ${String.fromCharCode(65 + i)}`,
        port,
        { apiRoot, databaseUrl, webhookUrl: balancer.url, extra: extraEnv },
        join(logDir, `instance-${i}.log`),
      ),
  );
  // One after the other: `npm start` bundles into the same dist/main.mjs, and two processes writing
  // it at once could import it half-written.
  for (const instance of instances) {
    instance.start();
    await instance.ready();
  }
  await emulator.waitFor((c) => c.method === "setWebhook", 30_000, { since: 0 });
  return {
    emulator,
    balancer,
    instances,
    logDir,
    errorLines() {
      return instances
        .map((_, i) => readFileSync(join(logDir, `instance-${i}.log`), "utf8"))
        .join("\n")
        .split("\n")
        .filter((l) => /"level":(50|60)/.test(l)).length;
    },
    async stop(keepLogs = false) {
      await Promise.all(instances.map((i) => i.stop()));
      await balancer.close();
      await emulator.stop();
      if (!keepLogs) rmSync(logDir, { recursive: true, force: true });
    },
  };
}
