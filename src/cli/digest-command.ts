import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderDigestChart } from "../app/digest-chart.ts";
import { digestText } from "../app/digest-text.ts";
import { buildDigest, findUnitFor, openApp, operator } from "../app/index.ts";
import { loadConfig } from "../config.ts";
import type { DigestKind } from "../domain/digest/index.ts";
import { pickLocale, translate } from "../i18n.ts";

export const digestUsage = `usage: taizhang digest (--chat ID | --unit NAME) [--kind weekly|monthly|quarterly] [--at ISO] [--lang zh-CN|en] [--png FILE] --dry-run

Prints the digest a group chat (bound to a unit) or a unit would get at --at (default: now, or
TAIZHANG_NOW), and with --png writes its chart. Sending on a schedule comes with the digest
scheduler; this shows what it would say.`;

export async function runDigest(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      chat: { type: "string" },
      unit: { type: "string" },
      kind: { type: "string", default: "weekly" },
      at: { type: "string" },
      lang: { type: "string" },
      png: { type: "string" },
      "dry-run": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const kind = values.kind as DigestKind;
  if (
    values.help ||
    (!values.chat && !values.unit) ||
    !["weekly", "monthly", "quarterly"].includes(kind) ||
    !values["dry-run"]
  ) {
    process.stdout.write(`${digestUsage}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const at = new Date(values.at ?? config.TAIZHANG_NOW ?? Date.now());
  if (Number.isNaN(at.getTime())) throw new Error(`--at is not a date: ${values.at}`);
  const app = await openApp({ databaseUrl: config.DATABASE_URL, timeZone: config.TZ_REPORTS });
  try {
    const { deps } = app;
    let unitId: string | null = null;
    let locale = values.lang;
    if (values.chat) {
      const chat = await deps.repos.chats.find("telegram", values.chat);
      if (!chat?.unitId) throw new Error(`chat ${values.chat} is not bound to a unit`);
      unitId = chat.unitId;
      locale ??= chat.locale ?? undefined;
    } else {
      const found = await findUnitFor(deps, await operator(deps), values.unit as string);
      if (!found.ok) throw new Error(`unit "${values.unit}": ${found.reason}`);
      unitId = found.unitId;
    }
    const digest = await buildDigest(deps, unitId, kind, at);
    const lang = pickLocale(locale);
    const t = (key: string, a?: Record<string, string | number>) => translate(lang, key, a);
    process.stdout.write(`${digestText(digest, t)}\n`);
    if (values.png) writeFileSync(values.png, await renderDigestChart(digest, t));
    return 0;
  } finally {
    await app.close();
  }
}
