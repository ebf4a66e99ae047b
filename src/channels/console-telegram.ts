import { InputFile, type Transformer } from "grammy";
import type { InlineKeyboardMarkup, Message, Update, User, UserFromGetMe } from "grammy/types";
import { htmlToText } from "../bot/html.ts";

/**
 * Telegram, played in-process for the console chat: the bot's API calls are answered here instead
 * of over the network, and what it sends is printed (HTML dropped, buttons as numbered lines). What
 * the person types becomes updates: a message, or a button press when they type a button's number.
 */
export const CONSOLE_BOT: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: "台账",
  username: "taizhang_console_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

type Payload = Record<string, unknown>;

export class ConsoleTelegram {
  /**
   * Reports are unique per chat and message id, and the demo database outlives a run: ids count on
   * from the clock so that a second run's messages never meet the first run's.
   */
  private nextMessageId = Date.now();
  private nextUpdateId = Date.now();
  private readonly sent = new Map<number, Message>();
  /** The buttons on screen: those of the latest bot message (a message without any clears them). */
  private onScreen: { message: Message; data: string[] } | null = null;

  constructor(
    private readonly print: (text: string) => void,
    readonly user: User,
    private readonly now: () => Date,
    /** Where a document or photo the bot sends is put, and the line that says so. */
    private readonly files?: {
      save(name: string, bytes: Uint8Array): string;
      saved(path: string, caption: string): string;
    },
  ) {}

  /** The API transformer that stands in for the network. */
  readonly transport: Transformer = async (_prev, method, payload) => {
    // grammY's result types are per method; ours are the same shapes, built by hand.
    const body = (payload ?? {}) as Payload;
    if (method === "sendDocument" || method === "sendPhoto")
      return { ok: true, result: (await this.file(body)) as never };
    return { ok: true, result: this.answer(method, body) as never };
  };

  /** What the person typed, as the update Telegram would deliver. */
  typed(text: string): Update {
    const update_id = this.nextUpdateId++;
    const pressed =
      /^\d{1,2}$/.test(text) && this.onScreen ? this.onScreen.data[Number(text) - 1] : undefined;
    if (pressed !== undefined && this.onScreen) {
      const message = structuredClone(this.onScreen.message);
      return {
        update_id,
        callback_query: {
          id: String(update_id),
          from: this.user,
          message,
          chat_instance: "console",
          data: pressed,
        },
      };
    }
    const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
    const message: NonNullable<Update["message"]> = {
      message_id: this.nextMessageId++,
      date: this.date(),
      chat: { id: this.user.id, type: "private", first_name: this.user.first_name },
      from: this.user,
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    };
    return { update_id, message };
  }

  private date(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  private answer(method: string, payload: Payload): unknown {
    switch (method) {
      case "sendMessage":
        return this.show(this.store(payload), false);
      case "editMessageText": {
        const message = this.sent.get(Number(payload.message_id));
        if (!message) return true;
        message.text = htmlToText(String(payload.text ?? ""));
        return this.show(this.withMarkup(message, payload.reply_markup), true);
      }
      case "editMessageReplyMarkup": {
        const message = this.sent.get(Number(payload.message_id));
        if (!message) return true;
        this.withMarkup(message, payload.reply_markup);
        this.showButtons(message);
        return message;
      }
      case "answerCallbackQuery":
        if (payload.text) this.print(`${payload.show_alert ? "⚠️" : "💬"} ${String(payload.text)}`);
        return true;
      case "setMessageReaction": {
        const [reaction] = (payload.reaction ?? []) as Array<{ emoji?: string }>;
        if (reaction?.emoji) this.print(reaction.emoji);
        return true;
      }
      case "getChatMember":
        return { status: "member", user: this.user };
      default:
        return true;
    }
  }

  /** A file the bot sends (an export, a digest's chart) is saved, and where is printed. */
  private async file(payload: Payload): Promise<Message> {
    const file = (payload.document ?? payload.photo) as InputFile | string | undefined;
    const message = this.store({ text: payload.caption ?? "" });
    if (file instanceof InputFile && this.files) {
      const raw = await file.toRaw();
      if (raw instanceof Uint8Array) {
        const path = this.files.save(file.filename ?? `file-${message.message_id}`, raw);
        this.print(this.files.saved(path, htmlToText(String(payload.caption ?? ""))));
      }
    }
    return message;
  }

  private store(payload: Payload): Message {
    const message: Message = {
      message_id: this.nextMessageId++,
      date: this.date(),
      chat: { id: this.user.id, type: "private", first_name: this.user.first_name },
      from: CONSOLE_BOT,
      text: htmlToText(String(payload.text ?? "")),
    };
    this.sent.set(message.message_id, message);
    return this.withMarkup(message, payload.reply_markup);
  }

  private withMarkup(message: Message, markup: unknown): Message {
    const keyboard = (markup as InlineKeyboardMarkup | undefined)?.inline_keyboard;
    if (keyboard && keyboard.length > 0) message.reply_markup = { inline_keyboard: keyboard };
    else delete message.reply_markup;
    return message;
  }

  private show(message: Message, edited: boolean): Message {
    this.print(`${edited ? "✎ " : ""}${message.text ?? ""}`);
    this.showButtons(message);
    return message;
  }

  private showButtons(message: Message): void {
    const buttons = message.reply_markup?.inline_keyboard.flat() ?? [];
    const data = buttons.map((b) => ("callback_data" in b ? b.callback_data : ""));
    buttons.forEach((b, i) => {
      this.print(`  [${i + 1}] ${b.text}`);
    });
    this.onScreen = buttons.length > 0 ? { message, data } : null;
    this.print("");
  }
}
