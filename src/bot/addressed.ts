import type { Message } from "grammy/types";
import type { BotContext } from "./context.ts";

/** A mention of the bot, or a reply to one of its messages: someone is talking to it. */
export function addressedToBot(ctx: BotContext, message: Message): boolean {
  if (message.reply_to_message?.from?.id === ctx.me.id) return true;
  if (message.text?.toLowerCase().includes(`@${ctx.me.username}`.toLowerCase())) return true;
  return !!message.entities?.some((e) => e.type === "text_mention" && e.user.id === ctx.me.id);
}

/** The message without the bot's @name (or a text mention of it): "@taizhang_bot 改厕进度？" asks 改厕进度？ */
export function withoutMention(ctx: BotContext, message: Message): string {
  let text = message.text ?? "";
  const mentions = (message.entities ?? [])
    .filter((e) => e.type === "text_mention" && e.user.id === ctx.me.id)
    .sort((a, b) => b.offset - a.offset);
  for (const e of mentions) text = text.slice(0, e.offset) + text.slice(e.offset + e.length);
  // Usernames are letters, digits and underscores: nothing to escape in the pattern.
  return text.replace(new RegExp(`@${ctx.me.username}(?![A-Za-z0-9_])`, "gi"), " ").trim();
}
