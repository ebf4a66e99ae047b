import { openApp } from "./app/index.ts";
import { telegramDigestSender } from "./bot/digest-sender.ts";
import { telegramNoticeSender } from "./bot/notice-sender.ts";
import { pacedApi } from "./bot/paced-api.ts";
import { listenOnWebhook, startBot } from "./bot/run.ts";
import { acceptWebhookUpdate } from "./bot/update-handling.ts";
import { runConsoleChat } from "./channels/console.ts";
import { processClocks } from "./clock.ts";
import { loadConfig } from "./config.ts";
import { startHttpServer } from "./http/server.ts";
import { pickLocale } from "./i18n.ts";
import { startOutboxScheduler } from "./jobs/outbox-scheduler.ts";
import { createLogger } from "./log.ts";

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const { now, outboxNow } = processClocks(config.TAIZHANG_NOW ? new Date(config.TAIZHANG_NOW) : null);

if (config.BOT_TOKEN) {
  const app = await openApp({
    databaseUrl: config.DATABASE_URL,
    now,
    bootstrapAdminIds: config.BOOTSTRAP_ADMIN_IDS ?? [],
    timeZone: config.TZ_REPORTS,
    inboxLeaseMs: config.INBOX_LEASE_SECONDS * 1000,
  });
  const webhook =
    config.WEBHOOK_URL && config.WEBHOOK_SECRET
      ? { url: config.WEBHOOK_URL, secret: config.WEBHOOK_SECRET }
      : undefined;
  const bot = await startBot(app.deps, {
    token: config.BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    timeZone: config.TZ_REPORTS,
    log,
    floodLimit: config.FLOOD_LIMIT,
    recoveryEveryMs: Math.min(15_000, (config.INBOX_LEASE_SECONDS * 1000) / 4),
    webhook: webhook !== undefined,
  }).catch(async (error: unknown) => {
    // Usually a wrong BOT_TOKEN (401) or no way to reach TELEGRAM_API_ROOT: say which, and stop.
    log.fatal({ err: error, apiRoot: config.TELEGRAM_API_ROOT }, "the bot could not start");
    await app.close();
    process.exit(1);
  });
  const http =
    webhook || config.HTTP_PORT
      ? await startHttpServer({
          port: config.HTTP_PORT ?? 8080,
          host: config.HTTP_HOST,
          log,
          ready: () => app.ready(),
          ...(webhook
            ? {
                webhook: {
                  path: new URL(webhook.url).pathname,
                  secret: webhook.secret,
                  accept: (body) => acceptWebhookUpdate(bot.updates, body),
                },
              }
            : {}),
        })
      : null;
  if (webhook) await listenOnWebhook(bot, webhook.url, webhook.secret, log);
  // One paced client for everything the bot sends on its own, so the pace holds across kinds.
  const paced = pacedApi(config.BOT_TOKEN, config.TELEGRAM_API_ROOT);
  const scheduler = startOutboxScheduler(
    app.deps,
    {
      digests: telegramDigestSender(config.BOT_TOKEN, config.TELEGRAM_API_ROOT, paced),
      notices: telegramNoticeSender(paced),
    },
    { remindAt: config.REMIND_AT, outboxNow },
    log,
  );
  bot.polling.catch(async () => {
    await app.close();
    process.exit(1);
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping: finishing the updates in hand");
    try {
      await http?.close();
      await scheduler.stop();
      await bot.stop();
      await app.close();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "unclean shutdown");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
} else {
  // Its own database: a newcomer's demo never touches the real ledger DATABASE_URL names.
  await runConsoleChat({
    databaseUrl: "file:./data/demo.db",
    locale: pickLocale(process.env.TAIZHANG_LANG ?? process.env.LANG),
    now,
    log,
    timeZone: config.TZ_REPORTS,
    ...(config.TAIZHANG_TASKS ? { tasksFile: config.TAIZHANG_TASKS } : {}),
  });
}
