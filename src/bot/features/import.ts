import { Composer, InlineKeyboard } from "grammy";
import { describeImport, type ImportOutcome, importLedger, renderImport } from "../../app/index.ts";
import { type BotContext, commandArgs, isAdmin } from "../context.ts";
import { endConversation, getConversation, setConversation } from "../conversation.ts";
import { downloadDocument, MAX_DOWNLOAD_BYTES } from "../documents.ts";
import { replyInParts } from "../reply-parts.ts";

/**
 * /import, then the ledger file (.xlsx or .csv) in a private chat with the bot: it is tried first
 * and what would change is shown, then applied with a button. Nothing is written when the file
 * has a problem: every problem is listed by sheet, row and column. `/import units` and
 * `/import tasks` accept only that kind of sheet. A file sent with /import as its caption skips
 * the first step.
 */
export const importFeature = new Composer<BotContext>();

type Only = "units" | "tasks" | undefined;

function onlyOf(text: string): Only | "bad" {
  const word = text.trim().split(/\s+/)[0] ?? "";
  if (word === "") return undefined;
  if (word === "units" || word === "单位") return "units";
  if (word === "tasks" || word === "任务") return "tasks";
  return "bad";
}

async function allowed(ctx: BotContext): Promise<boolean> {
  if (ctx.chat?.type !== "private") {
    await ctx.reply(ctx.t("chat-import-private-only"));
    return false;
  }
  if (!isAdmin(ctx)) {
    await ctx.reply(ctx.t("chat-import-admins-only"));
    return false;
  }
  return true;
}

importFeature.command("import", async (ctx) => {
  if (!(await allowed(ctx))) return;
  const only = onlyOf(commandArgs(ctx));
  if (only === "bad") return ctx.reply(ctx.t("chat-import-usage"));
  await setConversation(ctx, { kind: "import-file", ...(only ? { only } : {}) });
  await ctx.reply(ctx.t("chat-import-send-file"));
});

importFeature.on("message:document", async (ctx, next) => {
  const state = await getConversation(ctx);
  const caption = ctx.msg.caption?.trim() ?? "";
  const byCaption = /^\/import(@\w+)?(\s|$)/.test(caption);
  if (state?.kind !== "import-file" && !byCaption) return next();
  if (!(await allowed(ctx))) return;
  const only = byCaption
    ? onlyOf(caption.replace(/^\/import(@\w+)?/, ""))
    : state?.kind === "import-file"
      ? state.only
      : undefined;
  if (only === "bad") return ctx.reply(ctx.t("chat-import-usage"));
  const { file_id: fileId, file_name: fileName = "ledger.xlsx", file_size: size = 0 } = ctx.msg.document;
  // What the Bot API lets a bot download; the import's own limit (on the unpacked content) follows.
  if (size > MAX_DOWNLOAD_BYTES) {
    return ctx.reply(ctx.t("chat-import-too-big", { limit: Math.floor(MAX_DOWNLOAD_BYTES / 1024 / 1024) }));
  }
  await ctx.replyWithChatAction("typing");
  const outcome = await tryFile(ctx, fileId, fileName, only, true);
  if (!outcome.ok || outcome.changes.length === 0) {
    await endConversation(ctx);
    return;
  }
  await setConversation(ctx, { kind: "import-confirm", fileId, fileName, ...(only ? { only } : {}) });
  const keyboard = new InlineKeyboard()
    .text(ctx.label("chat-import-apply"), "import:apply")
    .text(ctx.label("chat-import-cancel"), "import:cancel");
  await ctx.reply(ctx.t("chat-import-confirm"), { reply_markup: keyboard });
});

importFeature.callbackQuery(/^import:(apply|cancel)$/, async (ctx) => {
  const state = await getConversation(ctx);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (state?.kind !== "import-confirm") return ctx.reply(ctx.t("chat-import-nothing-pending"));
  await endConversation(ctx);
  if (ctx.match[1] === "cancel") return ctx.reply(ctx.t("chat-import-cancelled"));
  await ctx.replyWithChatAction("typing");
  await tryFile(ctx, state.fileId, state.fileName, state.only, false);
});

/** Downloads the file, imports it (or tries it), and says what happened, in as many messages as it takes. */
async function tryFile(
  ctx: BotContext,
  fileId: string,
  fileName: string,
  only: Only,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const person = ctx.person;
  if (!person) throw new Error("an admin without a person");
  const bytes = await downloadDocument(ctx, fileId, ctx.settings.apiRoot ?? "https://api.telegram.org");
  const outcome = await importLedger(
    ctx.app,
    person,
    { name: fileName, bytes },
    {
      dryRun,
      ...(only ? { only } : {}),
    },
  );
  await replyInParts(
    ctx,
    renderImport(describeImport(outcome, fileName), (key, args) => ctx.t(key, args)),
  );
  return outcome;
}
