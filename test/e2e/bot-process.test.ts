import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotApiEmulator, BotMessage, User } from "../emulator/bot-api-emulator.ts";
import { type BotProcess, startBotProcess } from "./bot-process.ts";

/**
 * The real bot process (`node --import tsx src/main.ts` with BOT_TOKEN) against the Bot API
 * emulator, played through as a county would use it: the bootstrap admin builds the ledger from the
 * chat, cadres join with a code and report in private and in a group, fix and withdraw, a stranger
 * tries, Telegram redelivers, fifty cadres write at once, and SIGTERM stops it cleanly.
 */
const TOKEN = "123456:E2E";
const ADMIN: User = { id: 100, is_bot: false, first_name: "王县长", language_code: "zh-hans" };
const CADRE: User = { id: 200, is_bot: false, first_name: "李明", language_code: "zh-hans" };
const STRANGER: User = { id: 300, is_bot: false, first_name: "路人", language_code: "zh-hans" };
const GROUP = -1009876543210;

let dir: string;
let databaseFile: string;
let emulator: BotApiEmulator;
let bot: ChildProcess;
let exited: Promise<number | null>;
let started: BotProcess;

beforeAll(async () => {
  started = await startBotProcess({ token: TOKEN, adminId: ADMIN.id });
  ({ dir, databaseFile, emulator, bot, exited } = started);
  await emulator.waitForPoller(20_000);
}, 40_000);

