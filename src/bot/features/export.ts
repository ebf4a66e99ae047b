import { Composer, InputFile } from "grammy";
import { exportLedger } from "../../app/ledger-export.ts";
import { exportReports, reportsToExport } from "../../app/report-export.ts";
import { exportTasks, exportUnits } from "../../app/task-export.ts";
import { addDays, can, parseLocalDate } from "../../domain/ledger/index.ts";
import { pickLocale } from "../../i18n.ts";
import { type BotContext, commandArgs, unitOfChat } from "../context.ts";
import { collected } from "../documents.ts";
import { localeOf } from "../middleware/i18n.ts";

/**
 * /export: the ledger of the asker's unit (a group: its bound unit) as a workbook to print.
 * /export reports [FROM] [TO] [csv]: the reports of those days (default: this week so far).
 * /export tasks, /export units: the ledger in the import format, to edit and send back with /import.
 */
export const exportFeature = new Composer<BotContext>();

/**
 * A document is built in memory and uploaded whole (the Bot API takes 50 MB): 100 000 reports are
 * about 5 MB as .xlsx and 16 MB as CSV. More goes through the command line.
 */
const MAX_CHAT_EXPORT_REPORTS = 100_000;

exportFeature.command("export", async (ctx) => {
  const unitId = unitOfChat(ctx);
  const snapshot = await ctx.app.ledger.snapshot();
  if (!unitId || !ctx.person || !can(ctx.person.memberships, "read", unitId, snapshot.tree).ok)
    return ctx.reply(ctx.t("export-refused"));
  const [what = "ledger", ...rest] = commandArgs(ctx).split(/\s+/).filter(Boolean);
  const locale = pickLocale(localeOf(ctx));
  const unit = snapshot.unitName(unitId) ?? "";
  const today = ctx.app.zone.localDay(ctx.app.now());
  await ctx.replyWithChatAction("upload_document");

  if (what === "ledger" || what === "台账") {
    let caption = "";
    const bytes = await collected(async (out) => {
      const made = await exportLedger(ctx.app, { out, locale, unitId, at: ctx.app.now() });
      caption = ctx.t("export-caption-ledger", { unit: made.unitName, at: made.asOfLocal });
    });
    return ctx.replyWithDocument(asDocument(bytes, ctx.label("export-sheet-ledger"), unit, today, "xlsx"), {
      caption,
    });
  }
  if (what === "reports" || what === "报送") {
    const format = rest.includes("csv") ? "csv" : "xlsx";
    const days = rest.filter((w) => w !== "csv" && w !== "xlsx");
    const from = days[0] ? parseLocalDate(days[0]) : addDays(today, -((weekday(today) + 6) % 7));
    const to = days[1] ? parseLocalDate(days[1]) : today;
    if (!from || !to || from > to) return ctx.reply(ctx.t("export-usage"));
    const reports = await reportsToExport(ctx.app, { unitId, from, to });
    if (reports > MAX_CHAT_EXPORT_REPORTS)
      return ctx.reply(ctx.t("export-too-many", { count: reports, limit: MAX_CHAT_EXPORT_REPORTS }));
    let count = 0;
    const bytes = await collected(async (out) => {
      count = (await exportReports(ctx.app, { out, locale, unitId, from, to, format })).reports;
    });
    return ctx.replyWithDocument(
      asDocument(bytes, ctx.label("export-sheet-reports"), unit, `${from}_${to}`, format),
      { caption: ctx.t("export-caption-reports", { unit, from, to, count }) },
    );
  }
  if (what === "tasks" || what === "任务") {
    const bytes = await collected((out) => exportTasks(ctx.app, { out, locale, unitId }));
    return ctx.replyWithDocument(asDocument(bytes, ctx.label("export-sheet-tasks"), unit, today, "xlsx"));
  }
  if (what === "units" || what === "单位") {
    const bytes = await collected((out) => exportUnits(ctx.app, { out, locale, unitId }));
    return ctx.replyWithDocument(asDocument(bytes, ctx.label("export-sheet-units"), unit, today, "xlsx"));
  }
  return ctx.reply(ctx.t("export-usage"));
});

/** Monday 0 … Sunday 6 is what weeks need; Date gives Sunday 0. */
function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The file as a document, named by what, whose and when, without characters file systems refuse. */
function asDocument(bytes: Buffer, what: string, unit: string, when: string, extension: string): InputFile {
  return new InputFile(bytes, `${what}-${unit}-${when}.${extension}`.replace(/[\\/:*?"<>|\s]+/g, "_"));
}
