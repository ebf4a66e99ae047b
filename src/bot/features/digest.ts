import { Composer, InputFile } from "grammy";
import { renderDigestChart } from "../../app/digest-chart.ts";
import { digestText } from "../../app/digest-text.ts";
import { buildDigest } from "../../app/index.ts";
import { can } from "../../domain/ledger/index.ts";
import { type BotContext, commandArgs } from "../context.ts";

/**
 * /digest now: the group's weekly digest as it stands, text and chart (a preview of what the
 * schedule will send). In a private chat, the digest of the person's own unit.
 */
export const digestFeature = new Composer<BotContext>();

digestFeature.command("digest", async (ctx) => {
  const [what = "now"] = commandArgs(ctx).split(/\s+/).filter(Boolean);
  if (what !== "now") return ctx.reply(ctx.t("digest-usage"));
  const unitId = ctx.group ? ctx.group.unitId : (ctx.person?.memberships[0]?.unitId ?? null);
  if (!unitId) return ctx.reply(ctx.t("digest-unbound"));
  const snapshot = await ctx.app.ledger.snapshot();
  if (!ctx.person || !can(ctx.person.memberships, "read", unitId, snapshot.tree).ok) {
    return ctx.reply(ctx.t("digest-refused"));
  }
  const digest = await buildDigest(ctx.app, unitId, "weekly", ctx.app.now());
  await ctx.reply(digestText(digest, ctx.t));
  const chart = await renderDigestChart(digest, ctx.label);
  await ctx.replyWithPhoto(new InputFile(chart, "digest.png"));
});
