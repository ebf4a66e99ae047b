import { Composer } from "grammy";
import { join } from "../../app/index.ts";
import { type BotContext, commandArgs } from "../context.ts";

/** /join CODE in a private chat: the invitation binds the person to its unit and role. */
export const joinFeature = new Composer<BotContext>();

export async function joinWithCode(ctx: BotContext, code: string) {
  if (!ctx.person) return;
  const joined = await join(ctx.app, ctx.person, code);
  if (!joined.ok) return ctx.reply(ctx.t("join-invalid"));
  await ctx.reply(ctx.t("join-done", { unit: joined.unitName, role: ctx.t(`role-${joined.role}`) }));
}

joinFeature.chatType("private").command("join", async (ctx) => {
  const code = commandArgs(ctx);
  if (!code) return ctx.reply(ctx.t("join-usage"));
  await joinWithCode(ctx, code);
});

// Invitation codes are personal: typed in a group, everyone could take one.
joinFeature.command("join", (ctx) => ctx.reply(ctx.t("join-in-private")));
