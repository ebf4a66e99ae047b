import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Api, GrammyError } from "grammy";
import { DeliveryFailure } from "../app/index.ts";

/**
 * What the bot sends on its own (digests, reminders, announcements) goes out through one API
 * client of its own, paced at about 25 messages a second overall and 20 a minute per group
 * (decisions.md), waiting out 429s; replies to people are never held behind it.
 */
export function pacedApi(token: string, apiRoot?: string): Api {
  const api = new Api(token, apiRoot ? { apiRoot } : undefined);
  api.config.use(
    apiThrottler({
      // Evenly spaced, not 25 at each second's start: bursts from two refills back to back would
      // put up to 50 in one second, past Telegram's ~30.
      global: { minTime: 40, maxConcurrent: 25 },
      group: {
        maxConcurrent: 1,
        minTime: 0,
        reservoir: 20,
        reservoirRefreshAmount: 20,
        reservoirRefreshInterval: 60_000,
      },
    }),
  );
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  return api;
}

/** A failed send as the outbox records it: removed from the group, blocked, or the chat is gone is permanent. */
export function deliveryFailure(error: unknown): DeliveryFailure {
  const permanent =
    error instanceof GrammyError &&
    (error.error_code === 403 || (error.error_code === 400 && /chat not found/i.test(error.description)));
  return new DeliveryFailure(error instanceof Error ? error.message : String(error), permanent);
}
