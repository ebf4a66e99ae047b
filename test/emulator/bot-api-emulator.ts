/**
 * A local Telegram Bot API for end-to-end tests: the real bot process polls it through
 * TELEGRAM_API_ROOT while the test plays users (sendText, pressButton …) and checks what the bot
 * did (botMessages, waitFor, calls). This class is the test-side API; the pieces live beside it.
 */
import { ApiError } from "./api-error.ts";
import { type BotMessage, toBotMessage } from "./bot-message.ts";
import { findMethod } from "./bot-methods.ts";
import { type ApiCall, CallLog } from "./call-log.ts";
import {
  type ChatOptions,
  ChatState,
  type StoredFile,
  type StoredMessage,
  type UserRef,
} from "./chat-state.ts";
import { type CallOutcome, EmulatorServer } from "./emulator-server.ts";
import { type Fault, FaultPlan, faultError } from "./faults.ts";
import { type RateLimits, RateMeter, type RateStats } from "./rate-meter.ts";
import type { Params } from "./request-params.ts";
import type { BotCommand, CallbackQuery, ChatMemberStatus, Message, Update, User } from "./telegram-types.ts";
import { type QueuedUpdate, UpdateQueue } from "./update-queue.ts";
import {
  buttonPress,
  documentFields,
  editUserText,
  type FileBytes,
  photoFields,
  registerParties,
  removeBot,
  textFields,
  type UserMessageExtra,
  userMessage,
} from "./user-actions.ts";
import { WebhookPusher } from "./webhook-pusher.ts";

export type { BotMessage } from "./bot-message.ts";
export type { ApiCall } from "./call-log.ts";
export type { ChatOptions, StoredFile, StoredMessage, UserRef } from "./chat-state.ts";
export type { Fault } from "./faults.ts";
export type { RateLimits, RateStats } from "./rate-meter.ts";
export type * from "./telegram-types.ts";
export type { QueuedUpdate } from "./update-queue.ts";
export type { FileBytes, UserMessageExtra } from "./user-actions.ts";

export interface EmulatorOptions {
  /** When set, other tokens get 401 Unauthorized; when not, any token is accepted. */
  token?: string;
  /** getMe's answer; the id defaults to the token's numeric prefix. */
  bot?: Partial<User>;
  /** Milliseconds since the epoch for message dates; defaults to the real clock. */
  now?: () => number;
  /** Enforce Telegram-like rate limits with 429s. Off by default: calls are only counted. */
  rateLimits?: RateLimits;
}

const SENDING_METHODS = new Set(["sendMessage", "sendPhoto", "sendDocument"]);

export class BotApiEmulator {
  private readonly state: ChatState;
  private readonly updates = new UpdateQueue();
  /** Telegram pushing updates to the bot's webhook, once the bot calls setWebhook. */
  readonly webhook = new WebhookPusher(this.updates);
  private readonly log = new CallLog();
  private readonly faults = new FaultPlan();
  private readonly rates: RateMeter;
  private readonly server: EmulatorServer;
  private readonly token?: string;

  constructor(options: EmulatorOptions = {}) {
    this.token = options.token;
    const tokenId = Number(options.token?.split(":")[0]);
    const bot: User = {
      id: Number.isInteger(tokenId) && tokenId > 0 ? tokenId : 7_000_000_001,
      is_bot: true,
      first_name: "Taizhang Test",
      username: "taizhang_test_bot",
      ...options.bot,
    };
    this.state = new ChatState(bot, options.now ?? Date.now);
    this.rates = new RateMeter(options.rateLimits);
    this.server = new EmulatorServer({
      call: (token, method, params, signal) => this.handleCall(token, method, params, signal),
      download: (token, filePath) => {
        if (this.token !== undefined && token !== this.token) return undefined;
        const file = this.state.fileByPath(filePath);
        return file && { bytes: file.bytes, ...(file.mimeType ? { mimeType: file.mimeType } : {}) };
      },
    });
  }

  /** Listens on a free port of 127.0.0.1; `apiRoot` is what TELEGRAM_API_ROOT should be. */
  async start(): Promise<{ apiRoot: string }> {
    return { apiRoot: await this.server.start() };
  }

  async stop(): Promise<void> {
    await this.webhook.clear();
    this.updates.close();
    // Let the held polls write their empty answers before the connections are cut.
    await new Promise((resolve) => setImmediate(resolve));
    this.log.rejectWaiters(new Error("the emulator stopped"));
    await this.server.stop();
  }

  get bot(): User {
    return this.state.bot;
  }

  // ------------------------------------------------------------------------------ world set-up