afterAll(async () => {
  if (bot.exitCode === null) bot.kill("SIGKILL");
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A user writes; the bot's next message in that chat (matching, if given) comes back. */
async function say(
  user: User,
  text: string,
  options: { chat?: number; match?: RegExp } = {},
): Promise<BotMessage> {
  const chat = options.chat ?? user.id;
  emulator.sendText(chat, user, text);
  return emulator.waitForBotMessage(chat, options.match, 10_000);
}

async function press(chat: number, user: User, card: BotMessage, label: string): Promise<BotMessage> {
  const current = emulator.botMessages(chat).find((m) => m.messageId === card.messageId);
  const data = current?.inlineKeyboard?.flat().find((b) => b.text.includes(label))?.callback_data;
  if (!data) throw new Error(`no button "${label}" on ${JSON.stringify(current?.inlineKeyboard)}`);
  const { callbackQuery } = emulator.pressButton(chat, user, card.messageId, data);
  await emulator.waitFor(
    (c) => c.method === "answerCallbackQuery" && c.params.callback_query_id === callbackQuery.id,
    10_000,
  );
  return emulator.botMessages(chat).find((m) => m.messageId === card.messageId) as BotMessage;
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const reportOf = (chat: number, messageId: number) =>
  query<{ state: string }>(
    `SELECT state FROM "Report" WHERE "chatExternalId" = ? AND "messageId" = ?`,
    String(chat),
    String(messageId),
  )[0];

let inviteCode = "";

describe("the bot process, end to end", () => {
  it("lets the bootstrap admin build units and tasks from the chat", async () => {
    expect((await say(ADMIN, "/start")).text).toContain("你好，王县长");
    expect((await say(ADMIN, "/unit add 金塔县 金塔镇")).text).toBe("已在「金塔县」下添加「金塔镇」。");
    expect((await say(ADMIN, "/unit add 金塔镇 民建村")).text).toBe("已在「金塔镇」下添加「民建村」。");
    for (const [answers, done] of [
      [["农村改厕，改厕", "金塔县", "户", "1200", "2024-12-31"], "已添加任务「农村改厕」"],
      [["高标准农田建设，高标准农田", "金塔县", "亩", "30000", "-"], "已添加任务「高标准农田建设」"],
    ] as const) {
      await say(ADMIN, "/task add");
      let last: BotMessage | undefined;
      for (const answer of answers) last = await say(ADMIN, answer);
      expect(last?.text).toContain(done);
    }
  });

  it("gives a stranger nothing but the join hint", async () => {
    const hint = await say(STRANGER, "民建村 改厕 新增5户");
    expect(hint.text).toContain("/join 邀请码");
    expect(query(`SELECT id FROM "Report"`)).toHaveLength(0);
  });

  it("lets a cadre join with an invitation code", async () => {
    const invite = await say(ADMIN, "/invite 民建村 reporter 7 60", { match: /邀请码/ });
    inviteCode = /邀请码：(\w+)/.exec(invite.text ?? "")?.[1] ?? "";
    expect(inviteCode).toMatch(/^[A-Z0-9]{8}$/);
    expect((await say(CADRE, `/join ${inviteCode}`)).text).toContain("你已加入 民建村，身份：填报员");
  });

  it("takes a private report through confirm, fix (another task, a kind) and withdraw", async () => {
    const { message } = emulator.sendText(CADRE.id, CADRE, "民建村 改厕 本周新增30户");
    const first = await emulator.waitForBotMessage(CADRE.id, undefined, 10_000);
    expect(first.text).toContain("任务：农村改厕");
    const confirmed = await press(CADRE.id, CADRE, first, "✅");
    expect(confirmed.text).toContain("✅ 已确认");
    expect(reportOf(CADRE.id, message.message_id)?.state).toBe("confirmed");

    const second = await say(CADRE, "民建村 改厕 新增10户");
    await press(CADRE.id, CADRE, second, "✏️ 修改");
    await press(CADRE.id, CADRE, second, "换一个任务");
    const otherTask = await press(CADRE.id, CADRE, second, "高标准农田建设");
    expect(otherTask.text).toContain("任务：高标准农田建设");
    await press(CADRE.id, CADRE, second, "✏️ 修改");
    await press(CADRE.id, CADRE, second, "✏️ 新增 10 户");
    const otherKind = await press(CADRE.id, CADRE, second, "累计");
    expect(otherKind.text).toContain("• 累计：10 户");

    const third = await say(CADRE, "民建村 改厕 新增99户");
    const withdrawn = await press(CADRE.id, CADRE, third, "↩️");
    expect(withdrawn.text).toContain("↩️ 已撤回");
    expect(
      query(`SELECT state FROM "Report" ORDER BY "sentAt", "createdAt"`).map(
        (r) => (r as { state: string }).state,
      ),
    ).toEqual(["confirmed", "corrected", "withdrawn"]);
  });

  it("re-reads an edited message and edits its card", async () => {
    const { message } = emulator.sendText(CADRE.id, CADRE, "民建村 改厕 新增5户");
    const card = await emulator.waitForBotMessage(CADRE.id, /新增：5 户/, 10_000);
    emulator.editText(CADRE.id, message.message_id, "民建村 改厕 新增8户");
    await emulator.waitFor(
      (c) => c.method === "editMessageText" && c.params.message_id === card.messageId,
      10_000,
    );
    expect(emulator.botMessages(CADRE.id).find((m) => m.messageId === card.messageId)?.text).toContain(
      "新增：8 户",
    );
  });

  it("in a bound group answers reports, stays silent on chatter and on strangers", async () => {
    emulator.registerChat({ id: GROUP, title: "金塔镇工作群", botStatus: "member" });
    const bound = await say(ADMIN, "/bind 金塔镇", { chat: GROUP });
    expect(bound.text).toContain("本群已绑定到「金塔镇」");
    expect(bound.text).toContain("/setprivacy");

    const { message } = emulator.sendText(GROUP, CADRE, "民建村 改厕 本周新增6户");
    const card = await emulator.waitForBotMessage(GROUP, /农村改厕/, 10_000);
    expect(card.replyToMessageId).toBe(message.message_id);

    const before = emulator.botMessages(GROUP).length;
    emulator.sendText(GROUP, CADRE, "收到，谢谢");
    emulator.sendText(GROUP, STRANGER, "民建村 改厕 新增3户");
    await say(ADMIN, "/help", { chat: GROUP, match: /怎么报送/ });
    expect(emulator.botMessages(GROUP).length - before).toBe(1);
  });

  it("makes one report and one card of an update Telegram delivers twice", async () => {
    const { update, message } = emulator.sendText(CADRE.id, CADRE, "民建村 改厕 新增4户");
    await emulator.waitForBotMessage(CADRE.id, /新增：4 户/, 10_000);
    emulator.injectUpdate(structuredClone(update));
    await say(CADRE, "/help", { match: /怎么报送/ });
    expect(emulator.botMessages(CADRE.id).filter((m) => m.text?.includes("新增：4 户"))).toHaveLength(1);
    expect(query(`SELECT id FROM "Report" WHERE "messageId" = ?`, String(message.message_id))).toHaveLength(
      1,
    );
    expect(query(`SELECT id FROM "InboxUpdate" WHERE "updateId" = ?`, String(update.update_id))).toHaveLength(
      1,
    );
  });

  it("handles fifty cadres reporting at once: fifty reports, fifty cards", async () => {
    const cadres: User[] = Array.from({ length: 50 }, (_, i) => ({
      id: 5000 + i,
      is_bot: false,
      first_name: `干部${i}`,
    }));
    let since = emulator.calls.length;
    for (const c of cadres) emulator.sendText(c.id, c, `/join ${inviteCode}`);
    for (const c of cadres) await emulator.waitForBotMessage(c.id, /你已加入/, 15_000, { since });

    since = emulator.calls.length;
    for (const [i, c] of cadres.entries()) emulator.sendText(c.id, c, `民建村 改厕 本周新增${i + 1}户`);
    for (const [i, c] of cadres.entries()) {
      const card = await emulator.waitForBotMessage(c.id, /农村改厕/, 15_000, { since });
      expect(card.text).toContain(`新增：${i + 1} 户`);
    }
    const ids = cadres.map((c) => String(c.id));
    const rows = query(
      `SELECT id FROM "Report" WHERE "chatExternalId" IN (${ids.map(() => "?").join(",")})`,
      ...ids,
    );
    expect(rows).toHaveLength(50);
    for (const c of cadres)
      expect(emulator.botMessages(c.id).filter((m) => m.text?.includes("农村改厕"))).toHaveLength(1);
  });

  it("stops on SIGTERM, finishing what it holds, and exits 0", async () => {
    bot.kill("SIGTERM");
    const code = await exited;
    if (code !== 0) console.error(started.log());
    expect(code).toBe(0);
  });
});
