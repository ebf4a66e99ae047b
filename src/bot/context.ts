import type { I18nFlavor, TranslateFunction } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { AppDeps, ChatRow, PersonView } from "../app/index.ts";

/** Deployment settings a handler may need (set once, the same for every update). */
export interface BotSettings {
  /** Where days are counted (TZ_REPORTS): invite expiry dates are shown in it. */
  readonly timeZone: string;
  /** The Bot API's base URL: documents are downloaded from it too. */
  readonly apiRoot?: string;
}

/** What every middleware and feature shares, on top of grammY's context and the i18n plugin's. */
export interface TaizhangFlavor {
  app: AppDeps;
  settings: BotSettings;
  /** Who sent the update, created on first contact; null when no person did (channel posts, bots). */
  person: PersonView | null;
  /** The group's own row (bound unit, quiet, language); null in private chats. */
  group: ChatRow | null;
  /** `ctx.t` for plain text (button labels, alerts): variables are not HTML-escaped. */
  label: TranslateFunction;
  /** `t` and `label` in another locale (a quiet group's card goes to the sender in their language). */
  translators: (locale: string) => { t: TranslateFunction; label: TranslateFunction };
}

export type BotContext = Context & I18nFlavor & TaizhangFlavor;

/** A member of some unit; everyone else is a stranger who can only /join. */
export function isMember(ctx: BotContext): boolean {
  return !!ctx.person && ctx.person.active && ctx.person.memberships.length > 0;
}

export function isAdmin(ctx: BotContext): boolean {
  return !!ctx.person?.memberships.some((m) => m.role === "admin");
}

/** The text after a /command, trimmed (grammY's ctx.match is typed loosely across filters). */
export function commandArgs(ctx: BotContext): string {
  return typeof ctx.match === "string" ? ctx.match.trim() : "";
}

/** A message that starts with a /command (Telegram marks it with a bot_command entity at 0). */
export function isCommand(ctx: BotContext): boolean {
  return !!ctx.msg?.entities?.some((e) => e.type === "bot_command" && e.offset === 0);
}

/** The unit a command here is about: a group's bound unit, else the person's own (first) unit. */
export function unitOfChat(ctx: BotContext): string | null {
  return ctx.group ? ctx.group.unitId : (ctx.person?.memberships[0]?.unitId ?? null);
}
