import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { createInterface } from "node:readline";
import type { BotError } from "grammy";
import type { Logger } from "pino";
import { openApp } from "../app/index.ts";
import { createBot } from "../bot/bot.ts";
import type { BotContext } from "../bot/context.ts";
import { DEMO_COUNTY, loadDemoTasks, seedDemoCounty } from "../demo/seed.ts";
import { type Locale, translate } from "../i18n.ts";
import { projectPath } from "../paths.ts";
import { CONSOLE_BOT, ConsoleTelegram } from "./console-telegram.ts";

/**
 * The console chat: a newcomer types as a cadre would, with no Telegram account. It is the real
 * bot (the same grammY pipeline, features and use cases) fed updates in-process, with a demo
 * county in its own database file. Works on a terminal and on piped input alike.
 */
export const CONSOLE_USER_ID = 100_000_001;

export async function runConsoleChat(options: {
  databaseUrl: string;
  locale: Locale;
  now: () => Date;
  log: Logger;
  timeZone?: string;
  tasksFile?: string;
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream;
}): Promise<void> {
  const output = options.output ?? process.stdout;
  const input = options.input ?? process.stdin;
  const say = (text: string) => output.write(`${text}\n`);
  const t = (key: string) => translate(options.locale, key);
  const user = {
    id: CONSOLE_USER_ID,
    is_bot: false as const,
    first_name: t("console-user-name"),
    language_code: options.locale === "en" ? "en" : "zh-hans",
  };
  const app = await openApp({
    databaseUrl: options.databaseUrl,
    now: options.now,
    bootstrapAdminIds: [String(CONSOLE_USER_ID)],
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  try {
    const sender = {
      platform: "telegram",
      externalId: String(user.id),
      displayName: user.first_name,
      privateChat: true,
    };
    await seedDemoCounty(app.deps, sender, options.tasksFile ? loadDemoTasks(options.tasksFile) : undefined);
    say(translate(options.locale, "console-welcome", { county: DEMO_COUNTY }));
    say(t("console-example"));
    say("");

    const telegram = new ConsoleTelegram(say, user, options.now, {
      save(name, bytes) {
        const dir = projectPath("data", "console");
        mkdirSync(dir, { recursive: true });
        const path = join(dir, basename(name));
        writeFileSync(path, bytes);
        return relative(process.cwd(), path);
      },
      saved: (path, caption) => translate(options.locale, "console-file-saved", { path, caption }),
    });
    const bot = createBot(app.deps, {
      token: "console",
      botInfo: CONSOLE_BOT,
      transport: telegram.transport,
      log: options.log,
      timeZone: options.timeZone ?? "Asia/Shanghai",
    });
    const lines = createInterface({ input, terminal: false });
    for await (const line of lines) {
      const text = line.trim();
      if (text === "") continue;
      if (text === "/quit" || text === "/exit") break;
      // Piped input is not on screen: echo it, so the transcript reads as a conversation.
      if (!input.isTTY) say(`› ${text}`);
      await bot
        .handleUpdate(telegram.typed(text))
        .catch((error: BotError<BotContext>) => bot.errorHandler(error));
    }
    say(t("console-bye"));
  } finally {
    await app.close();
  }
}
