import { Composer, InputFile } from "grammy";
import { renderDigestChart } from "../../app/digest-chart.ts";
import { digestText } from "../../app/digest-text.ts";
import { buildDigest, scheduleDigest } from "../../app/index.ts";
import { parseScheduleSpec } from "../../domain/digest/index.ts";
import { can, zone } from "../../domain/ledger/index.ts";
import { type BotContext, commandArgs, unitOfChat } from "../context.ts";

/**
 * /digest now: the group's weekly digest as it stands, text and chart (a preview of what the
 * schedule sends). In a private chat, the digest of the person's own unit.
 * /digest weekly fri 17:00, /digest monthly 1 09:00, /digest quarterly 1 09:00, /digest off: the
 * group's schedule, set by an admin of its unit.
 */
export const digestFeature = new Composer<BotContext>();

digestFeature.command("digest", async (ctx) => {
  const words = commandArgs(ctx).split(/\s+/).filter(Boolean);
  const [what = "now"] = words;
  if (what !== "now") {
    const spec = what === "off" ? "off" : parseScheduleSpec(words);
    if (!spec || !ctx.group || !ctx.person) return ctx.reply(ctx.t("digest-usage"));
    const set = await scheduleDigest(ctx.app, ctx.person, ctx.group, spec);
    if (!set.ok) return ctx.reply(ctx.t(set.reason === "unbound" ? "digest-unbound" : "digest-refused"));
    if (spec === "off") return ctx.reply(ctx.t("digest-off"));
    return ctx.reply(ctx.t(`digest-scheduled-${spec.kind}`, { day: spec.day, time: spec.time }));
  }
  const unitId = unitOfChat(ctx);
  if (!unitId) return ctx.reply(ctx.t("digest-unbound"));
  const snapshot = await ctx.app.ledger.snapshot();
  if (!ctx.person || !can(ctx.person.memberships, "read", unitId, snapshot.tree).ok) {
    return ctx.reply(ctx.t("digest-refused"));
  }
  // A group that keeps its own time zone (/digest weekly fri 17:00 Asia/Urumqi) previews in it.
  const ownZone = ctx.group ? (await ctx.app.repos.outbox.schedules(ctx.group.id))[0]?.timeZone : undefined;
  const digest = await buildDigest(ctx.app, unitId, "weekly", ctx.app.now(), {
    ...(ownZone ? { zone: zone(ownZone) } : {}),
  });
  await ctx.reply(digestText(digest, ctx.t));
  const chart = await renderDigestChart(digest, ctx.label);
  await ctx.replyWithPhoto(new InputFile(chart, "digest.png"));
});
