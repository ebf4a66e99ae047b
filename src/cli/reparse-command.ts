import { parseArgs } from "node:util";
import { openApp } from "../app/index.ts";
import { type ReparseResult, reparseReports } from "../app/reparse.ts";
import { loadConfig } from "../config.ts";
import { zone } from "../domain/ledger/index.ts";
import { addDays, parseLocalDate } from "../domain/ledger/local-date.ts";
import { type Locale, pickLocale, translate } from "../i18n.ts";

export const reparseUsage = `usage: taizhang reparse [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--apply] [--lang zh-CN|en]

Reads the stored raw messages again with the current parser and lists every report it would file
differently (task, place, figures or state). Nothing is written without --apply. Reports a person
checked, corrected, withdrew or fixed by hand are left as they are. Dates are days in TZ_REPORTS;
--to is inclusive.`;

export async function runReparse(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: "string" },
      to: { type: "string" },
      apply: { type: "boolean" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`${reparseUsage}\n`);
    return 0;
  }
  const config = loadConfig();
  const tz = zone(config.TZ_REPORTS);
  const day = (text: string | undefined, name: string, plusDays = 0) => {
    if (text === undefined) return undefined;
    const date = parseLocalDate(text);
    if (!date) throw new Error(`--${name} is a date like 2026-11-30: ${text}`);
    return tz.instantAt(addDays(date, plusDays), "00:00");
  };
  const range = { from: day(values.from, "from"), to: day(values.to, "to", 1) };
  const app = await openApp({ databaseUrl: config.DATABASE_URL, timeZone: config.TZ_REPORTS });
  try {
    const result = await reparseReports(app.deps, { ...range, apply: values.apply === true });
    process.stdout.write(reparseText(result, pickLocale(values.lang), (d) => tz.localMinute(d)));
    return 0;
  } finally {
    await app.close();
  }
}

export function reparseText(result: ReparseResult, locale: Locale, when: (d: Date) => string): string {
  const t = (key: string, args?: Record<string, string | number>) => translate(locale, key, args);
  const none = t("cli-reparse-none");
  const lines = result.changes.flatMap((c) => [
    t("cli-reparse-change", { when: when(c.sentAt), text: c.text.replace(/\s+/g, " ").slice(0, 80) }),
    t("cli-reparse-before", {
      state: t(`state-${c.before.state}`),
      task: c.before.taskName ?? none,
      unit: c.before.unitName ?? none,
      figures: c.before.figures || none,
    }),
    t("cli-reparse-after", {
      state: t(`state-${c.after.state}`),
      task: c.after.taskName ?? none,
      unit: c.after.unitName ?? none,
      figures: c.after.figures || none,
    }),
  ]);
  lines.push(
    t("cli-reparse-summary", {
      read: result.read,
      changed: result.changes.length,
      unchanged: result.unchanged,
      kept: result.keptByHand,
      noSender: result.noSender,
    }),
    t(
      result.applied
        ? "cli-reparse-applied"
        : result.changes.length > 0
          ? "cli-reparse-dry"
          : "cli-reparse-nothing",
    ),
  );
  return `${lines.join("\n")}\n`;
}
