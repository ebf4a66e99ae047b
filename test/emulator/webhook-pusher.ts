import { Agent, request } from "node:http";
import type { UpdateQueue } from "./update-queue.ts";

/**
 * One POST; resolves with the answer's status, 0 when there was none. node:http with a keep-alive
 * agent, not fetch: under a load test fetch's streams and abort signals cost the emulator more CPU
 * than the bot it drives.
 */
function post(url: URL, headers: Record<string, string>, body: string, agent: Agent): Promise<number> {
  return new Promise((resolve) => {
    const payload = Buffer.from(body);
    const call = request(
      url,
      { method: "POST", agent, timeout: 10_000, headers: { ...headers, "content-length": payload.length } },
      (answer) => {
        answer.resume();
        answer.on("end", () => resolve(answer.statusCode ?? 0));
        answer.on("error", () => resolve(0));
      },
    );
    call.on("timeout", () => call.destroy());
    call.on("error", () => resolve(0));
    call.end(payload);
  });
}

/**
 * Telegram's side of a webhook: each pending update is POSTed to the URL with the secret header,
 * several at a time (max_connections); one answered 2xx is done, any other answer or a refused
 * connection is retried after a pause that grows, so a bot that dies mid-way gets it again.
 */
export class WebhookPusher {
  private target: { url: string; secret: string | undefined; maxConnections: number } | null = null;
  private agent = new Agent({ keepAlive: true });
  private readonly inFlight = new Set<number>();
  private readonly attempts = new Map<number, number>();
  private loop: Promise<void> | null = null;
  /** Every POST made, with its answer's status (0: no answer). */
  readonly deliveries: Array<{ updateId: number; status: number }> = [];

  constructor(private readonly queue: UpdateQueue) {}

  get url(): string {
    return this.target?.url ?? "";
  }

  set(url: string, secret: string | undefined, maxConnections = 40): void {
    this.target = { url, secret, maxConnections };
    this.loop ??= this.run();
  }

  async clear(): Promise<void> {
    this.target = null;
    await this.loop;
    this.loop = null;
    this.agent.destroy();
    this.agent = new Agent({ keepAlive: true });
  }

  private async run(): Promise<void> {
    while (this.target) {
      const room = this.target.maxConnections - this.inFlight.size;
      const next = room > 0 ? this.queue.unsent(this.inFlight, room) : [];
      for (const queued of next) void this.deliver(queued.update.update_id, queued.update);
      await this.queue.nextArrival(next.length > 0 ? 5 : 50);
    }
  }

  private async deliver(updateId: number, update: object): Promise<void> {
    const target = this.target;
    if (!target) return;
    this.inFlight.add(updateId);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (target.secret) headers["x-telegram-bot-api-secret-token"] = target.secret;
    const status = await post(new URL(target.url), headers, JSON.stringify(update), this.agent);
    this.deliveries.push({ updateId, status });
    if (status >= 200 && status < 300) {
      this.queue.acknowledge(updateId);
      this.attempts.delete(updateId);
      this.inFlight.delete(updateId);
      return;
    }
    const attempt = (this.attempts.get(updateId) ?? 0) + 1;
    this.attempts.set(updateId, attempt);
    await new Promise((r) => setTimeout(r, Math.min(2000, 50 * 2 ** attempt)));
    this.inFlight.delete(updateId);
  }
}
