import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BotApiEmulator, type Message, type Update } from "./bot-api-emulator.ts";
import { parseMultipart } from "./multipart.ts";

const TOKEN = "123456:TEST-token";
const GROUP = -1001234567890;

let emulator: BotApiEmulator;
let apiRoot: string;

beforeEach(async () => {
  emulator = new BotApiEmulator({ token: TOKEN });
  ({ apiRoot } = await emulator.start());
});

afterEach(async () => {
  await emulator.stop();
});

interface Answer<T = unknown> {
  status: number;
  body: {
    ok: boolean;
    result: T;
    error_code?: number;
    description?: string;
    parameters?: { retry_after?: number };
  };
}

/** Calls the emulator the way a bot does, with a JSON body. */
async function call<T = unknown>(
  method: string,
  params: object = {},
  signal?: AbortSignal,
): Promise<Answer<T>> {
  const res = await fetch(`${apiRoot}/bot${TOKEN}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
    ...(signal ? { signal } : {}),
  });
  return { status: res.status, body: (await res.json()) as Answer<T>["body"] };
}

const getUpdates = (params: object = {}, signal?: AbortSignal) =>
  call<Update[]>("getUpdates", params, signal);
const ids = (answer: Answer<Update[]>) => answer.body.result.map((u) => u.update_id);

describe("the Bot API emulator", () => {
  it("answers getMe, and 404 for unknown methods and 401 for another token", async () => {
    const me = await call<{ id: number; is_bot: boolean; username: string }>("getMe");
    expect(me.body).toMatchObject({ ok: true, result: { id: 123456, is_bot: true } });

    const unknown = await call("sendTelepathicHint", { chat_id: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });

    const res = await fetch(`${apiRoot}/bot999:other/getMe`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ ok: false, error_code: 401, description: "Unauthorized" });
  });

  describe("getUpdates", () => {
    it("holds a long poll until a message is enqueued, and not before", async () => {
      const started = Date.now();
      let settled = false;
      const poll = getUpdates({ timeout: 10 }).finally(() => {
        settled = true;
      });
      await emulator.waitForPoller();
      expect(settled).toBe(false);

      const { message } = emulator.sendText(42, { id: 42, first_name: "李明" }, "民建村 本周新增300亩");
      const answer = await poll;
      expect(answer.body.result).toHaveLength(1);
      expect(answer.body.result[0]?.message).toMatchObject({
        message_id: message.message_id,
        text: "民建村 本周新增300亩",
        chat: { id: 42, type: "private", first_name: "李明" },
        from: { id: 42, is_bot: false },
      });
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it("answers an empty list once the timeout passes", async () => {
      const started = Date.now();
      const answer = await getUpdates({ timeout: 0.2 });
      expect(answer.body).toEqual({ ok: true, result: [] });
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    });

    it("drops updates below the offset and keeps the rest until confirmed", async () => {
      for (const text of ["one", "two", "three"]) emulator.sendText(42, 42, text);
      const all = await getUpdates();
      expect(all.body.result.map((u) => u.message?.text)).toEqual(["one", "two", "three"]);
      const [first, second, third] = ids(all) as [number, number, number];

      expect(ids(await getUpdates({ limit: 1 }))).toEqual([first]);
      expect(ids(await getUpdates({ offset: second }))).toEqual([second, third]);
      expect(ids(await getUpdates({ offset: third + 1 }))).toEqual([]);
      expect(emulator.pendingUpdates).toBe(0);
      expect(emulator.updateLog.every((u) => u.confirmedAt !== undefined)).toBe(true);
    });

    it("loses nothing when a poller is killed mid-request or dies before confirming", async () => {
      const killed = new AbortController();
      const poll = getUpdates({ timeout: 10 }, killed.signal);
      await emulator.waitForPoller();
      killed.abort();
      await expect(poll).rejects.toThrow();
      // The emulator notices the hang-up and answers the dead request with nothing.
      await emulator.waitFor((c) => c.method === "getUpdates", 2000, { since: 0 });

      const { update } = emulator.sendText(42, 42, "after the crash");
      const restarted = await getUpdates({ timeout: 1 });
      expect(ids(restarted)).toEqual([update.update_id]);

      // Delivered but never confirmed (the bot died before its next poll): delivered again.
      expect(ids(await getUpdates({ offset: update.update_id }))).toEqual([update.update_id]);
    });

    it("ends a held poll with 409 when a second poller starts, as Telegram does", async () => {
      const first = getUpdates({ timeout: 10 });
      await emulator.waitForPoller();
      const second = getUpdates({ timeout: 0 });
      const [a, b] = await Promise.all([first, second]);
      expect(a.status).toBe(409);
      expect(a.body.description).toMatch(/^Conflict: terminated by other getUpdates request/);
      expect(b.body.ok).toBe(true);
    });

    it("delivers an injected duplicate once more, and drop_pending_updates empties the queue", async () => {
      const { update } = emulator.sendText(42, 42, "hello");
      expect(ids(await getUpdates())).toEqual([update.update_id]);
      emulator.injectUpdate(structuredClone(update));
      expect(ids(await getUpdates({ offset: update.update_id + 1 }))).toEqual([update.update_id]);
      expect(ids(await getUpdates({ offset: update.update_id + 1 }))).toEqual([]);

      emulator.sendText(42, 42, "stale");
      await call("deleteWebhook", { drop_pending_updates: true });
      expect(ids(await getUpdates())).toEqual([]);
    });
  });

  it("round-trips sendMessage, a button press, answerCallbackQuery and editMessageText", async () => {
    const cadre = emulator.registerUser({ id: 42, first_name: "李明", language_code: "zh-hans" });
    const { message: command } = emulator.sendText(42, cadre, "/start");
    expect(command.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);

    const keyboard = { inline_keyboard: [[{ text: "确认", callback_data: "ok:1" }]] };
    const sent = await call<Message>("sendMessage", {
      chat_id: 42,
      text: "<b>任务</b>：高标准农田 &lt;300亩&gt;",
      parse_mode: "HTML",
      reply_markup: keyboard,
      reply_parameters: { message_id: command.message_id },
    });
    expect(sent.body.result).toMatchObject({
      message_id: command.message_id + 1,
      chat: { id: 42, type: "private" },
      from: { id: 123456, is_bot: true },
      text: "任务：高标准农田 <300亩>",
      entities: [{ type: "bold", offset: 0, length: 2 }],
      reply_to_message: { message_id: command.message_id },
      reply_markup: keyboard,
    });
    expect(typeof sent.body.result.date).toBe("number");
    expect(sent.body.result.date).toBeLessThan(1e11); // seconds, not milliseconds

    const { callbackQuery } = emulator.pressButton(42, cadre, sent.body.result.message_id, "ok:1");
    expect(() => emulator.pressButton(42, cadre, sent.body.result.message_id, "nope")).toThrow(/no button/);
    const updates = await getUpdates();
    expect(updates.body.result.at(-1)?.callback_query).toMatchObject({ id: callbackQuery.id, data: "ok:1" });

    expect(
      (await call("answerCallbackQuery", { callback_query_id: callbackQuery.id, text: "已确认" })).body.ok,
    ).toBe(true);
    const again = await call("answerCallbackQuery", { callback_query_id: callbackQuery.id });
    expect(again.body.description).toMatch(/query is too old/);
    expect(emulator.callbackAnswer(callbackQuery.id)).toMatchObject({ text: "已确认" });

    const edit = { chat_id: 42, message_id: sent.body.result.message_id, text: "已确认 ✅" };
    const edited = await call<Message>("editMessageText", edit);
    expect(edited.body.result).toMatchObject({ text: "已确认 ✅" });
    expect(edited.body.result.reply_markup).toBeUndefined();
    expect(edited.body.result.edit_date).toBeTypeOf("number");
    const unchanged = await call("editMessageText", edit);
    expect(unchanged.body.description).toMatch(/^Bad Request: message is not modified/);

    const [botMessage] = emulator.botMessages(42);
    expect(botMessage).toMatchObject({ text: "已确认 ✅", edits: 1, deleted: false, replyToMessageId: 1 });
    expect(botMessage?.inlineKeyboard).toBeUndefined();

    await call("setMessageReaction", {
      chat_id: 42,
      message_id: command.message_id,
      reaction: [{ type: "emoji", emoji: "👍" }],
    });
    expect(emulator.message(42, command.message_id)?.botReaction).toEqual([{ type: "emoji", emoji: "👍" }]);
    expect((await call("deleteMessage", { chat_id: 42, message_id: botMessage?.messageId })).body.ok).toBe(
      true,
    );
    expect(emulator.botMessages(42)[0]?.deleted).toBe(true);
  });

  it("swaps and removes keyboards with editMessageReplyMarkup; stale buttons can still be pressed", async () => {
    emulator.registerUser({ id: 42 });
    const first = { inline_keyboard: [[{ text: "本周", callback_data: "week" }]] };
    const sent = await call<Message>("sendMessage", { chat_id: 42, text: "选择", reply_markup: first });
    const messageId = sent.body.result.message_id;
    const second = { inline_keyboard: [[{ text: "本月", callback_data: "month" }]] };
    await call("editMessageReplyMarkup", { chat_id: 42, message_id: messageId, reply_markup: second });
    expect(emulator.botMessages(42)[0]?.inlineKeyboard).toEqual(second.inline_keyboard);
    expect(() => emulator.pressButton(42, 42, messageId, "week")).toThrow(/no button/);
    const stale = emulator.pressButton(42, 42, messageId, "week", { allowMissingButton: true });
    expect(stale.callbackQuery.data).toBe("week");

    await call("editMessageReplyMarkup", { chat_id: 42, message_id: messageId });
    expect(emulator.botMessages(42)[0]).toMatchObject({ edits: 2 });
    expect(emulator.botMessages(42)[0]?.inlineKeyboard).toBeUndefined();
    const again = await call("editMessageReplyMarkup", { chat_id: 42, message_id: messageId });
    expect(again.body.description).toMatch(/message is not modified/);
  });

  it("refuses bad markup with Telegram's texts", async () => {
    emulator.registerUser({ id: 42 });
    const html = await call("sendMessage", { chat_id: 42, text: "1 < 2", parse_mode: "HTML" });
    expect(html.body).toMatchObject({
      error_code: 400,
      description: 'Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 2',
    });
    const markdown = await call("sendMessage", { chat_id: 42, text: "done.", parse_mode: "MarkdownV2" });
    expect(markdown.body.description).toBe(
      "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    );
    const escaped = await call<Message>("sendMessage", {
      chat_id: 42,
      text: "*done*\\.",
      parse_mode: "MarkdownV2",
    });
    expect(escaped.body.result).toMatchObject({
      text: "done.",
      entities: [{ type: "bold", offset: 0, length: 4 }],
    });
    const longData = await call("sendMessage", {
      chat_id: 42,
      text: "x",
      reply_markup: {
        inline_keyboard: [[{ text: "x", callback_data: "确认".repeat(11) /* 22 characters, 66 bytes */ }]],
      },
    });
    expect(longData.body.description).toBe("Bad Request: BUTTON_DATA_INVALID");
    const nowhere = await call("sendMessage", { chat_id: 777, text: "x" });
    expect(nowhere.body.description).toBe("Bad Request: chat not found");
  });

  it("reads form-encoded and query-string parameters", async () => {
    emulator.registerUser({ id: 42 });
    const form = await fetch(`${apiRoot}/bot${TOKEN}/sendMessage`, {
      method: "POST",
      body: new URLSearchParams({
        chat_id: "42",
        text: "[1] done",
        reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "a", callback_data: "a" }]] }),
      }),
    });
    expect(await form.json()).toMatchObject({ ok: true, result: { text: "[1] done", reply_markup: {} } });
    const query = await fetch(`${apiRoot}/bot${TOKEN}/sendMessage?chat_id=42&text=hi`);
    expect(await query.json()).toMatchObject({ ok: true, result: { text: "hi" } });
  });

  describe("files", () => {
    it("takes a multipart sendDocument upload and serves it back through getFile", async () => {
      emulator.registerUser({ id: 42 });
      const bytes = Buffer.from("id,亩\r\n1,300\r\n--not-a-boundary\r\n");
      const form = new FormData();
      form.set("chat_id", "42");
      form.set("caption", "<b>周报</b>");
      form.set("parse_mode", "HTML");
      form.set("document", new Blob([bytes], { type: "text/csv" }), "台账.csv");
      const res = await fetch(`${apiRoot}/bot${TOKEN}/sendDocument`, { method: "POST", body: form });
      const sent = (await res.json()) as Answer<Message>["body"];
      expect(sent.result).toMatchObject({
        caption: "周报",
        document: { file_name: "台账.csv", mime_type: "text/csv", file_size: bytes.length },
      });
      expect(emulator.botMessages(42)[0]).toMatchObject({
        method: "sendDocument",
        text: "周报",
        upload: { fileName: "台账.csv", mimeType: "text/csv", size: bytes.length },
      });

      const file = await call<{ file_path: string }>("getFile", { file_id: sent.result.document?.file_id });
      const download = await fetch(`${apiRoot}/file/bot${TOKEN}/${file.body.result.file_path}`);
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    });

    it("reads grammY's multipart: no spaces, unquoted file names, attach:// references", async () => {
      emulator.registerUser({ id: 42 });
      const boundary = "grammy0boundary";
      const photo = Buffer.from([0xff, 0xd8, 0x0d, 0x0a, 0x2d, 0x2d, 0xff, 0xd9]);
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n42` +
            `\r\n--${boundary}\r\ncontent-disposition:form-data;name="photo"\r\n\r\nattach://a1b2` +
            `\r\n--${boundary}\r\ncontent-disposition:form-data;name="a1b2";filename=进度 照片.jpg\r\n\r\n`,
        ),
        photo,
        Buffer.from(`\r\n--${boundary}--`), // grammY ends without a final line break
      ]);
      const res = await fetch(`${apiRoot}/bot${TOKEN}/sendPhoto`, {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        body,
      });
      expect(await res.json()).toMatchObject({ ok: true, result: { photo: [{ file_size: photo.length }] } });
      expect(emulator.botMessages(42)[0]?.upload).toEqual({
        fileName: "进度 照片.jpg",
        mimeType: "application/octet-stream",
        size: photo.length,
      });
    });

    it("splits parts on the delimiter only, keeping line breaks inside the data", () => {
      const body = Buffer.from(
        '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n\r\n--bx\r\n\r\n--b--',
      );
      const [part] = parseMultipart(body, "b");
      expect(part?.data.toString()).toBe("\r\n--bx\r\n");
    });

    it("lets the bot download a document a user sent", async () => {
      const { message } = emulator.sendDocument(42, 42, { bytes: "a,b\n1,2\n", fileName: "tasks.csv" });
      const file = await call<{ file_path: string; file_size: number }>("getFile", {
        file_id: message.document?.file_id,
      });
      expect(file.body.result.file_size).toBe(8);
      const download = await fetch(`${apiRoot}/file/bot${TOKEN}/${file.body.result.file_path}`);
      expect(await download.text()).toBe("a,b\n1,2\n");
    });
  });

  describe("faults", () => {
    it("injects 429 with retry_after in parameters, then 500, then succeeds", async () => {
      emulator.registerUser({ id: 42 });
      emulator.failNext("sendMessage", { error_code: 429, retry_after: 1 });
      emulator.failNext("sendMessage", { error_code: 500 });
      const limited = await call("sendMessage", { chat_id: 42, text: "a" });
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 1",
        parameters: { retry_after: 1 },
      });
      expect((await call("sendMessage", { chat_id: 42, text: "a" })).body).toMatchObject({ error_code: 500 });
      expect((await call("sendMessage", { chat_id: 42, text: "a" })).body.ok).toBe(true);
      expect(emulator.botMessages(42)).toHaveLength(1);
    });

    it("drops the connection when asked, which a client sees as a network error", async () => {
      emulator.registerUser({ id: 42 });
      emulator.failNext("*", { dropConnection: true });
      await expect(call("sendMessage", { chat_id: 42, text: "a" })).rejects.toThrow();
      expect((await call("sendMessage", { chat_id: 42, text: "a" })).body.ok).toBe(true);
      expect(emulator.calls.map((c) => c.error?.error_code)).toEqual([0, undefined]);
    });

    it("tells the bot it was removed when blockChat notifies", async () => {
      emulator.registerChat({ id: GROUP, title: "县农业农村局" });
      emulator.blockChat(GROUP, { notify: true });
      const [update] = (await getUpdates()).body.result;
      expect(update?.my_chat_member).toMatchObject({
        chat: { id: GROUP, type: "supergroup" },
        old_chat_member: { status: "administrator" },
        new_chat_member: { status: "kicked", user: { id: 123456 } },
      });
    });

    it("answers 403 once the bot is kicked from a group or blocked by a user", async () => {
      emulator.registerChat({ id: -42, type: "group", title: "民建村工作群" });
      emulator.registerChat({ id: GROUP, type: "supergroup", title: "县农业农村局" });
      emulator.registerUser({ id: 42 });
      for (const id of [-42, GROUP, 42]) emulator.blockChat(id);

      const group = await call("sendMessage", { chat_id: -42, text: "周报" });
      expect(group.status).toBe(403);
      expect(group.body).toEqual({
        ok: false,
        error_code: 403,
        description: "Forbidden: bot was kicked from the group chat",
      });
      expect((await call("sendMessage", { chat_id: GROUP, text: "x" })).body.description).toBe(
        "Forbidden: bot was kicked from the supergroup chat",
      );
      expect((await call("sendMessage", { chat_id: 42, text: "x" })).body.description).toBe(
        "Forbidden: bot was blocked by the user",
      );
      emulator.unblockChat(-42);
      expect((await call("sendMessage", { chat_id: -42, text: "x" })).body.ok).toBe(true);
    });
  });

  it("tells chat types, member statuses and the bot's own status", async () => {
    emulator.registerChat({ id: GROUP, title: "县农业农村局" });
    emulator.registerChat({ id: -5, title: "小群" });
    emulator.setMemberStatus(GROUP, 7, "creator");
    emulator.sendText(GROUP, { id: 7, first_name: "王局长" }, "大家好");
    emulator.sendText(GROUP, { id: 8, first_name: "张三" }, "收到");

    expect((await call("getChat", { chat_id: GROUP })).body.result).toMatchObject({ type: "supergroup" });
    expect((await call("getChat", { chat_id: -5 })).body.result).toMatchObject({ type: "group" });
    const status = async (chat_id: number, user_id: number) =>
      (await call<{ status: string }>("getChatMember", { chat_id, user_id })).body.result.status;
    expect(await status(GROUP, 7)).toBe("creator");
    expect(await status(GROUP, 8)).toBe("member");
    expect(await status(GROUP, 123456)).toBe("administrator");

    expect((await call("leaveChat", { chat_id: -5 })).body.ok).toBe(true);
    expect((await call("sendMessage", { chat_id: -5, text: "x" })).body.description).toBe(
      "Forbidden: bot is not a member of the group chat",
    );
  });

  it("keeps commands, and lets a test wait for the bot's reply instead of sleeping", async () => {
    const commands = [{ command: "start", description: "开始" }];
    await call("setMyCommands", { commands });
    expect((await call("getMyCommands")).body.result).toEqual(commands);
    expect(emulator.commands()).toEqual(commands);

    emulator.registerUser({ id: 42 });
    emulator.sendText(42, 42, "/start");
    const waiting = emulator.waitForBotMessage(42, /欢迎/);
    void call("sendChatAction", { chat_id: 42, action: "typing" });
    void call("sendMessage", { chat_id: 42, text: "欢迎使用台账" });
    const reply = await waiting;
    expect(reply.text).toBe("欢迎使用台账");

    // A reply that came before waitFor was called still counts: it looks from the last user action.
    const earlier = await emulator.waitFor((c) => c.method === "sendChatAction");
    expect(earlier.params).toMatchObject({ action: "typing" });
    await expect(emulator.waitFor((c) => c.method === "sendPhoto", 50)).rejects.toThrow(/no matching call/);

    const stats = emulator.stats();
    expect(stats.byChat.get(42)?.calls).toBe(2);
    expect(stats.byMethod.sendMessage).toBe(1);
    expect(emulator.calls.every((c) => c.answeredAt !== undefined && c.answeredAt >= c.receivedAt)).toBe(
      true,
    );
  });

  it("can enforce rate limits with 429s when asked to", async () => {
    await emulator.stop();
    emulator = new BotApiEmulator({ token: TOKEN, rateLimits: { perChatPerSecond: 1 } });
    ({ apiRoot } = await emulator.start());
    emulator.registerUser({ id: 42 });
    expect((await call("sendMessage", { chat_id: 42, text: "a" })).body.ok).toBe(true);
    const second = await call("sendMessage", { chat_id: 42, text: "b" });
    expect(second.body).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
  });
});
