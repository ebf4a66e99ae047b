import type { TranslateFunction, TranslationVariables } from "@grammyjs/i18n";
import { pickLocale, translate } from "../i18n.ts";

/** Every message goes out with parse_mode HTML, so text from people must be escaped first. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** What a reader sees of our HTML: tags dropped, entities read back (the console chat prints this). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

/**
 * A translate function whose string variables are escaped: names, messages and unit or task names
 * come from people, and the Fluent patterns around them are ours. Numbers stay numbers, so Fluent
 * still formats them (2,000).
 */
export function escapingTranslate(translate: TranslateFunction): TranslateFunction {
  return (key, variables) => {
    if (!variables) return translate(key);
    const escaped: TranslationVariables = {};
    for (const [name, value] of Object.entries(variables as TranslationVariables)) {
      escaped[name] = typeof value === "string" ? escapeHtml(value) : value;
    }
    return translate(key, escaped);
  };
}

/**
 * The same for what the bot sends on its own, outside any update (digests, reminders,
 * announcements): one locale, picked from the reader's setting.
 */
export function escapedTranslator(locale: string | null) {
  const picked = pickLocale(locale ?? undefined);
  return (key: string, args?: Record<string, string | number>) =>
    translate(
      picked,
      key,
      args &&
        Object.fromEntries(
          Object.entries(args).map(([k, v]) => [k, typeof v === "string" ? escapeHtml(v) : v]),
        ),
    );
}
