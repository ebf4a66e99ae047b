import type { TranslateFunction } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import { type Answer, keepAnswer, turnPage } from "../app/index.ts";
import { type AnswerText, answerText } from "./answer-text.ts";
import { isNotModified } from "./card-messages.ts";
import type { BotContext } from "./context.ts";
import { personalLocale } from "./middleware/i18n.ts";

/**
 * Answers go to the asker in their own language, also in a group (decisions.md: people get
 * answers in their own). A long list shows a page at a time with ◀️ ▶️; the buttons carry
 * "qa:<id>:<page>", the id of the query kept in the database (Telegram allows 64 bytes).
 */
export const PAGE_SIZE = 10;

const pageCount = (text: AnswerText) => Math.max(1, Math.ceil(text.items.length / PAGE_SIZE));

function pageText(text: AnswerText, page: number, t: TranslateFunction): string {
  const pages = pageCount(text);
  const lines = [...text.head, ...text.items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)];
  if (text.foot.length > 0) lines.push("", ...text.foot);
  const tail = [
    ...(pages > 1 ? [t("answer-page", { page: page + 1, pages })] : []),
    ...(text.asOf ? [text.asOf] : []),
  ];
  if (tail.length > 0) lines.push("", ...tail);
  return lines.join("\n");
}

function pageKeyboard(id: string, page: number, pages: number, label: TranslateFunction) {
  const keyboard = new InlineKeyboard();
  if (page > 0) keyboard.text(label("button-page-previous"), `qa:${id}:${page - 1}`);
  if (page < pages - 1) keyboard.text(label("button-page-next"), `qa:${id}:${page + 1}`);
  return keyboard;
}

/** Sends an answer: in a group as a reply to the question, a long one with its page buttons. */
export async function replyWithAnswer(ctx: BotContext, answer: Answer): Promise<void> {
  const locale = personalLocale(ctx);
  const { t, label } = ctx.translators(locale);
  const text = answerText(answer, t, ctx.settings.timeZone);
  const pages = pageCount(text);
  let keyboard: InlineKeyboard | undefined;
  if (pages > 1 && "query" in answer && ctx.person && ctx.from) {
    const asker = { personId: ctx.person.personId, platform: "telegram", externalId: String(ctx.from.id) };
    const id = await keepAnswer(ctx.app, { asker, locale, query: answer.query });
    keyboard = pageKeyboard(id, 0, pages, label);
  }
  const inGroup = ctx.chat?.type !== "private";
  const replyTo = ctx.msg?.message_id;
  await ctx.reply(pageText(text, 0, t), {
    ...(keyboard && { reply_markup: keyboard }),
    ...(inGroup &&
      replyTo !== undefined && {
        reply_parameters: { message_id: replyTo, allow_sending_without_reply: true },
      }),
  });
}

const PAGE_DATA = /^qa:([\w-]{1,16}):(\d{1,4})$/;

/** ◀️ ▶️: the same message shows the page pressed; an old or foreign button gets a short alert. */
export async function showAnswerPage(ctx: BotContext): Promise<void> {
  const [, id = "", pressed = ""] = PAGE_DATA.exec(ctx.callbackQuery?.data ?? "") ?? [];
  const turned = id && ctx.person ? await turnPage(ctx.app, id, ctx.person) : null;
  if (!turned?.ok) {
    const reason = turned?.reason ?? "expired";
    await ctx.answerCallbackQuery({ text: ctx.label(`alert-answer-${reason}`), show_alert: true });
    return;
  }
  const { t, label } = ctx.translators(turned.locale);
  const text = answerText(turned.answer, t, ctx.settings.timeZone);
  const pages = pageCount(text);
  const page = Math.min(Number(pressed), pages - 1);
  try {
    await ctx.editMessageText(pageText(text, page, t), {
      reply_markup: pageKeyboard(id, page, pages, label),
    });
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
  await ctx.answerCallbackQuery();
}
