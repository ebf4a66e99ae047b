import { Composer } from "grammy";
import { addUnit } from "../../app/index.ts";
import { type BotContext, commandArgs } from "../context.ts";

/** /unit add 金塔镇 民建村: an admin grows the tree under a unit they manage. */
export const unitsFeature = new Composer<BotContext>();

unitsFeature.command("unit", async (ctx) => {
  const [verb, parentName, name, ...extra] = commandArgs(ctx).split(/\s+/).filter(Boolean);
  if (!ctx.person || verb !== "add" || !parentName || !name || extra.length > 0) {
    return ctx.reply(ctx.t("unit-usage"));
  }
  const added = await addUnit(ctx.app, ctx.person, { parentName, name });
  if (!added.ok) return ctx.reply(ctx.t(`unit-refused-${added.reason}`, { unit: parentName }));
  await ctx.reply(ctx.t("unit-added", { unit: added.name, parent: added.parentName }));
});
