import { parseArgs } from "node:util";
import type { TranslateFunction } from "@grammyjs/i18n";
import { answerQuestion, openApp } from "../app/index.ts";
import { answerText } from "../bot/answer-text.ts";
import { loadConfig } from "../config.ts";
import { pickLocale, translate } from "../i18n.ts";

export const askUsage = `usage: taizhang ask "QUESTION" --as TELEGRAM_USER_ID [--at ISO] [--lang zh-CN|en]

Prints what the bot would answer that person at that moment (default: now, or TAIZHANG_NOW), from
the ledger DATABASE_URL names: 改厕进度？ 哪些村本周没报？ what is overdue? 哪个乡镇最快`;

export async function runAsk(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      as: { type: "string" },
      at: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const question = positionals.join(" ").trim();
  if (values.help || question === "" || !values.as) {
    process.stdout.write(`${askUsage}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const at = new Date(values.at ?? config.TAIZHANG_NOW ?? Date.now());
  if (Number.isNaN(at.getTime())) throw new Error(`--at is not a date: ${values.at}`);
  const app = await openApp({ databaseUrl: config.DATABASE_URL, timeZone: config.TZ_REPORTS, now: () => at });
  try {
    const person = await app.deps.repos.people.find("telegram", values.as);
    if (!person) throw new Error(`no one with Telegram id ${values.as} uses this ledger`);
    const locale = pickLocale(values.lang ?? person.locale ?? undefined);
    const t: TranslateFunction = (key, variables) =>
      translate(locale, key, variables as Record<string, string | number> | undefined);
    const text = answerText(await answerQuestion(app.deps, person, question), t, config.TZ_REPORTS);
    const lines = [...text.head, ...text.items, ...text.foot, ...(text.asOf ? [text.asOf] : [])];
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
