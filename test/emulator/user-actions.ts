/**
 * What users do, turned into Telegram's update payloads. Each function changes the chat state as
 * Telegram would and returns the payload; the emulator numbers and enqueues it.
 */
import { randomUUID } from "node:crypto";
import type { ChatState, StoredFile, StoredMessage, UserRef } from "./chat-state.ts";
import { commandEntities } from "./formatted-text.ts";
import { quoted } from "./message-methods.ts";
import type {
  CallbackQuery,
  ChatMemberStatus,
  ChatMemberUpdated,
  Message,
  Update,
  User,
} from "./telegram-types.ts";

export interface UserMessageExtra extends Partial<Omit<Message, "message_id" | "chat" | "from">> {
  /** Makes the message a reply to this message id in the same chat. */
  replyTo?: number;
}

export type FileBytes = Buffer | Uint8Array | string;

/** Text as a user types it: /commands get bot_command entities, as Telegram adds them. */
export function textFields(text: string): Partial<Message> {
  const entities = commandEntities(text);
  return { text, ...(entities.length > 0 ? { entities } : {}) };
}

export function documentFields(
  state: ChatState,
  document: { bytes: FileBytes; fileName: string; mimeType?: string; caption?: string },
): { fields: Partial<Message>; file: StoredFile } {
  const mimeType = document.mimeType ?? "application/octet-stream";
  const file = state.registerFile(Buffer.from(document.bytes), { fileName: document.fileName, mimeType });
  const fields: Partial<Message> = {
    document: {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_name: document.fileName,
      mime_type: mimeType,
      file_size: file.bytes.length,
    },
    ...(document.caption !== undefined ? { caption: document.caption } : {}),
  };
  return { fields, file };
}

export function photoFields(
  state: ChatState,
  photo: { bytes: FileBytes; caption?: string; width?: number; height?: number },
): { fields: Partial<Message>; file: StoredFile } {
  const file = state.registerFile(Buffer.from(photo.bytes), { mimeType: "image/jpeg", folder: "photos" });
  const size = {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    width: photo.width ?? 1280,
    height: photo.height ?? 960,
    file_size: file.bytes.length,
  };
  return {
    fields: { photo: [size], ...(photo.caption !== undefined ? { caption: photo.caption } : {}) },
    file,
  };
}

/** A user's message in a chat, stored in its history (the bot may reply to it or react). */
export function userMessage(
  state: ChatState,
  chatId: number,
  fromUser: UserRef,
  fields: Partial<Message>,
  extra: UserMessageExtra,
): StoredMessage {
  const from = state.userFor(fromUser); // first, so that a new private chat takes the user's name
  const record = state.chatForTest(chatId);
  if (record.chat.type === "private" && from.id !== chatId) {
    throw new Error(`user ${from.id} cannot write in the private chat of user ${chatId}`);
  }
  const { replyTo, ...rest } = extra;
  let reply: Partial<Message> = {};
  if (replyTo !== undefined) {
    const target = state.findMessage(record, replyTo);
    if (!target) throw new Error(`no message ${replyTo} in chat ${chatId} to reply to`);
    reply = { reply_to_message: quoted(target.message) };
  }
  return state.addMessage(record, { from, ...reply, ...fields, ...rest }, false);
}

/** A user edits their own text message. */
export function editUserText(
  state: ChatState,
  chatId: number,
  messageId: number,
  text: string,
): StoredMessage {
  const stored = state.findMessage(state.chatForTest(chatId), messageId);
  if (!stored || stored.fromBot) throw new Error(`no user message ${messageId} in chat ${chatId} to edit`);
  const { entities } = textFields(text);
  stored.message.text = text;
  if (entities) stored.message.entities = entities;
  else delete stored.message.entities;
  stored.message.edit_date = state.date();
  stored.editCount++;
  return stored;
}

/**
 * A press on an inline button. The button must be on the message now, unless allowMissingButton
 * (a stale keyboard in a lagging client) says otherwise: a typo in a test should fail loudly.
 */
export function buttonPress(
  state: ChatState,
  chatId: number,
  fromUser: UserRef,
  messageId: number,
  data: string,
  allowMissingButton = false,
): CallbackQuery {
  const stored = state.findMessage(state.chatForTest(chatId), messageId);
  if (!stored) throw new Error(`no message ${messageId} in chat ${chatId}`);
  const buttons = stored.message.reply_markup?.inline_keyboard.flat() ?? [];
  if (!allowMissingButton && !buttons.some((b) => b.callback_data === data)) {
    const offered = buttons.map((b) => JSON.stringify(b.callback_data)).join(", ") || "none";
    throw new Error(
      `message ${messageId} has no button with data ${JSON.stringify(data)} (buttons: ${offered})`,
    );
  }
  const query: CallbackQuery = {
    id: randomUUID().replaceAll("-", "").slice(0, 19),
    from: state.userFor(fromUser),
    message: structuredClone(stored.message),
    // Stable per chat, as Telegram's is.
    chat_instance: String(Math.abs(chatId * 7919) % 9_007_199_254),
    data,
  };
  state.callbackQueries.set(query.id, { query });
  return query;
}

/** The bot loses a chat: kicked from a group or blocked by a user, with the matching update. */
export function removeBot(state: ChatState, chatId: number, by?: UserRef): ChatMemberUpdated {
  const record = state.chatForTest(chatId);
  const before: ChatMemberStatus = state.memberStatus(record, state.bot.id);
  const isPrivate = record.chat.type === "private";
  record.gone = isPrivate ? "blocked" : "kicked";
  // Whoever removed the bot; a group's admin need not be a user the test registered.
  const admin: User = { id: 1, is_bot: false, first_name: "Group admin" };
  const from = by !== undefined ? state.userFor(by) : isPrivate ? state.userFor(chatId) : admin;
  return {
    chat: record.chat,
    from,
    date: state.date(),
    old_chat_member: { status: before, user: state.bot },
    new_chat_member: { status: "kicked", user: state.bot, until_date: 0 },
  };
}

/** Chats and users named in a hand-made update become known, so the bot's replies find them. */
export function registerParties(state: ChatState, raw: Partial<Update>): void {
  const message = raw.message ?? raw.edited_message ?? raw.callback_query?.message;
  for (const user of [message?.from, raw.callback_query?.from]) {
    if (user?.id !== undefined && !state.users.has(user.id)) state.registerUser(user);
  }
  const chat = message?.chat;
  if (chat?.id !== undefined && !state.chats.has(chat.id)) {
    state.registerChat({ id: chat.id, type: chat.type, ...(chat.title ? { title: chat.title } : {}) });
  }
}
