import pino from "pino";
import {
  type AppDeps,
  addRootUnit,
  addTask,
  addUnit,
  createInvite,
  identify,
  join as joinWithCode,
  openApp,
  operator,
} from "../../src/app/index.ts";
import { type RunningBot, startBot } from "../../src/bot/run.ts";
import type { Prisma } from "../../src/db/client.ts";
import { BotApiEmulator, type User } from "../emulator/bot-api-emulator.ts";
import { databaseKinds, type TestDatabase } from "../support/databases.ts";

export const TOKEN = "123456:TEST";

/** The people of the tests' county. Telegram ids; private chats have the same ids. */
export const ADMIN: User = { id: 1001, is_bot: false, first_name: "王县长", language_code: "zh-hans" };
export const CADRE: User = { id: 2001, is_bot: false, first_name: "李明", language_code: "zh-hans" };
export const NEIGHBOUR: User = { id: 2002, is_bot: false, first_name: "赵四", language_code: "zh-hans" };
export const STRANGER: User = { id: 3001, is_bot: false, first_name: "Stranger", language_code: "en" };
export const GROUP = -1001234567890;

/**
 * 金塔县: 金塔镇 (民建村, 团结村) and 鼎新镇 (双树村, 团结村), two county tasks; 王县长 is a bootstrap
 * admin (made so on first contact), 李明 a reporter of 民建村 and 赵四 of 双树村, both joined with codes.
 */
async function seed(deps: AppDeps) {
  await addRootUnit(deps, "金塔县");
  let op = await operator(deps);
  for (const [parent, name] of [
    ["金塔县", "金塔镇"],
    ["金塔县", "鼎新镇"],
    ["金塔镇", "民建村"],
    ["金塔镇", "团结村"],
    ["鼎新镇", "双树村"],
    ["鼎新镇", "团结村"],
  ] as const) {
    await addUnit(deps, op, { parentName: parent, name });
  }
  op = await operator(deps);
  const task = (name: string, aliases: string[], measure: string, target: number) =>
    addTask(deps, op, { ownerUnitName: "金塔县", name, aliases, measure, target, deadline: "2024-12-31" });
  await task("农村改厕", ["改厕", "户厕改造"], "户", 1200);
  await task("高标准农田建设", ["高标准农田"], "亩", 30000);
  for (const [user, unitName] of [
    [CADRE, "民建村"],
    [NEIGHBOUR, "双树村"],
  ] as const) {
    const invite = await createInvite(deps, op, { unitName, role: "reporter" });
    const person = await identify(deps, {
      platform: "telegram",
      externalId: String(user.id),
      displayName: user.first_name,
      privateChat: true,
    });
    if (invite.ok) await joinWithCode(deps, person, invite.code);
  }
}

export interface Harness {
  readonly deps: AppDeps;
  /** The database, for a test that looks at tables no repository reads (the inbox). */
  readonly prisma: Prisma;
  readonly emulator: BotApiEmulator;
  /** The emulator's Bot API root, for API clients of the test's own. */
  readonly apiRoot: string;
  readonly bot: RunningBot;
  close(): Promise<void>;
}

/**
 * The database the bot tests run on: SQLite, or PostgreSQL when TAIZHANG_TEST_DATABASE=postgres
 * (npm test runs the bot tests a second time so; they are skipped when PostgreSQL is not there).
 */
export const harnessOnPostgres = process.env.TAIZHANG_TEST_DATABASE === "postgres";

async function harnessDatabase(): Promise<TestDatabase> {
  const kinds = await databaseKinds();
  const kind = kinds.find((k) => k.name === (harnessOnPostgres ? "postgres" : "sqlite"));
  if (!kind?.available) throw new Error("PostgreSQL is not reachable for the bot tests");
  return kind.create();
}

/** The bot as production runs it (runner, transformers, database), in this process: fast to start. */
export async function startHarness(options: { seed?: boolean } = {}): Promise<Harness> {
  const database = await harnessDatabase();
  const app = await openApp({
    databaseUrl: database.url,
    now: () => new Date("2024-06-14T17:49:00+08:00"),
    bootstrapAdminIds: [String(ADMIN.id)],
  });
  if (options.seed !== false) await seed(app.deps);
  const emulator = new BotApiEmulator({ token: TOKEN });
  const { apiRoot } = await emulator.start();
  for (const user of [ADMIN, CADRE, NEIGHBOUR, STRANGER]) emulator.registerUser(user);
  const log = pino({ level: process.env.TEST_LOG ?? "silent" });
  const bot = await startBot(app.deps, { token: TOKEN, apiRoot, log, timeZone: "Asia/Shanghai" });
  await emulator.waitForPoller();
  return {
    deps: app.deps,
    prisma: app.db.prisma,
    emulator,
    apiRoot,
    bot,
    async close() {
      await bot.stop();
      await emulator.stop();
      await app.close();
      await database.drop();
    },
  };
}

/** The text of the next message the bot sends to a chat, after the test's last action. */
export async function replyIn(h: Harness, chatId: number, match?: string | RegExp) {
  return h.emulator.waitForBotMessage(chatId, match);
}

/** Callback data of the button with this label on a bot message. */
export function buttonData(
  message: { inlineKeyboard?: Array<Array<{ text: string; callback_data?: string }>> },
  label: string | RegExp,
): string {
  const button = message.inlineKeyboard
    ?.flat()
    .find((b) => (typeof label === "string" ? b.text.includes(label) : label.test(b.text)));
  if (!button?.callback_data) {
    throw new Error(
      `no button ${String(label)} among ${JSON.stringify(message.inlineKeyboard?.flat().map((b) => b.text))}`,
    );
  }
  return button.callback_data;
}
