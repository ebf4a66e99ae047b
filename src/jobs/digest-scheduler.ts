import cron from "node-cron";
import type { Logger } from "pino";
import { prepareDigestCharts } from "../app/digest-chart.ts";
import {
  type AppDeps,
  calendarGaps,
  type DigestSender,
  planDueDigests,
  sendDueDigests,
} from "../app/index.ts";

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
  const gaps = calendarGaps(deps, deps.now());
  if (gaps.length > 0) {
    // decisions.md: never silently take every weekday for a working day.
    log.warn(
      { years: gaps },
      "no holiday calendar for these years: add calendar/<year>.json (see calendar/README.md); Monday to Friday is assumed meanwhile",
    );
  }
  running = prepareDigestCharts(deps).then(
    (glyphs) => log.debug({ glyphs }, "chart glyphs prepared"),
    (error: unknown) =>
      log.warn({ err: error }, "chart glyphs could not be prepared; charts outline them as needed"),
  );
  wake();
  const task = cron.schedule("* * * * *", wake, { noOverlap: true });
  return {
    async stop() {
      await task.stop();
      await running;
    },
  };
}
