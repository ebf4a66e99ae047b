import { Composer } from "grammy";
import { bindGroup, toggleQuiet } from "../../app/index.ts";
import { type BotContext, commandArgs } from "../context.ts";

/** /bind 民建镇 and /quiet: a group speaks for a unit; a busy one gets reactions instead of cards. */
export const groupsFeature = new Composer<BotContext>();

/**
 * Telegram's privacy mode hides ordinary group messages from bots; an admin bot, or one whose
 * privacy mode is off, sees them all. Unknown (the check failed) counts as "cannot".
 */
async function canReadGroup(ctx: BotContext): Promise<boolean> {
  if (ctx.me.can_read_all_group_messages) return true;
  try {
    const member = await ctx.getChatMember(ctx.me.id);
    return member.status === "administrator" || member.status === "creator";
  } catch {
    return false;
  }
}

const groups = groupsFeature.chatType(["group", "supergroup"]);

groups.command("bind", async (ctx) => {
  const unitName = commandArgs(ctx);
  if (!unitName || !ctx.person || !ctx.group) return ctx.reply(ctx.t("bind-usage"));
  const bound = await bindGroup(ctx.app, ctx.person, ctx.group, unitName);
  if (!bound.ok) return ctx.reply(ctx.t(`bind-refused-${bound.reason}`, { unit: unitName }));
  const lines = [ctx.t("bind-done", { unit: bound.unitName })];
  lines.push(
    ctx.t((await canReadGroup(ctx)) ? "bind-can-read" : "bind-privacy", { bot: `@${ctx.me.username}` }),
  );
  await ctx.reply(lines.join("\n\n"));
});

groups.command("quiet", async (ctx) => {
  if (!ctx.person || !ctx.group) return;
  const toggled = await toggleQuiet(ctx.app, ctx.person, ctx.group);
  if (!toggled.ok) return ctx.reply(ctx.t("quiet-refused"));
  await ctx.reply(ctx.t(toggled.quiet ? "quiet-on" : "quiet-off"));
});

groupsFeature.chatType("private").command(["bind", "quiet"], (ctx) => ctx.reply(ctx.t("group-only")));
