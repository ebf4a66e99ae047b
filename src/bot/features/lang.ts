import { Composer, InlineKeyboard } from "grammy";
import { type Locale, locales } from "../../i18n.ts";
import { type BotContext, commandArgs, isMember } from "../context.ts";

/** /lang: a person's language, kept on the person; in a group, the group's, kept on the chat. */
export const langFeature = new Composer<BotContext>();

function readLocale(text: string): Locale | null {
  const t = text.trim().toLowerCase();
  if (/^(zh|zh-cn|cn|中文|汉语|简体中文)$/.test(t)) return "zh-CN";
  if (/^(en|en-us|en-gb|english|英文|英语)$/.test(t)) return "en";
  return null;
}

const choices = () => new InlineKeyboard().text("中文", "lang:zh-CN").text("English", "lang:en");

/** Stores the choice and switches this update's answers to it. False when the group is not theirs to set. */
async function setLocale(ctx: BotContext, locale: Locale): Promise<boolean> {
  if (ctx.group) {
    if (!isMember(ctx)) return false;
    ctx.group = await ctx.app.repos.chats.update(ctx.group.id, { locale });
  } else if (ctx.person) {
    await ctx.app.repos.people.setLocale(ctx.person.personId, locale);
    ctx.person = { ...ctx.person, locale };
  }
  ctx.i18n.useLocale(locale);
  return true;
}

langFeature.command("lang", async (ctx) => {
  const arg = commandArgs(ctx);
  const locale = arg ? readLocale(arg) : null;
  if (!locale) {
    if (ctx.group && !isMember(ctx)) return;
    return ctx.reply(ctx.t("lang-choose"), { reply_markup: choices() });
  }
  if (await setLocale(ctx, locale)) await ctx.reply(ctx.t("lang-set"));
});

langFeature.callbackQuery(/^lang:(.+)$/, async (ctx) => {
  const locale = locales.find((l) => l === ctx.match[1]);
  if (!locale || !(await setLocale(ctx, locale))) {
    return ctx.answerCallbackQuery({ text: ctx.label("alert-forbidden"), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("lang-set"));
});
