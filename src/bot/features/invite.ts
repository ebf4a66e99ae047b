import { Composer } from "grammy";
import { createInvite } from "../../app/index.ts";
import { type BotContext, commandArgs } from "../context.ts";
import { localDate } from "../time.ts";

/** /invite 民建村 reporter [days] [uses]: an admin makes a code (and a link) for their unit. */
export const inviteFeature = new Composer<BotContext>();

const ROLES: Record<string, string> = {
  reporter: "reporter",
  填报员: "reporter",
  报送员: "reporter",
  leader: "leader",
  领导: "leader",
  admin: "admin",
  管理员: "admin",
};

const positiveInt = (text: string | undefined) =>
  text && /^\d{1,4}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;

inviteFeature.command("invite", async (ctx) => {
  const [unitName, roleWord, days, uses, ...extra] = commandArgs(ctx).split(/\s+/).filter(Boolean);
  const role = roleWord ? (ROLES[roleWord.toLowerCase()] ?? roleWord) : undefined;
  const badNumber = (days !== undefined && !positiveInt(days)) || (uses !== undefined && !positiveInt(uses));
  if (!ctx.person || !unitName || !role || badNumber || extra.length > 0)
    return ctx.reply(ctx.t("invite-usage"));
  const invite = await createInvite(ctx.app, ctx.person, {
    unitName,
    role,
    ...(days ? { days: Number(days) } : {}),
    ...(uses ? { uses: Number(uses) } : {}),
  });
  if (!invite.ok) return ctx.reply(ctx.t(`invite-refused-${invite.reason}`, { unit: unitName }));
  await ctx.reply(
    ctx.t("invite-created", {
      code: invite.code,
      unit: invite.unitName,
      role: ctx.t(`role-${invite.role}`),
      expires: localDate(ctx.settings.timeZone, invite.expiresAt),
      uses: invite.maxUses,
      link: `https://t.me/${ctx.me.username}?start=${invite.code}`,
    }),
    { link_preview_options: { is_disabled: true } },
  );
});
