import type { Api } from "grammy";
import type { NoticeSender } from "../app/index.ts";
import { escapedTranslator } from "./html.ts";
import { noticeText } from "./notice-text.ts";
import { deliveryFailure } from "./paced-api.ts";

/** Reminders and announcements as one text each, through the paced API client digests use. */
export function telegramNoticeSender(api: Api): NoticeSender {
  return {
    async send(chat, notice, locale) {
      try {
        await api.sendMessage(chat.externalId, noticeText(notice, escapedTranslator(locale)), {
          parse_mode: "HTML",
        });
      } catch (error) {
        throw deliveryFailure(error);
      }
    },
  };
}
