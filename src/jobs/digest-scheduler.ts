import cron from "node-cron";
import type { Logger } from "pino";
import { type AppDeps, type DigestSender, planDueDigests, sendDueDigests } from "../app/index.ts";

/**
 * node-cron only wakes the scheduler, every minute; the outbox decides what is due (and node-cron
 * never catches up a missed run, so the first wake-up at start does: a digest due while the bot
 * was down goes out then, marked late).
 */
export function startDigestScheduler(
  deps: AppDeps,
  sender: DigestSender,
  log: Logger,
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const wake = () => {
    running = running.then(async () => {
      try {
        const now = deps.now();
        const planned = await planDueDigests(deps, now);
        const outcome = await sendDueDigests(deps, sender, now);
        if (planned > 0 || outcome.sent + outcome.failed + outcome.retrying > 0)
          log.info({ planned, ...outcome }, "digests");
      } catch (error) {
        log.error({ err: error }, "the digest scheduler failed; it tries again next minute");
      }
    });
  };
  wake();
  const task = cron.schedule("* * * * *", wake, { noOverlap: true });
  return {
    async stop() {
      await task.stop();
      await running;
    },
  };
}
