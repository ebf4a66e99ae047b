import { readFileSync } from "node:fs";
import { z } from "zod";
import { runConsoleChat } from "./channels/console.ts";
import { loadConfig } from "./config.ts";
import { ledgerTaskSchema, TaskIndex } from "./domain/parser/index.ts";
import { pickLocale } from "./i18n.ts";
import { createLogger } from "./log.ts";

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);

const tasksFile = config.TAIZHANG_TASKS ?? new URL("./demo/tasks.json", import.meta.url);
const tasks = new TaskIndex(z.array(ledgerTaskSchema).parse(JSON.parse(readFileSync(tasksFile, "utf8"))));
const now = () => (config.TAIZHANG_NOW ? new Date(config.TAIZHANG_NOW) : new Date());

if (config.BOT_TOKEN) {
  // The Telegram bot is issue 3's work; until it lands, say so instead of pretending.
  log.error("BOT_TOKEN is set, but this version has no Telegram bot yet; unset it to use the console chat");
  process.exitCode = 1;
} else {
  log.info({ tasks: tasks.taskCount }, "no BOT_TOKEN: starting the console chat with the demo ledger");
  await runConsoleChat({ tasks, locale: pickLocale(process.env.TAIZHANG_LANG ?? process.env.LANG), now });
}
