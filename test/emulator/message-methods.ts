/**
 * Methods that send, edit, delete and react to messages, checked as Telegram checks them: the
 * errors a bot meets in production (not modified, markup it cannot parse, callback data over 64
 * bytes, replies to vanished messages) come with Telegram's texts.
 */
import { badRequest } from "./api-error.ts";
import type { ChatRecord, ChatState, StoredFile, StoredMessage } from "./chat-state.ts";
import { formatText } from "./formatted-text.ts";
import { flag, type Handler, integer, optionalNumber, reachableChat } from "./method-params.ts";
import { type Params, UploadedFile } from "./request-params.ts";
import type { InlineKeyboardMarkup, Message } from "./telegram-types.ts";

// ---------------------------------------------------------------------------------------- pieces

const TELEGRAM_LIMITS = { text: 4096, caption: 1024, callbackData: 64 };

/** Only inline keyboards are echoed on the message; others are checked loosely and kept aside. */
function inlineKeyboard(markup: unknown): InlineKeyboardMarkup | undefined {
  if (markup === undefined || markup === null || markup === "") return undefined;
  if (typeof markup !== "object") throw badRequest("can't parse reply keyboard markup JSON object");
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (rows === undefined) return undefined;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
  }
  for (const button of rows.flat() as Record<string, unknown>[]) {
    if (typeof button?.text !== "string" || button.text === "") throw badRequest("BUTTON_TEXT_INVALID");
    const actions = Object.keys(button).filter((key) => key !== "text");
    if (actions.length === 0) {
      throw badRequest(
        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
      );
    }
    const data = button.callback_data;
    // 64 bytes, not characters: a Chinese label used as callback data overflows at about 21 characters.
    if (
      data !== undefined &&
      (typeof data !== "string" || !data || Buffer.byteLength(data) > TELEGRAM_LIMITS.callbackData)
    ) {
      throw badRequest("BUTTON_DATA_INVALID");
    }
  }
  return { inline_keyboard: rows as InlineKeyboardMarkup["inline_keyboard"] };
}

/** A replied-to message appears inside the reply, without its own reply. */
export function quoted(message: Message): Message {
  const { reply_to_message: _nested, ...rest } = structuredClone(message);
  return rest;
}

function replyTo(state: ChatState, record: ChatRecord, params: Params): Partial<Message> {
  const parameters = (params.reply_parameters ?? {}) as Params;
  const messageId = parameters.message_id ?? params.reply_to_message_id;
  if (messageId === undefined) return {};
  const target = state.findMessage(
    parameters.chat_id !== undefined ? state.chatForBot(parameters.chat_id) : record,
    messageId,
  );
  if (target) return { reply_to_message: quoted(target.message) };
  if (flag(parameters, "allow_sending_without_reply") || flag(params, "allow_sending_without_reply"))
    return {};
  throw badRequest("message to be replied not found");
}

function editableBotMessage(state: ChatState, params: Params): StoredMessage {
  if (params.inline_message_id !== undefined) throw badRequest("the emulator does not model inline messages");
  const record = reachableChat(state, params);
  const stored = state.findMessage(record, integer(params, "message_id"));
  if (!stored) throw badRequest("message to edit not found");
  if (!stored.fromBot) throw badRequest("message can't be edited");
  return stored;
}

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Sets or removes a field, so that the message JSON looks like Telegram's (no `undefined` keys). */
function setField<K extends keyof Message>(message: Message, key: K, value: Message[K] | undefined): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete message[key];
  else message[key] = value;
}

const EXTENSION_MIME: Record<string, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xls: "application/vnd.ms-excel",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  csv: "text/csv",
  txt: "text/plain",
  json: "application/json",
  zip: "application/zip",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
};

/** The file behind a photo/document parameter: an upload, a known file_id, or a URL. */
function inputFile(state: ChatState, value: unknown, kind: "photo" | "document"): StoredFile {
  if (value instanceof UploadedFile) {
    const extension = /\.([A-Za-z0-9]+)$/.exec(value.fileName)?.[1]?.toLowerCase() ?? "";
    // grammY labels every upload application/octet-stream; Telegram names the type from the file name.
    const mimeType =
      value.mimeType === "application/octet-stream"
        ? (EXTENSION_MIME[extension] ?? value.mimeType)
        : value.mimeType;
    return state.registerFile(value.bytes, { fileName: value.fileName, mimeType, folder: `${kind}s` });
  }
  if (typeof value === "string" && value !== "") {
    const known = state.files.get(value);
    if (known) return known;
    if (/^https?:\/\//.test(value)) {
      const fileName = new URL(value).pathname.split("/").pop() || "file";
      return state.registerFile(Buffer.alloc(0), { fileName, folder: `${kind}s` });
    }
    throw badRequest("wrong file identifier/HTTP URL specified");
  }
  throw badRequest(`there is no ${kind} in the request`);
}

