import { I18n } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { defaultLocale, locales, pickLocale } from "../../i18n.ts";
import { projectPath } from "../../paths.ts";
import type { BotContext } from "../context.ts";
import { escapingTranslate } from "../html.ts";

/**
 * A group speaks the language it was set to with /lang (everyone there reads the same card); a
 * person speaks the one they chose, else their Telegram app's, else Chinese.
 */
export function localeOf(ctx: BotContext): string {
  if (ctx.group) return ctx.group.locale ?? defaultLocale;
  return personalLocale(ctx);
}

export function personalLocale(ctx: BotContext): string {
  return pickLocale(ctx.person?.locale ?? ctx.from?.language_code);
}

export function createI18n(): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale,
    // Telegram shows Fluent's bidi isolation marks as stray characters.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: localeOf,
  });
  for (const locale of locales) {
    i18n.loadLocaleSync(locale, {
      filePath: projectPath("locales", `${locale}.ftl`),
    });
  }
  return i18n;
}

/** The i18n plugin, then `ctx.t` made HTML-safe, with `ctx.label` for plain text beside it. */
export function i18nMiddleware(i18n: I18n<BotContext>) {
  const composer = new Composer<BotContext>();
  composer.use(i18n.middleware());
  composer.use((ctx, next) => {
    const plain = ctx.t;
    ctx.label = plain;
    ctx.t = escapingTranslate(plain);
    ctx.translate = ctx.t;
    ctx.translators = (locale) => {
      const label: typeof plain = (key, variables) => i18n.t(locale, key, variables);
      return { t: escapingTranslate(label), label };
    };
    return next();
  });
  return composer;
}
