import { readFileSync } from "node:fs";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { projectPath } from "./paths.ts";

/** Every user-facing string lives in locales/*.ftl; this reads them for channels other than grammY's. */
export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";

const bundles = new Map<Locale, FluentBundle>();

function bundle(locale: Locale): FluentBundle {
  let b = bundles.get(locale);
  if (!b) {
    // Telegram text carries no bidi marks; Fluent's isolation marks would show as stray characters.
    b = new FluentBundle(locale, { useIsolating: false });
    const file = projectPath("locales", `${locale}.ftl`);
    const errors = b.addResource(new FluentResource(readFileSync(file, "utf8")));
    if (errors.length > 0) throw new Error(`locales/${locale}.ftl: ${errors.map(String).join("; ")}`);
    bundles.set(locale, b);
  }
  return b;
}

/** The closest supported locale to a Telegram `language_code` such as "zh-hans" or "en-US". */
export function pickLocale(code: string | undefined): Locale {
  return code?.toLowerCase().startsWith("en") ? "en" : defaultLocale;
}

export function translate(locale: Locale, key: string, args?: Record<string, FluentVariable>): string {
  const message = bundle(locale).getMessage(key);
  if (!message?.value) throw new Error(`missing message "${key}" in locales/${locale}.ftl`);
  return bundle(locale).formatPattern(message.value, args);
}
