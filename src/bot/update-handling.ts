import type { Bot, BotError } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { z } from "zod";
import type { AppDeps } from "../app/index.ts";
import { metrics } from "../metrics.ts";
import type { BotContext } from "./context.ts";
import { recordedBeforeHandling, triedBefore } from "./middleware/inbox.ts";

/** Telegram's update, as far as taking it in goes: an object with an integer update_id. */
export const incomingUpdateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/** How often each instance looks for updates a dead instance left unfinished. */
const RECOVERY_EVERY_MS = 15_000;

/**
 * Handles updates from polling, the webhook and the inbox alike, and keeps the ones in hand so
 * that a shutdown lets them finish. The inbox is what makes this safe to lose a process over:
 * an update is recorded (with a lease) before it is handled, and one whose lease runs out unhandled
 * is taken over by the next sweep of any instance.
 */
export class UpdateHandling {
  private readonly inHand = new Set<Promise<void>>();
  private sweeping: ReturnType<typeof setInterval> | undefined;
  private sweep: Promise<void> = Promise.resolve();

  constructor(
    private readonly bot: Bot<BotContext>,
    private readonly deps: AppDeps,
    private readonly log: Logger,
  ) {}

  /** Handles an update; resolves when done (the runner waits on this for its concurrency). */
  handle(update: Update): Promise<void> {
    const stop = metrics.updateSeconds.startTimer();
    const handling: Promise<void> = this.bot.handleUpdate(update).then(
      () => {
        stop();
      },
      async (error: unknown) => {
        stop();
        await this.bot.errorHandler(error as BotError<BotContext>);
      },
    );
    this.inHand.add(handling);
    const done = () => this.inHand.delete(handling);
    handling.then(done, done);
    return handling;
  }

  /**
   * The webhook's part: the update is in the inbox when this resolves, and Telegram may be told
   * so; handling goes on after the answer. A redelivered update resolves without being handled.
   */
  async accept(update: Update): Promise<void> {
    const first = await this.deps.repos.inbox.record(
      "telegram",
      String(update.update_id),
      JSON.stringify(update),
    );
    if (!first) {
      metrics.updates.inc({ outcome: "duplicate" });
      return;
    }
    recordedBeforeHandling.add(update);
    void this.handle(update);
  }

  /** Takes over, now and every few seconds, updates whose handler died before finishing them. */
  startRecovery(everyMs = RECOVERY_EVERY_MS): void {
    const run = () => {
      this.sweep = this.sweep
        .then(async () => {
          await this.recoverAbandoned();
        })
        .catch((error: unknown) => {
          this.log.error({ err: error }, "could not look for abandoned updates");
        });
    };
    run();
    this.sweeping = setInterval(run, everyMs);
    this.sweeping.unref();
  }

  async recoverAbandoned(now = new Date()): Promise<number> {
    const abandoned = await this.deps.repos.inbox.claimAbandoned(now);
    for (const row of abandoned) {
      const parsed = incomingUpdateSchema.safeParse(JSON.parse(row.payload));
      if (!parsed.success) continue;
      const update = parsed.data as unknown as Update;
      recordedBeforeHandling.add(update);
      if (row.attempts > 1) triedBefore.add(update);
      metrics.updates.inc({ outcome: "recovered" });
      this.log.warn({ updateId: row.updateId, attempts: row.attempts }, "taking over an abandoned update");
      await this.handle(update);
    }
    return abandoned.length;
  }

  /** Stops the sweeps and waits for what is in hand. */
  async drain(): Promise<void> {
    clearInterval(this.sweeping);
    await this.sweep;
    await Promise.allSettled([...this.inHand]);
  }
}

/** A webhook body: recorded and handled when it is an update; "malformed" otherwise. */
export async function acceptWebhookUpdate(
  updates: UpdateHandling,
  body: unknown,
): Promise<"accepted" | "malformed"> {
  const parsed = incomingUpdateSchema.safeParse(body);
  if (!parsed.success) return "malformed";
  await updates.accept(parsed.data as unknown as Update);
  return "accepted";
}
