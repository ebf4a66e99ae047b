import type { Chat, User } from "grammy/types";
import { type AppDeps, type ChatRow, identify } from "../../app/index.ts";
import type { BotContext, BotSettings } from "../context.ts";

const PLATFORM = "telegram";

function displayName(user: User): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ") || user.username || String(user.id);
}

/** A group's row, written only when the group is new: most messages cost no write here. */
async function groupRow(deps: AppDeps, chat: Chat): Promise<ChatRow> {
  const found = await deps.repos.chats.find(PLATFORM, String(chat.id));
  if (found && found.type === chat.type) return found;
  const title = "title" in chat ? (chat.title ?? null) : null;
  return deps.repos.chats.ensure(PLATFORM, String(chat.id), chat.type, title);
}

/** Who is acting and where: the person behind the update and, in a group, the group's row. */
export function identity(deps: AppDeps, settings: BotSettings) {
  return async (ctx: BotContext, next: () => Promise<void>) => {
    ctx.app = deps;
    ctx.settings = settings;
    ctx.person = null;
    ctx.group = null;
    const from = ctx.from;
    // Anonymous group admins and other bots write as bots; they are nobody the ledger knows.
    if (from && !from.is_bot) {
      ctx.person = await identify(deps, {
        platform: PLATFORM,
        externalId: String(from.id),
        displayName: displayName(from),
        username: from.username ?? null,
        privateChat: ctx.chat?.type === "private",
      });
    }
    if (ctx.chat && ctx.chat.type !== "private") ctx.group = await groupRow(deps, ctx.chat);
    await next();
  };
}
