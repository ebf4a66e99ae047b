import { type Api, InputFile } from "grammy";
import { renderDigestChart } from "../app/digest-chart.ts";
import { digestText } from "../app/digest-text.ts";
import type { DigestSender } from "../app/index.ts";
import { pickLocale, translate } from "../i18n.ts";
import { escapedTranslator } from "./html.ts";
import { deliveryFailure, pacedApi } from "./paced-api.ts";

/** Digests as text and chart, through the paced API client (shared with reminders and announcements). */
export function telegramDigestSender(
  token: string,
  apiRoot?: string,
  api: Api = pacedApi(token, apiRoot),
): DigestSender {
  return {
    async send(chat, digest, late) {
      const locale = pickLocale(chat.locale ?? undefined);
      const plain = (key: string, args?: Record<string, string | number>) => translate(locale, key, args);
      const escaped = escapedTranslator(locale);
      const text = (late ? `${escaped("digest-late")}\n` : "") + digestText(digest, escaped);
      try {
        await api.sendMessage(chat.externalId, text, { parse_mode: "HTML" });
        await api.sendPhoto(
          chat.externalId,
          new InputFile(await renderDigestChart(digest, plain), "digest.png"),
        );
      } catch (error) {
        throw deliveryFailure(error);
      }
    },
  };
}