  /** A user; also opens their private chat with the bot (its id is the user's id). */
  registerUser(user: Partial<User> & { id: number }): User {
    return this.state.registerUser(user);
  }

  /** A chat with its type and title; negative ids are groups ("supergroup" for -100… ids by default). */
  registerChat(options: ChatOptions) {
    return this.state.registerChat(options);
  }

  /** What getChatMember answers for this user in this chat (the default is the chat's, "member"). */
  setMemberStatus(chatId: number, userId: number, status: ChatMemberStatus): void {
    const record = this.state.chatForTest(chatId);
    if (userId === this.bot.id) record.botStatus = status;
    else record.memberStatus.set(userId, status);
  }

  /** A file the bot can fetch with getFile and download; use its fileId in hand-made updates. */
  registerFile(bytes: FileBytes, meta: { fileName?: string; mimeType?: string } = {}): StoredFile {
    return this.state.registerFile(Buffer.from(bytes), meta);
  }

  // ------------------------------------------------------------------------------ users acting

  /** A user writes in a chat. /commands get their bot_command entities, as Telegram adds them. */
  sendText(chatId: number, fromUser: UserRef, text: string, extra: UserMessageExtra = {}) {
    return this.enqueueMessage(userMessage(this.state, chatId, fromUser, textFields(text), extra));
  }

  /** A user sends a file; the bot can getFile it and download these bytes. */
  sendDocument(
    chatId: number,
    fromUser: UserRef,
    document: { bytes: FileBytes; fileName: string; mimeType?: string; caption?: string },
    extra: UserMessageExtra = {},
  ) {
    const { fields, file } = documentFields(this.state, document);
    return { ...this.enqueueMessage(userMessage(this.state, chatId, fromUser, fields, extra)), file };
  }

  /** A user sends a photo (one size). */
  sendPhoto(
    chatId: number,
    fromUser: UserRef,
    photo: { bytes: FileBytes; caption?: string; width?: number; height?: number },
    extra: UserMessageExtra = {},
  ) {
    const { fields, file } = photoFields(this.state, photo);
    return { ...this.enqueueMessage(userMessage(this.state, chatId, fromUser, fields, extra)), file };
  }

  /** A user edits their own message: the bot gets an edited_message update. */
  editText(chatId: number, messageId: number, text: string): { update: Update; message: Message } {
    const stored = editUserText(this.state, chatId, messageId, text);
    const queued = this.enqueue({ edited_message: structuredClone(stored.message) });
    return { update: queued.update, message: stored.message };
  }

  /** A user presses an inline button; it must be on the message unless allowMissingButton. */
  pressButton(
    chatId: number,
    fromUser: UserRef,
    messageId: number,
    data: string,
    options: { allowMissingButton?: boolean } = {},
  ): { update: Update; callbackQuery: CallbackQuery } {
    const callbackQuery = buttonPress(
      this.state,
      chatId,
      fromUser,
      messageId,
      data,
      options.allowMissingButton,
    );
    return { update: this.enqueue({ callback_query: callbackQuery }).update, callbackQuery };
  }

  /**
   * Any update, as given; an update_id already used makes a duplicate (Telegram redelivering).
   * Chats and users in it become known, so that the bot's replies are not "chat not found".
   */
  injectUpdate(raw: Partial<Update> & Record<string, unknown>): Update {
    registerParties(this.state, raw);
    return this.enqueue(raw).update;
  }

  /**
   * The bot can no longer write to the chat: 403 "bot was kicked from the group chat" (or "blocked
   * by the user" for a private chat). With `notify`, the bot gets the my_chat_member update too.
   */
  blockChat(chatId: number, options: { notify?: boolean; by?: UserRef } = {}): void {
    const change = removeBot(this.state, chatId, options.by);
    if (options.notify) this.enqueue({ my_chat_member: change });
  }

  unblockChat(chatId: number): void {
    delete this.state.chatForTest(chatId).gone;
  }

  // ------------------------------------------------------------------------------ faults

