import type { Api } from "grammy";
import type { NoticeSender } from "../app/index.ts";
import { escapedTranslator } from "./html.ts";
import { noticeText } from "./notice-text.ts";
import { deliveryFailure } from "./paced-api.ts";
import { splitAtLines } from "./reply-parts.ts";

/**
 * Reminders and announcements through the paced API client digests use: the notices due together
 * for one chat in one message, or in as many as Telegram's length limit takes.
 */
export function telegramNoticeSender(api: Api): NoticeSender {
  return {
    async send(chat, notices, locale) {
      const t = escapedTranslator(locale);
      try {
        for (const text of splitAtLines(notices.map((n) => noticeText(n, t)).join("\n\n")))
          await api.sendMessage(chat.externalId, text, { parse_mode: "HTML" });
      } catch (error) {
        throw deliveryFailure(error);
      }
    },
  };
}