function sendWithFile(kind: "photo" | "document"): Handler {
  return (params, { state }) => {
    const record = reachableChat(state, params);
    const file = inputFile(state, params[kind], kind);
    const caption = formatText(String(params.caption ?? ""), params.parse_mode, params.caption_entities);
    if (caption.text.length > TELEGRAM_LIMITS.caption) throw badRequest("message caption is too long");
    const keyboard = inlineKeyboard(params.reply_markup);
    const media =
      kind === "photo"
        ? {
            photo: [
              {
                file_id: file.fileId,
                file_unique_id: file.fileUniqueId,
                width: 1280,
                height: 960,
                file_size: file.bytes.length,
              },
            ],
          }
        : {
            document: {
              file_id: file.fileId,
              file_unique_id: file.fileUniqueId,
              file_size: file.bytes.length,
              ...(file.fileName !== undefined ? { file_name: file.fileName } : {}),
              ...(file.mimeType !== undefined ? { mime_type: file.mimeType } : {}),
            },
          };
    const stored = state.addMessage(
      record,
      {
        from: state.bot,
        ...replyTo(state, record, params),
        ...media,
        ...(caption.text ? { caption: caption.text } : {}),
        ...(caption.entities.length > 0 ? { caption_entities: caption.entities } : {}),
        ...(keyboard ? { reply_markup: keyboard } : {}),
      },
      true,
    );
    const upload = params[kind];
    Object.assign(stored, {
      sentBy: kind === "photo" ? "sendPhoto" : "sendDocument",
      sourceText: params.caption === undefined ? undefined : String(params.caption),
      parseMode: params.parse_mode,
      replyMarkup: params.reply_markup,
      upload:
        upload instanceof UploadedFile
          ? { fileName: upload.fileName, mimeType: upload.mimeType, size: upload.size }
          : undefined,
    });
    return stored.message;
  };
}

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

export const messageMethods: Record<string, Handler> = {
  sendMessage: (params, { state }) => {
    const record = reachableChat(state, params);
    if (params.text === undefined || params.text === "") throw badRequest("message text is empty");
    const { text, entities } = formatText(String(params.text), params.parse_mode, params.entities);
    if (text === "") throw badRequest("message text is empty");
    if (text.length > TELEGRAM_LIMITS.text) throw badRequest("message is too long");
    const keyboard = inlineKeyboard(params.reply_markup);
    const threadId = optionalNumber(params, "message_thread_id");
    const stored = state.addMessage(
      record,
      {
        from: state.bot,
        ...(threadId !== undefined ? { message_thread_id: threadId } : {}),
        ...replyTo(state, record, params),
        text,
        ...(entities.length > 0 ? { entities } : {}),
        ...(keyboard ? { reply_markup: keyboard } : {}),
      },
      true,
    );
    Object.assign(stored, {
      sentBy: "sendMessage",
      sourceText: String(params.text),
      parseMode: params.parse_mode,
      replyMarkup: params.reply_markup,
    });
    return stored.message;
  },

  sendPhoto: sendWithFile("photo"),
  sendDocument: sendWithFile("document"),

  editMessageText: (params, { state }) => {
    const stored = editableBotMessage(state, params);
    const message = stored.message;
    if (message.text === undefined) throw badRequest("there is no text in the message to edit");
    if (params.text === undefined || params.text === "") throw badRequest("message text is empty");
    const { text, entities } = formatText(String(params.text), params.parse_mode, params.entities);
    if (text === "") throw badRequest("message text is empty");
    if (text.length > TELEGRAM_LIMITS.text) throw badRequest("message is too long");
    // Editing the text without reply_markup removes the inline keyboard, as in Telegram.
    const keyboard = inlineKeyboard(params.reply_markup);
    const unchanged =
      text === message.text &&
      sameJson(entities.length ? entities : undefined, message.entities) &&
      sameJson(keyboard, message.reply_markup);
    if (unchanged) throw badRequest(NOT_MODIFIED);
    message.text = text;
    setField(message, "entities", entities);
    setField(message, "reply_markup", keyboard);
    message.edit_date = state.date();
    stored.editCount++;
    stored.sourceText = String(params.text);
    stored.parseMode = params.parse_mode as string | undefined;
    stored.replyMarkup = params.reply_markup;
    return message;
  },

  editMessageReplyMarkup: (params, { state }) => {
    const stored = editableBotMessage(state, params);
    const keyboard = inlineKeyboard(params.reply_markup);
    if (sameJson(keyboard, stored.message.reply_markup)) throw badRequest(NOT_MODIFIED);
    setField(stored.message, "reply_markup", keyboard);
    stored.message.edit_date = state.date();
    stored.editCount++;
    stored.replyMarkup = params.reply_markup;
    return stored.message;
  },

  deleteMessage: (params, { state }) => {
    const record = reachableChat(state, params);
    const stored = state.findMessage(record, integer(params, "message_id"));
    if (!stored) throw badRequest("message to delete not found");
    const botStatus = state.memberStatus(record, state.bot.id);
    const mayDeleteOthers = botStatus === "administrator" || botStatus === "creator";
    if (!stored.fromBot && record.chat.type !== "private" && !mayDeleteOthers) {
      throw badRequest("message can't be deleted");
    }
    stored.deleted = true;
    return true;
  },

  answerCallbackQuery: (params, { state }) => {
    const entry = state.callbackQueries.get(String(params.callback_query_id ?? ""));
    // Telegram accepts one answer per query; a second one, or an unknown id, fails the same way.
    if (!entry || entry.answer) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    entry.answer = params;
    return true;
  },

  setMessageReaction: (params, { state }) => {
    const record = reachableChat(state, params);
    const stored = state.findMessage(record, integer(params, "message_id"));
    if (!stored) throw badRequest("message to react not found");
    stored.botReaction = Array.isArray(params.reaction) ? params.reaction : [];
    return true;
  },

  sendChatAction: (params, { state }) => {
    reachableChat(state, params);
    if (!CHAT_ACTIONS.has(String(params.action))) throw badRequest("wrong parameter action in request");
    return true;
  },
};
