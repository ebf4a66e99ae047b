import { Composer } from "grammy";
import {
  type ActionOutcome,
  changeQuantity,
  choosePlace,
  chooseTask,
  confirmReport,
  type FixChoices,
  fixChoices,
  type PersonView,
  withdrawReport,
} from "../../app/index.ts";
import { cardKeyboard, cardText, fixKeyboard, quantityKeyboard, taskKeyboard } from "../card.ts";
import { editCard, isNotModified } from "../card-messages.ts";
import type { BotContext } from "../context.ts";
import { endConversation, setConversation } from "../conversation.ts";
import { readNumber } from "../typed.ts";

/**
 * The card's buttons: ✅ confirm, ↩️ withdraw, and ✏️ with its menus (another task, a place, a
 * figure's kind or value). The use cases decide who may press; here a refusal becomes an alert.
 */
export const reportActionsFeature = new Composer<BotContext>();

type Refusal = Exclude<ActionOutcome, { ok: true }>["reason"];

function refuse(ctx: BotContext, reason: Refusal, action: string) {
  const key = reason === "bad-choice" && action === "ok" ? "alert-confirm-pending" : `alert-${reason}`;
  return ctx.answerCallbackQuery({ text: ctx.label(key), show_alert: true });
}

/** The card after a change: new text and buttons on the same message, and a short toast. */
async function show(ctx: BotContext, outcome: ActionOutcome, action: string, toast: string) {
  if (!outcome.ok) return refuse(ctx, outcome.reason, action);
  const keyboard = cardKeyboard(outcome.card, ctx.label);
  try {
    await ctx.editMessageText(cardText(outcome.card, ctx.t), keyboard ? { reply_markup: keyboard } : {});
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
  await ctx.answerCallbackQuery({ text: ctx.label(toast) });
}

/** A menu of ✏️: only the buttons change; the card's text stays above them. */
async function menu(ctx: BotContext, person: PersonView, reportId: string, which: Menu) {
  const choices = await fixChoices(ctx.app, person, reportId);
  if (!choices.ok) return refuse(ctx, choices.reason, "fix");
  try {
    await ctx.editMessageReplyMarkup({ reply_markup: buildMenu(ctx, which, choices) });
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
  await ctx.answerCallbackQuery();
}

type Menu =
  | { kind: "fix" }
  | { kind: "back" }
  | { kind: "tasks"; page: number }
  | { kind: "quantity"; index: number };

function buildMenu(ctx: BotContext, which: Menu, choices: FixChoices) {
  switch (which.kind) {
    case "fix":
      return fixKeyboard(choices, ctx.label);
    case "tasks":
      return taskKeyboard(choices, which.page, ctx.label);
    case "quantity":
      return quantityKeyboard(choices, which.index, ctx.label);
    case "back":
      return cardKeyboard(choices.card, ctx.label);
  }
}

/** ✍️ a figure's value: the next message from this person here is the new value. */
async function askValue(ctx: BotContext, person: PersonView, reportId: string, index: number) {
  const choices = await fixChoices(ctx.app, person, reportId);
  if (!choices.ok) return refuse(ctx, choices.reason, "val");
  const q = choices.card.quantities[index];
  const message = ctx.callbackQuery?.message;
  if (!q || !message) return refuse(ctx, "bad-choice", "val");
  await setConversation(ctx, {
    kind: "fix-value",
    reportId,
    index,
    chatId: message.chat.id,
    messageId: message.message_id,
  });
  await ctx.answerCallbackQuery();
  const prompt = ctx.t("fix-value-prompt", { kind: ctx.t(`kind-${q.kind}`), value: q.value, unit: q.unit });
  // In a group the bot may only see replies to it (privacy mode): ask for one.
  const inGroup = message.chat.type !== "private";
  await ctx.reply(prompt, inGroup ? { reply_markup: { force_reply: true } } : {});
}

reportActionsFeature.callbackQuery(/^r:([a-z]+):([^:]+)(?::(.+))?$/, async (ctx) => {
  const [, action = "", reportId = "", rest = ""] = ctx.match;
  const person = ctx.person;
  if (!person) return ctx.answerCallbackQuery();
  const app = ctx.app;
  switch (action) {
    case "ok":
      return show(ctx, await confirmReport(app, person, reportId), action, "toast-confirmed");
    case "wd":
      return show(ctx, await withdrawReport(app, person, reportId), action, "toast-withdrawn");
    case "task":
      return show(ctx, await chooseTask(app, person, reportId, rest), action, "toast-changed");
    case "place":
      return show(ctx, await choosePlace(app, person, reportId, rest), action, "toast-changed");
    case "kind": {
      const [index = "", kind = ""] = rest.split(":");
      return show(
        ctx,
        await changeQuantity(app, person, reportId, Number(index), { kind }),
        action,
        "toast-changed",
      );
    }
    case "fix":
      return menu(ctx, person, reportId, { kind: "fix" });
    case "back":
      return menu(ctx, person, reportId, { kind: "back" });
    case "tasks":
      return menu(ctx, person, reportId, { kind: "tasks", page: Number(rest) || 0 });
    case "q":
      return menu(ctx, person, reportId, { kind: "quantity", index: Number(rest) });
    case "val":
      return askValue(ctx, person, reportId, Number(rest));
    default:
      return ctx.answerCallbackQuery();
  }
});

/** The answer to ✍️: the new value goes into the report and its card is updated where it is. */
export async function fixValueStep(
  ctx: BotContext,
  state: { reportId: string; index: number; chatId: number; messageId: number },
  text: string,
) {
  const value = readNumber(text);
  if (value === null || !ctx.person) return ctx.reply(ctx.t("fix-value-invalid"));
  await endConversation(ctx);
  const outcome = await changeQuantity(ctx.app, ctx.person, state.reportId, state.index, { value });
  if (!outcome.ok) return ctx.reply(ctx.t(`alert-${outcome.reason}`));
  const place = { chatId: state.chatId, messageId: state.messageId };
  await editCard(ctx.api, place, cardText(outcome.card, ctx.t), cardKeyboard(outcome.card, ctx.label));
  await ctx.reply(ctx.t("fix-value-done"));
}
