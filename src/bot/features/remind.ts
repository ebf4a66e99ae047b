import { Composer } from "grammy";
import { setReminderSchedule } from "../../app/index.ts";
import { parseReminderTime } from "../../domain/notices/index.ts";
import { type BotContext, commandArgs } from "../context.ts";

/**
 * /remind thu 16:00 and /remind off in a group, by an admin of its unit: when the reporters of the
 * group's unit and the units under it are reminded, in place of the deployment's REMIND_AT.
 */
export const remindFeature = new Composer<BotContext>();

remindFeature.chatType(["group", "supergroup"]).command("remind", async (ctx) => {
  const when = parseReminderTime(commandArgs(ctx).split(/\s+/).filter(Boolean));
  if (!when || !ctx.person || !ctx.group) return ctx.reply(ctx.t("remind-usage"));
  const set = await setReminderSchedule(ctx.app, ctx.person, ctx.group, when);
  if (!set.ok) return ctx.reply(ctx.t(set.reason === "unbound" ? "digest-unbound" : "remind-refused"));
  if (when === "off") return ctx.reply(ctx.t("remind-off", { unit: set.unitName }));
  await ctx.reply(ctx.t("remind-set", { unit: set.unitName, day: when.day, time: when.time }));
});

remindFeature.chatType("private").command("remind", (ctx) => ctx.reply(ctx.t("group-only")));
