import type { NoticeSender } from "../../src/app/index.ts";
import type { Notice } from "../../src/domain/notices/index.ts";

/**
 * A NoticeSender that keeps what it was asked to send, by the chat's Telegram id: each notice, and
 * how many notices each message carried.
 */
export function noticeRecorder() {
  const sent: Array<{ chat: string; notice: Notice; locale: string | null }> = [];
  const messages: Array<{ chat: string; notices: number }> = [];
  const sender: NoticeSender = {
    async send(chat, notices, locale) {
      for (const notice of notices) sent.push({ chat: chat.externalId, notice, locale });
      messages.push({ chat: chat.externalId, notices: notices.length });
    },
  };
  return { sent, messages, sender };
}
