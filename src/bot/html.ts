import type { TranslateFunction, TranslationVariables } from "@grammyjs/i18n";

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
