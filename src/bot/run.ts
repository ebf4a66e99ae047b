import { run } from "@grammyjs/runner";
import type { Bot, BotError } from "grammy";
import type { LanguageCode } from "grammy/types";
import type { Logger } from "pino";
import type { AppDeps } from "../app/index.ts";
import { defaultLocale, locales, translate } from "../i18n.ts";
import { type BotOptions, createBot } from "./bot.ts";
import type { BotContext } from "./context.ts";
import { UpdateHandling } from "./update-handling.ts";

const COMMANDS = [
  "start",
  "help",
  "join",
  "lang",
  "task",
  "status",
  "silent",
  "overdue",
  "issues",
  "rank",
  "cancel",
  "invite",
  "unit",
  "bind",
  "quiet",
  "digest",
  "pause",
  "resume",
  "remind",
  "export",
  "import",
] as const;

/** The command menu in each language. Not awaited by start-up: a bot without a menu still works. */
function setCommands(bot: Bot<BotContext>, log: Logger): void {
  for (const locale of locales) {
    const commands = COMMANDS.map((command) => ({
      command,
      description: translate(locale, `command-${command}`),
    }));
    const language = locale === defaultLocale ? {} : { language_code: locale.slice(0, 2) as LanguageCode };
    bot.api.setMyCommands(commands, language).catch((error: unknown) => {
      log.warn({ err: error, locale }, "could not set the command menu");
    });
  }
}

export interface RunningBot {
  readonly bot: Bot<BotContext>;
  /** Where updates go in; the webhook hands them to `updates.accept`. */
  readonly updates: UpdateHandling;
  /** Rejects if polling ends on its own (a second instance polling with the token: 409). */
  readonly polling: Promise<void>;
  /** Stops polling, then waits for the updates in hand to finish. */
  stop(): Promise<void>;
}

/**
 * Long polling with @grammyjs/runner: updates are handled concurrently, one chat at a time
 * (sequentialize, in bot.ts). The runner's stop() does not wait for updates in hand, so they are
 * tracked here and a shutdown lets them finish.
 */
export async function startBot(
  deps: AppDeps,
  options: BotOptions & { webhook?: boolean; recoveryEveryMs?: number },
): Promise<RunningBot> {
  const bot = createBot(deps, options);
  // An unreachable API is retried (auto-retry), so say where the bot is knocking meanwhile.
  options.log.info({ apiRoot: options.apiRoot ?? "https://api.telegram.org" }, "connecting to the Bot API");
  await bot.init();
  setCommands(bot, options.log);
  const updates = new UpdateHandling(bot, deps, options.log);
  updates.startRecovery(options.recoveryEveryMs);
  if (options.webhook) {
    // Updates come through the HTTP server (see listenOnWebhook); nothing to poll, nothing that
    // ends by itself.
    return { bot, updates, polling: new Promise<void>(() => undefined), stop: () => updates.drain() };
  }
  const runner = run(
    {
      init: () => bot.init(),
      api: bot.api,
      // bot.handleUpdate rejects with a BotError only.
      errorHandler: (error) => bot.errorHandler(error as BotError<BotContext>),
      handleUpdate: (update) => updates.handle(update),
    },
    {
      // Writes meet in one database anyway (and commit in groups); more updates in hand would only
      // wait in memory. 32 keeps the groups large and the process small.
      sink: { concurrency: 64 },
    },
  );
  const polling = runner.task() ?? Promise.resolve();
  polling.catch((error: unknown) => options.log.fatal({ err: error }, "polling stopped"));
  options.log.info({ bot: bot.botInfo.username }, "polling for updates");
  return {
    bot,
    updates,
    polling,
    async stop() {
      await runner.stop();
      await updates.drain();
    },
  };
}

/** Tells Telegram to post updates to the webhook: only once the HTTP server listens. */
export async function listenOnWebhook(
  running: RunningBot,
  url: string,
  secret: string,
  log: Logger,
): Promise<void> {
  await running.bot.api.setWebhook(url, { secret_token: secret });
  log.info({ bot: running.bot.botInfo.username }, "webhook set");
}
