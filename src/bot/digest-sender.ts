import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Api, GrammyError, InputFile } from "grammy";
import { renderDigestChart } from "../app/digest-chart.ts";
import type { Translate } from "../app/digest-text.ts";
import { digestText } from "../app/digest-text.ts";
import { DeliveryFailure, type Digest, type DigestSender } from "../app/index.ts";
import { pickLocale, translate } from "../i18n.ts";
import { escapeHtml } from "./html.ts";

/**
 * Digests go out through their own paced API client: about 25 messages a second overall and 20 a
 * minute per group (decisions.md), waiting out 429s; replies to people are never held behind them.
 */
export function telegramDigestSender(token: string, apiRoot?: string): DigestSender {
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
  // One chart per digest and language: rendered and uploaded for the first group, then sent by
  // Telegram's file id to the unit's other groups (they wait for that upload rather than repeat it).
  const uploads = new WeakMap<Digest, Map<string, Promise<string | null>>>();
  const upload = async (chatId: string, digest: Digest, t: Translate) => {
    const sent = await api.sendPhoto(chatId, new InputFile(await renderDigestChart(digest, t), "digest.png"));
    return sent.photo.at(-1)?.file_id ?? null;
  };
  const sendChart = async (chatId: string, digest: Digest, locale: string, t: Translate) => {
    const byLocale = uploads.get(digest) ?? new Map<string, Promise<string | null>>();
    uploads.set(digest, byLocale);
    const first = byLocale.get(locale);
    if (!first) {
      const uploaded = upload(chatId, digest, t);
      // A failed first upload (that group removed the bot) leaves the next group to upload its own.
      byLocale.set(
        locale,
        uploaded.catch(() => null),
      );
      await uploaded;
      return;
    }
    const fileId = await first;
    if (fileId) await api.sendPhoto(chatId, fileId);
    else await upload(chatId, digest, t);
  };
  return {
    async send(chat, digest, late) {
      const locale = pickLocale(chat.locale ?? undefined);
      const plain = (key: string, args?: Record<string, string | number>) => translate(locale, key, args);
      const escaped = (key: string, args?: Record<string, string | number>) =>
        plain(
          key,
          args &&
            Object.fromEntries(
              Object.entries(args).map(([k, v]) => [k, typeof v === "string" ? escapeHtml(v) : v]),
            ),
        );
      const text = (late ? `${escaped("digest-late")}\n` : "") + digestText(digest, escaped);
      try {
        await api.sendMessage(chat.externalId, text, { parse_mode: "HTML" });
        await sendChart(chat.externalId, digest, locale, plain);
      } catch (error) {
        // Removed from the group, blocked, or the chat is gone: no retry will ever get through.
        const permanent =
          error instanceof GrammyError &&
          (error.error_code === 403 ||
            (error.error_code === 400 && /chat not found/i.test(error.description)));
        throw new DeliveryFailure(error instanceof Error ? error.message : String(error), permanent);
      }
    },
  };
}
