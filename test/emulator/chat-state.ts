import { randomBytes } from "node:crypto";
import { badRequest, forbidden } from "./api-error.ts";
import type {
  BotCommand,
  CallbackQuery,
  Chat,
  ChatMemberStatus,
  ChatType,
  Message,
  User,
} from "./telegram-types.ts";

/** A message in a chat, as it stands now, with what the bot sent that the message itself does not keep. */
export interface StoredMessage {
  message: Message;
  fromBot: boolean;
  deleted: boolean;
  editCount: number;
  /** The method that sent it, for bot messages. */
  sentBy?: string;
  /** Text or caption exactly as the bot sent it (before parse_mode was applied), after the last edit. */
  sourceText?: string;
  parseMode?: string;
  /** Any markup the bot attached (reply keyboards and force_reply too, which Telegram does not echo). */
  replyMarkup?: unknown;
  /** A file the bot uploaded with the message. */
  upload?: { fileName: string; mimeType: string; size: number };
  /** The bot's reaction, set with setMessageReaction. */
  botReaction?: unknown[];
}

export interface ChatRecord {
  chat: Chat;
  /** Telegram numbers messages per chat; user and bot messages share the sequence. */
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  memberStatus: Map<number, ChatMemberStatus>;
  defaultMemberStatus: ChatMemberStatus;
  botStatus?: ChatMemberStatus;
  /** Set when the bot may no longer talk here: kicked from a group, blocked by a user, or left. */
  gone?: "kicked" | "blocked" | "left";
}

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  filePath: string;
  fileName?: string;
  mimeType?: string;
  bytes: Buffer;
}

export interface ChatOptions {
  id: number;
  /** Defaults: "private" for positive ids, "supergroup" for -100… ids, "group" for other negative ones. */
  type?: ChatType;
  title?: string;
  username?: string;
  /** What getChatMember says about users not given a status of their own. Default "member". */
  defaultMemberStatus?: ChatMemberStatus;
  /** What getChatMember says about the bot itself. Default "administrator" in groups. */
  botStatus?: ChatMemberStatus;
}

/** A user as tests name one: a registered id, or an object (registered on first use). */
export type UserRef = number | (Partial<User> & { id: number });

const defaultChatType = (id: number): ChatType =>
  id > 0 ? "private" : String(id).startsWith("-100") ? "supergroup" : "group";

/** Users, chats, their messages and files: everything both the bot and the test side read and change. */
export class ChatState {
  readonly users = new Map<number, User>();
  readonly chats = new Map<number, ChatRecord>();
  readonly files = new Map<string, StoredFile>();
  /** Bot messages in the order they were sent; the records change in place as the bot edits them. */
  readonly botMessages: StoredMessage[] = [];
  /** Callback queries from pressed buttons, with the bot's answer once it gives one. */
  readonly callbackQueries = new Map<string, { query: CallbackQuery; answer?: Record<string, unknown> }>();
  /** setMyCommands lists, keyed by scope and language (see commandsKey). */
  readonly commands = new Map<string, BotCommand[]>();
  readonly menuButtons = new Map<string, unknown>();
  private fileCount = 0;

  constructor(
    readonly bot: User,
    /** Milliseconds since the epoch; tests may fix it. */
    readonly now: () => number,
  ) {}

  /** Telegram dates are whole seconds. */
  date(): number {
    return Math.floor(this.now() / 1000);
  }

  registerUser(user: Partial<User> & { id: number }): User {
    const full: User = { is_bot: false, first_name: `User ${user.id}`, ...this.users.get(user.id), ...user };
    this.users.set(full.id, full);
    // A registered user has talked to the bot, so the bot may write to them.
    const privateChat = this.chats.get(full.id);
    if (privateChat) privateChat.chat = this.privateChatOf(full);
    else this.registerChat({ id: full.id, type: "private" });
    return full;
  }

  registerChat(options: ChatOptions): Chat {
    const type = options.type ?? defaultChatType(options.id);
    if ((type === "private") !== options.id > 0) {
      throw new Error(`chat ${options.id}: private chats have positive ids, groups negative ones`);
    }
    let chat: Chat;
    if (type === "private") {
      chat = this.privateChatOf(this.users.get(options.id) ?? this.registerUserOnly(options.id));
    } else {
      chat = { id: options.id, type, title: options.title ?? `Group ${-options.id}` };
      if (options.username) chat.username = options.username;
    }
    const existing = this.chats.get(options.id);
    const record: ChatRecord = existing ?? {
      chat,
      nextMessageId: 1,
      messages: new Map(),
      memberStatus: new Map(),
      defaultMemberStatus: "member",
    };
    record.chat = chat;
    if (options.defaultMemberStatus) record.defaultMemberStatus = options.defaultMemberStatus;
    if (options.botStatus) record.botStatus = options.botStatus;
    this.chats.set(options.id, record);
    return chat;
  }

