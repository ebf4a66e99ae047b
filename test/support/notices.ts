import type { NoticeSender } from "../../src/app/index.ts";
import type { Notice } from "../../src/domain/notices/index.ts";

/** A NoticeSender that keeps what it was asked to send, by the chat's Telegram id. */
export function noticeRecorder() {
  const sent: Array<{ chat: string; notice: Notice; locale: string | null }> = [];
  const sender: NoticeSender = {
    async send(chat, notice, locale) {
      sent.push({ chat: chat.externalId, notice, locale });
    },
  };
  return { sent, sender };
}
