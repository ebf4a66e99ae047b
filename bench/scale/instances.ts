// Bot instances as `npm start` runs them (its node flags and script), in webhook mode behind the
// balancer, each with its own HTTP port; their resident memory sampled, their /metrics read.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readFileSync, type WriteStream } from "node:fs";
import { createServer } from "node:net";
import { rssOf, startArgs } from "../bot-process.ts";

export const TOKEN = "123456:SCALE";
export const SECRET = "scale-bench-secret_0123456789";
export const HOOK_PATH = "/telegram/hook";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface InstanceEnv {
  readonly apiRoot: string;
  readonly databaseUrl: string;
  readonly webhookUrl: string;
  readonly extra?: Record<string, string>;
}

/** User + system CPU seconds a live process has used (/proc/<pid>/stat, clock ticks of 1/100 s). */
export function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export class BotInstance {
  private child: ChildProcess | null = null;
  private sampler: ReturnType<typeof setInterval> | null = null;
  private readonly log: WriteStream;
  peakRssMb = 0;
  starts = 0;
  /** CPU seconds (user + system) of the processes this instance ran so far, the current one included. */
  private cpuOfEnded = 0;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: InstanceEnv,
    logFile: string,
  ) {
    this.log = createWriteStream(logFile, { flags: "a" });
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    this.starts++;
    // SCALE_NODE_ARGS overrides npm start's node arguments (to profile, say).
    const args = process.env.SCALE_NODE_ARGS?.split(" ").filter(Boolean) ?? startArgs;
    const child = spawn(process.execPath, args, {
      env: {
        ...process.env,
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: this.env.apiRoot,
        DATABASE_URL: this.env.databaseUrl,
        WEBHOOK_URL: this.env.webhookUrl,
        WEBHOOK_SECRET: SECRET,
        HTTP_PORT: String(this.port),
        HTTP_HOST: "127.0.0.1",
        LOG_LEVEL: "warn",
        ...this.env.extra,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.child = child;
    this.sampler ??= setInterval(() => {
      if (this.running && this.child?.pid) this.peakRssMb = Math.max(this.peakRssMb, rssOf(this.child.pid));
    }, 100);
  }

  /** Resolves once the HTTP server answers /healthz (the webhook is set right after). */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited while starting`);
      const ok = await fetch(`http://127.0.0.1:${this.port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.name} did not come up in ${timeoutMs} ms`);
  }

  cpuSeconds(): number {
    return this.cpuOfEnded + (this.running && this.child?.pid ? cpuOf(this.child.pid) : 0);
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return Promise.resolve();
    const used = child.pid ? cpuOf(child.pid) : 0;
    return new Promise((resolve) => {
      child.once("exit", () => {
        this.cpuOfEnded += used;
        resolve();
      });
      child.kill(signal);
    });
  }

  /** A counter's value from /metrics, summed over its labels matching `labels` (0 when absent). */
  async metric(name: string, labels = ""): Promise<number> {
    const text = await fetch(`http://127.0.0.1:${this.port}/metrics`).then(
      (r) => r.text(),
      () => "",
    );
    let sum = 0;
    for (const line of text.split("\n")) {
      if (!line.startsWith(name) || !line.includes(labels)) continue;
      sum += Number(line.split(" ").at(-1));
    }
    return sum;
  }

  async stop(): Promise<void> {
    await this.kill("SIGTERM");
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;
    await new Promise<void>((resolve) => this.log.end(resolve));
  }
}
