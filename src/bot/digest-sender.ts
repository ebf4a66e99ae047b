import { type Api, InputFile } from "grammy";
import { renderDigestChart } from "../app/digest-chart.ts";
import type { Translate } from "../app/digest-text.ts";
import { digestText } from "../app/digest-text.ts";
import type { Digest, DigestSender } from "../app/index.ts";
import { pickLocale, translate } from "../i18n.ts";
import { escapedTranslator } from "./html.ts";
import { deliveryFailure, pacedApi } from "./paced-api.ts";

/** Digests as text and chart, through the paced API client (shared with reminders and announcements). */
export function telegramDigestSender(
  token: string,
  apiRoot?: string,
  api: Api = pacedApi(token, apiRoot),
): DigestSender {
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
    async send(chat, digest, late, progress) {
      const locale = pickLocale(chat.locale ?? undefined);
      const plain = (key: string, args?: Record<string, string | number>) => translate(locale, key, args);
      const escaped = escapedTranslator(locale);
      const text = (late ? `${escaped("digest-late")}\n` : "") + digestText(digest, escaped);
      try {
        if (!progress?.textSent) {
          await api.sendMessage(chat.externalId, text, { parse_mode: "HTML" });
          await progress?.textWasSent();
        }
        await sendChart(chat.externalId, digest, locale, plain);
      } catch (error) {
        throw deliveryFailure(error);
      }
    },
  };
}
