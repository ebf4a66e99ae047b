import type { StoredMessage } from "./chat-state.ts";
import type { InlineKeyboardMarkup, Message, MessageEntity } from "./telegram-types.ts";

/** A message the bot sent, as it stands now (after its edits, or deleted). */
export interface BotMessage {
  chatId: number;
  messageId: number;
  /** sendMessage, sendPhoto or sendDocument. */
  method: string;
  /** The text, or the caption of a photo or document, as the user sees it (markup applied). */
  text?: string;
  entities?: MessageEntity[];
  /** The text or caption exactly as the bot wrote it, and its parse_mode. */
  sourceText?: string;
  parseMode?: string;
  /** Whatever markup the bot attached, reply keyboards and force_reply included. */
  replyMarkup?: unknown;
  /** The inline keyboard on the message now, as the user sees it. */
  inlineKeyboard?: InlineKeyboardMarkup["inline_keyboard"];
  replyToMessageId?: number;
  /** Name, type and size of a file the bot uploaded with it. */
  upload?: { fileName: string; mimeType: string; size: number };
  edits: number;
  deleted: boolean;
  /** The Telegram message (a copy). */
  message: Message;
}

export function toBotMessage(stored: StoredMessage): BotMessage {
  const m = stored.message;
  const text = m.text ?? m.caption;
  const entities = m.entities ?? m.caption_entities;
  return {
    chatId: m.chat.id,
    messageId: m.message_id,
    method: stored.sentBy ?? "sendMessage",
    ...(text !== undefined ? { text } : {}),
    ...(entities ? { entities } : {}),
    ...(stored.sourceText !== undefined ? { sourceText: stored.sourceText } : {}),
    ...(stored.parseMode !== undefined ? { parseMode: stored.parseMode } : {}),
    ...(stored.replyMarkup !== undefined ? { replyMarkup: stored.replyMarkup } : {}),
    ...(m.reply_markup ? { inlineKeyboard: m.reply_markup.inline_keyboard } : {}),
    ...(m.reply_to_message ? { replyToMessageId: m.reply_to_message.message_id } : {}),
    ...(stored.upload ? { upload: stored.upload } : {}),
    edits: stored.editCount,
    deleted: stored.deleted,
    message: structuredClone(m),
  };
}
