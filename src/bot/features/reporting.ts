import { Composer } from "grammy";
import type { Message } from "grammy/types";
import {
  editReport,
  type FileOutcome,
  fileReport,
  type IncomingMessage,
  looksLikeReport,
  type ReportCard,
  rememberReply,
} from "../../app/index.ts";
import { metrics } from "../../metrics.ts";
import { addressedToBot } from "../addressed.ts";
import { cardKeyboard, cardText } from "../card.ts";
import { cardPlace, editCard, rememberedAs } from "../card-messages.ts";
import { type BotContext, isCommand, isMember } from "../context.ts";
import { personalLocale } from "../middleware/i18n.ts";

/**
 * Progress messages: every text in a private chat, and in a bound group the ones that read as
 * reports or are addressed to the bot. One card per report at most; a quiet group gets a reaction
 * and the sender gets the card privately.
 */
export const reportingFeature = new Composer<BotContext>();

function incoming(ctx: BotContext, message: Message, sentAt: number): IncomingMessage {
  return {
    platform: "telegram",
    chatExternalId: String(message.chat.id),
    messageId: String(message.message_id),
    updateId: String(ctx.update.update_id),
    text: message.text ?? "",
    sentAt: new Date(sentAt * 1000),
    groupUnitId: ctx.group?.unitId ?? null,
  };
}

/** Whether a message in this chat is for the ledger: private chats always, bound groups when it reads so. */
async function isForTheLedger(ctx: BotContext, message: IncomingMessage, raw: Message): Promise<boolean> {
  if (ctx.chat?.type === "private") return true;
  if (!ctx.group?.unitId || !isMember(ctx)) return false;
  return addressedToBot(ctx, raw) || (await looksLikeReport(ctx.app, ctx.person, message));
}

async function sendCard(ctx: BotContext, card: ReportCard, replyTo: number): Promise<void> {
  const chatId = ctx.chat?.id as number;
  const inGroup = ctx.chat?.type !== "private";
  const keyboard = cardKeyboard(card, ctx.label);
  const sent = await ctx.reply(cardText(card, ctx.t), {
    ...(keyboard ? { reply_markup: keyboard } : {}),
    ...(inGroup ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
  });
  await rememberReply(ctx.app, card.reportId, rememberedAs(chatId, { chatId, messageId: sent.message_id }));
}

/** A group's card sent privately says where the report was written. */
function privateCardText(ctx: BotContext, card: ReportCard, t: BotContext["t"]): string {
  const group = ctx.chat && "title" in ctx.chat ? (ctx.chat.title ?? "") : "";
  return `${t("card-from-group", { group })}\n${cardText(card, t)}`;
}

/** A quiet group: an emoji on the message, and the card in the sender's private chat if the bot may write there. */
async function answerQuietly(ctx: BotContext, card: ReportCard): Promise<void> {
  await ctx.react(card.holdup ? "🤔" : "👌");
  const from = ctx.from;
  if (!from || !ctx.person?.canMessage) return;
  const { t, label } = ctx.translators(personalLocale(ctx));
  const keyboard = cardKeyboard(card, label);
  const text = privateCardText(ctx, card, t);
  const sent = await ctx.api.sendMessage(from.id, text, keyboard ? { reply_markup: keyboard } : {});
  const where = { chatId: from.id, messageId: sent.message_id };
  await rememberReply(ctx.app, card.reportId, rememberedAs(ctx.chat?.id as number, where));
}

async function answer(ctx: BotContext, outcome: FileOutcome, replyTo: number): Promise<void> {
  if (outcome.kind === "stranger") {
    if (ctx.chat?.type === "private") await ctx.reply(ctx.t("stranger-hint"));
    return;
  }
  if (!outcome.repeated) {
    metrics.reports.inc({ state: outcome.card.state });
    if (outcome.card.holdup) metrics.parseFailures.inc({ holdup: outcome.card.holdup });
  }
  // A redelivered message already has its card: one card per report, however often it arrives.
  if (outcome.repeated && outcome.replyMessageId) return;
  if (ctx.group?.quiet) await answerQuietly(ctx, outcome.card);
  else await sendCard(ctx, outcome.card, replyTo);
}

/**
 * A report is a few lines. Anything much longer is a pasted document, and its card would pass
 * Telegram's 4 096-character limit: the sender is asked to send one report at a time (the message
 * itself is in the inbox).
 */
const MAX_REPORT_CHARS = 1500;

reportingFeature.on("message:text", async (ctx, next) => {
  if (isCommand(ctx)) return next();
  if (ctx.msg.text.length > MAX_REPORT_CHARS) {
    if (ctx.chat.type === "private" || addressedToBot(ctx, ctx.msg))
      await ctx.reply(ctx.t("report-too-long", { limit: MAX_REPORT_CHARS }));
    return;
  }
  const message = incoming(ctx, ctx.msg, ctx.msg.date);
  if (!(await isForTheLedger(ctx, message, ctx.msg))) return next();
  await answer(ctx, await fileReport(ctx.app, ctx.person, message), ctx.msg.message_id);
});

/** An edited report's card shows the new reading, wherever it is (a reply here, or the sender's private chat). */
async function refreshCard(ctx: BotContext, card: ReportCard, remembered: string | null, raw: Message) {
  const place = cardPlace(raw.chat.id, remembered);
  if (!place)
    return answer(ctx, { kind: "filed", card, repeated: false, replyMessageId: null }, raw.message_id);
  if (ctx.group?.quiet) await ctx.react(card.holdup ? "🤔" : "👌");
  if (place.chatId === raw.chat.id)
    return editCard(ctx.api, place, cardText(card, ctx.t), cardKeyboard(card, ctx.label));
  const { t, label } = ctx.translators(personalLocale(ctx));
  await editCard(ctx.api, place, privateCardText(ctx, card, t), cardKeyboard(card, label));
}

reportingFeature.on("edited_message:text", async (ctx, next) => {
  if (isCommand(ctx)) return next();
  const raw = ctx.editedMessage;
  const outcome = await editReport(ctx.app, ctx.person, incoming(ctx, raw, raw.edit_date ?? raw.date));
  if (outcome.kind === "filed") return refreshCard(ctx, outcome.card, outcome.replyMessageId, raw);
  // Never filed (in a group it did not read as a report until now): take it as a new message.
  const message = incoming(ctx, raw, raw.date);
  if (await isForTheLedger(ctx, message, raw))
    await answer(ctx, await fileReport(ctx.app, ctx.person, message), raw.message_id);
});