  /** The next `times` calls of `method` ("*" for any but getUpdates) fail this way. */
  failNext(method: string, fault: Fault, times = 1): void {
    this.faults.add(method, fault, times);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  // ------------------------------------------------------------------------------ observing the bot

  /** Everything the bot sent (in order), with the current text and markup after its edits. */
  botMessages(chatId?: number): BotMessage[] {
    return this.state.botMessages
      .filter((stored) => chatId === undefined || stored.message.chat.id === chatId)
      .map(toBotMessage);
  }

  /** Any message, the user's included, e.g. to see the bot's reaction on it. */
  message(chatId: number, messageId: number): StoredMessage | undefined {
    return this.state.chats.get(chatId)?.messages.get(messageId);
  }

  /** The bot's answerCallbackQuery parameters for a pressed button, once it answered. */
  callbackAnswer(callbackQueryId: string): Params | undefined {
    return this.state.callbackQueries.get(callbackQueryId)?.answer;
  }

  /** The list setMyCommands set for a scope and language (default scope, no language by default). */
  commands(scope: object = { type: "default" }, languageCode = ""): BotCommand[] {
    return this.state.commands.get(`${JSON.stringify(scope)}|${languageCode}`) ?? [];
  }

  /** Every update enqueued, with when it was enqueued, delivered and confirmed. */
  get updateLog(): readonly QueuedUpdate[] {
    return this.updates.log;
  }

  get pendingUpdates(): number {
    return this.updates.pendingCount;
  }

  /** Calls per second overall and per chat (getUpdates excluded). */
  stats(): RateStats {
    return this.rates.stats();
  }

  /** Resolves once the bot holds a getUpdates request open, i.e. it is up and listening. */
  waitForPoller(timeoutMs = 5000): Promise<void> {
    return this.updates.waitForPoller(timeoutMs);
  }

  /** Every Bot API call, in arrival order, with its answer and times. */
  get calls(): readonly ApiCall[] {
    return this.log.calls;
  }

  /**
   * Resolves with the first answered call matching the predicate, looking from `since` (a position
   * in `calls`; by default where the test last acted as a user, so a reply that came before this
   * was called still counts). Rejects after timeoutMs, listing the calls it saw.
   */
  waitFor(
    predicate: (call: ApiCall) => boolean,
    timeoutMs = 2000,
    options: { since?: number } = {},
  ): Promise<ApiCall> {
    return this.log.waitFor(predicate, timeoutMs, options.since);
  }

  /** Waits for the bot to send a message to the chat (whose text matches, if given) and returns it. */
  async waitForBotMessage(
    chatId: number,
    match?: string | RegExp,
    timeoutMs = 2000,
    options: { since?: number } = {},
  ): Promise<BotMessage> {
    const matches = (text: string) =>
      match === undefined || (typeof match === "string" ? text.includes(match) : match.test(text));
    const call = await this.waitFor(
      (c) => {
        if (!c.ok || !SENDING_METHODS.has(c.method) || c.chatId !== chatId) return false;
        const sent = c.result as Message;
        return matches(sent.text ?? sent.caption ?? "");
      },
      timeoutMs,
      options,
    );
    const sent = call.result as Message;
    return toBotMessage(this.state.chats.get(chatId)?.messages.get(sent.message_id) as StoredMessage);
  }

  // ------------------------------------------------------------------------------ internals

  private enqueueMessage(stored: StoredMessage): { update: Update; message: Message } {
    // The update carries a copy: later edits must not change what was delivered.
    return {
      update: this.enqueue({ message: structuredClone(stored.message) }).update,
      message: stored.message,
    };
  }

  private enqueue(update: Partial<Update> & Record<string, unknown>): QueuedUpdate {
    this.log.mark = this.log.calls.length;
    return this.updates.push(update);
  }

  private async handleCall(
    token: string,
    methodName: string,
    params: Params,
    signal: AbortSignal,
  ): Promise<CallOutcome> {
    const method = findMethod(methodName);
    const call = this.log.open(method?.name ?? methodName, params);
    const outcome = await this.outcomeOf(call, token, method, signal);
    if ("dropConnection" in outcome)
      this.log.answered(call, { error: { error_code: 0, description: "connection dropped" } });
    else if (outcome.ok) this.log.answered(call, { result: outcome.result });
    else
      this.log.answered(call, {
        error: { error_code: outcome.error.errorCode, description: outcome.error.description },
      });
    return outcome;
  }

  private async outcomeOf(
    call: ApiCall,
    token: string,
    method: ReturnType<typeof findMethod>,
    signal: AbortSignal,
  ): Promise<CallOutcome> {
    try {
      if (this.token !== undefined && token !== this.token) throw new ApiError(401, "Unauthorized");
      if (!method) throw new ApiError(404, "Not Found: method not found");
      const fault = this.faults.take(method.name);
      if (fault && "dropConnection" in fault) return { dropConnection: true };
      if (fault) throw faultError(fault);
      const chat = call.chatId === undefined ? undefined : this.state.chats.get(call.chatId);
      this.rates.admit(method.name, call.chatId, chat !== undefined && chat.chat.type !== "private");
      const result = await method.handler(call.params, {
        state: this.state,
        updates: this.updates,
        webhook: this.webhook,
        signal,
      });
      // The bot gets a snapshot: later edits must not change what an earlier answer said.
      return { ok: true, result: structuredClone(result) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error };
      throw error;
    }
  }
}
