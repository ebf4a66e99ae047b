import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { AppDeps } from "../app/index.ts";
import type { BotContext, BotSettings } from "./context.ts";
import { conversationFeature } from "./features/conversation.ts";
import { digestFeature } from "./features/digest.ts";
import { exportFeature } from "./features/export.ts";
import { fallbackFeature } from "./features/fallback.ts";
import { groupsFeature } from "./features/groups.ts";
import { importFeature } from "./features/import.ts";
import { inviteFeature } from "./features/invite.ts";
import { joinFeature } from "./features/join.ts";
import { langFeature } from "./features/lang.ts";
import { pauseFeature } from "./features/pause.ts";
import { questionsFeature } from "./features/questions.ts";
import { remindFeature } from "./features/remind.ts";
import { reportActionsFeature } from "./features/report-actions.ts";
import { reportingFeature } from "./features/reporting.ts";
import { startFeature } from "./features/start.ts";
import { strangerFeature } from "./features/strangers.ts";
import { tasksFeature } from "./features/tasks.ts";
import { unitsFeature } from "./features/units.ts";
import { errorBoundary } from "./middleware/errors.ts";
import { DEFAULT_FLOOD_LIMIT, floodLimit } from "./middleware/flood-limit.ts";
import { createI18n, i18nMiddleware } from "./middleware/i18n.ts";
import { identity } from "./middleware/identity.ts";
import { inbox } from "./middleware/inbox.ts";

export interface BotOptions extends BotSettings {
  readonly token: string;
  /** The Bot API's base URL (TELEGRAM_API_ROOT); tests point it at the emulator. */
  readonly apiRoot?: string;
  /** Known in advance (the console chat), so that no getMe call is needed. */
  readonly botInfo?: UserFromGetMe;
  /** Answers API calls in place of the network (the console chat); installed where the network would be. */
  readonly transport?: Transformer;
  readonly log: Logger;
  /** Updates one person may send in 10 seconds before the rest are set aside (FLOOD_LIMIT). */
  readonly floodLimit?: number;
}

/** Every message we send is HTML; the parts that come from people are escaped by ctx.t. */
const htmlByDefault: Transformer = (prev, method, payload, signal) => {
  const sendsText = method === "sendMessage" || method === "editMessageText";
  if (sendsText && payload && !("parse_mode" in payload)) {
    return prev(method, { ...payload, parse_mode: "HTML" } as typeof payload, signal);
  }
  return prev(method, payload, signal);
};

/** The bot, composed in the order an update goes through it. */
export function createBot(deps: AppDeps, options: BotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });

  // API transformers. Retrying after a 429 is the only right answer to one (grammY's advice);
  // ordinary replies are not throttled: bulk sends get their own pacing.
  if (options.transport) bot.api.config.use(options.transport);
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  bot.api.config.use(htmlByDefault);

  // The error boundary.
  bot.catch(errorBoundary(options.log));

  // Middlewares, in order: the inbox first of all (an update waiting for its chat's turn is already
  // stored), one chat at a time (chats run concurrently), who is writing and where, the language
  // they read, and how fast they write.
  bot.use(inbox(deps));
  bot.use(sequentialize((ctx: BotContext) => ctx.chat?.id.toString()));
  bot.use(
    identity(deps, { timeZone: options.timeZone, apiRoot: options.apiRoot ?? "https://api.telegram.org" }),
  );
  bot.use(i18nMiddleware(createI18n()));
  bot.use(floodLimit(options.floodLimit ?? DEFAULT_FLOOD_LIMIT, deps.repos.floodWindows));

  // Features. Before the stranger gate: what anyone may do.
  bot.use(startFeature, langFeature, joinFeature);
  bot.use(strangerFeature);
  // Members only from here on.
  bot.use(conversationFeature, inviteFeature, unitsFeature, tasksFeature, groupsFeature, digestFeature);
  bot.use(pauseFeature, remindFeature, exportFeature, importFeature);
  bot.use(reportActionsFeature, questionsFeature, reportingFeature);

  // Must be the last handler.
  bot.use(fallbackFeature);
  return bot;
}