  /** The user behind a test's `fromUser`: a registered id, or a user object registered on the fly. */
  userFor(from: UserRef): User {
    if (typeof from === "number") return this.users.get(from) ?? this.registerUser({ id: from });
    return this.users.get(from.id) ?? this.registerUser(from);
  }

  /** The chat a test acts in, registered on the fly with the default type for its id. */
  chatForTest(chatId: number): ChatRecord {
    if (!this.chats.has(chatId)) this.registerChat({ id: chatId });
    return this.chats.get(chatId) as ChatRecord;
  }

  /** The chat named by a bot's chat_id: a known id or @username, else Telegram's "chat not found". */
  chatForBot(chatId: unknown): ChatRecord {
    let record: ChatRecord | undefined;
    if (typeof chatId === "string" && chatId.startsWith("@")) {
      const username = chatId.slice(1).toLowerCase();
      record = [...this.chats.values()].find((r) => r.chat.username?.toLowerCase() === username);
    } else if (chatId !== undefined && chatId !== "" && Number.isInteger(Number(chatId))) {
      record = this.chats.get(Number(chatId));
    } else if (chatId === undefined || chatId === "") {
      throw badRequest("chat_id is empty");
    }
    if (!record) throw badRequest("chat not found");
    return record;
  }

  /** Telegram's 403 for a chat the bot can no longer write to. */
  assertReachable(record: ChatRecord): void {
    if (!record.gone) return;
    const kind = record.chat.type === "supergroup" ? "supergroup chat" : "group chat";
    if (record.chat.type === "private") throw forbidden("bot was blocked by the user");
    if (record.gone === "kicked") throw forbidden(`bot was kicked from the ${kind}`);
    throw forbidden(`bot is not a member of the ${kind}`);
  }

  addMessage(
    record: ChatRecord,
    fields: Omit<Message, "message_id" | "date" | "chat">,
    fromBot: boolean,
  ): StoredMessage {
    const message: Message = {
      message_id: record.nextMessageId++,
      date: this.date(),
      chat: record.chat,
      ...fields,
    };
    const stored: StoredMessage = { message, fromBot, deleted: false, editCount: 0 };
    record.messages.set(message.message_id, stored);
    if (fromBot) this.botMessages.push(stored);
    return stored;
  }

  findMessage(record: ChatRecord, messageId: unknown): StoredMessage | undefined {
    const stored = record.messages.get(Number(messageId));
    return stored && !stored.deleted ? stored : undefined;
  }

  memberStatus(record: ChatRecord, userId: number): ChatMemberStatus {
    if (userId === this.bot.id) {
      if (record.gone === "kicked") return "kicked";
      if (record.gone === "left") return "left";
      return record.botStatus ?? (record.chat.type === "private" ? "member" : "administrator");
    }
    return record.memberStatus.get(userId) ?? record.defaultMemberStatus;
  }

  /** Files are kept with their bytes so that getFile and the download URL can serve them. */
  registerFile(bytes: Buffer, meta: { fileName?: string; mimeType?: string; folder?: string }): StoredFile {
    const n = ++this.fileCount;
    const extension = /\.[A-Za-z0-9]{1,8}$/.exec(meta.fileName ?? "")?.[0] ?? "";
    const file: StoredFile = {
      fileId: `BQAC${randomBytes(12).toString("base64url")}_${n}`,
      fileUniqueId: `AgAD${n}`,
      filePath: `${meta.folder ?? "documents"}/file_${n}${extension}`,
      bytes,
      ...(meta.fileName !== undefined ? { fileName: meta.fileName } : {}),
      ...(meta.mimeType !== undefined ? { mimeType: meta.mimeType } : {}),
    };
    this.files.set(file.fileId, file);
    return file;
  }

  fileByPath(filePath: string): StoredFile | undefined {
    return [...this.files.values()].find((f) => f.filePath === filePath);
  }

  private registerUserOnly(id: number): User {
    const user: User = { id, is_bot: false, first_name: `User ${id}` };
    this.users.set(id, user);
    return user;
  }

  private privateChatOf(user: User): Chat {
    const chat: Chat = { id: user.id, type: "private", first_name: user.first_name };
    if (user.last_name) chat.last_name = user.last_name;
    if (user.username) chat.username = user.username;
    return chat;
  }
}
