import { Composer } from "grammy";
import { pauseGroup, pausePerson } from "../../app/index.ts";
import type { BotContext } from "../context.ts";

/**
 * /pause and /resume: in a group, everything the bot sends there on its own (by an admin of the
 * group's unit); in a private chat, the person's own reminders. What falls due while paused is
 * skipped, never sent in a burst on /resume.
 */
export const pauseFeature = new Composer<BotContext>();

for (const command of ["pause", "resume"] as const) {
  const paused = command === "pause";
  pauseFeature.chatType(["group", "supergroup"]).command(command, async (ctx) => {
    if (!ctx.person || !ctx.group) return;
    const done = await pauseGroup(ctx.app, ctx.person, ctx.group, paused);
    if (!done.ok) return ctx.reply(ctx.t(done.reason === "unbound" ? "digest-unbound" : "pause-refused"));
    await ctx.reply(ctx.t(paused ? "pause-group" : "resume-group", { unit: done.unitName }));
  });
  pauseFeature.chatType("private").command(command, async (ctx) => {
    await pausePerson(ctx.app, { platform: "telegram", externalId: String(ctx.chat.id) }, paused);
    await ctx.reply(ctx.t(paused ? "pause-private" : "resume-private"));
  });
}
