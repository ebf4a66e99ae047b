import cron from "node-cron";
import type { Logger } from "pino";
import { prepareDigestCharts } from "../app/digest-chart.ts";
import {
  type AppDeps,
  calendarGaps,
  type DigestSender,
  type NoticeSender,
  planDueDigests,
  planDueReminders,
  planFlagAnnouncements,
  sendDueDigests,
  sendDueNotices,
} from "../app/index.ts";
import type { ReminderTime } from "../domain/notices/index.ts";
import { metrics } from "../metrics.ts";

/** Red and yellow flags change with reports and with the days: looked at hourly, not every minute. */
const FLAG_CHECK_MS = 60 * 60_000;

/**
 * node-cron only wakes the scheduler, every minute; the outbox decides what is due (and node-cron
 * never catches up a missed run, so the first wake-up at start does: a digest due while the bot
 * was down goes out then, marked late; a reminder due earlier today goes out then).
 */
export function startOutboxScheduler(
  deps: AppDeps,
  senders: { digests: DigestSender; notices: NoticeSender },
  options: {
    remindAt: ReminderTime | null;
    /** What claims and retry pauses are judged by (src/clock.ts); the ledger's clock by default. */
    outboxNow?: () => Date;
  },
  log: Logger,
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  // The last wake that went through: a failed one is covered by the next.
  let lastWake: Date | null = null;
  let lastFlagCheck: Date | null = null;
  const wake = () => {
    running = running.then(async () => {
      try {
        const now = deps.now();
        const planned = {
          digests: await planDueDigests(deps, now),
          reminders: await planDueReminders(deps, { now, since: lastWake, defaultAt: options.remindAt }),
          flags: 0,
        };
        if (!lastFlagCheck || now.getTime() - lastFlagCheck.getTime() >= FLAG_CHECK_MS) {
          planned.flags = await planFlagAnnouncements(deps, now);
          lastFlagCheck = now;
        }
        const sendAt = options.outboxNow?.() ?? now;
        const digests = await sendDueDigests(deps, senders.digests, sendAt);
        const notices = await sendDueNotices(deps, senders.notices, sendAt);
        lastWake = now;
        for (const outcome of ["sent", "failed", "retrying", "skipped"] as const) {
          const count = digests[outcome] + notices[outcome];
          if (count > 0) metrics.digestDeliveries.inc({ outcome }, count);
        }
        const busy = (o: typeof digests) => o.sent + o.failed + o.retrying + o.skipped > 0;
        if (planned.digests + planned.reminders + planned.flags > 0 || busy(digests) || busy(notices))
          log.info({ planned, digests, notices }, "outbox");
      } catch (error) {
        log.error({ err: error }, "the outbox scheduler failed; it tries again next minute");
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
