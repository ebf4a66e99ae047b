/**
 * The Bot API methods by name: the bot, its updates and commands, chats and members, files. The
 * message methods live in message-methods.ts.
 */
import { ApiError, badRequest } from "./api-error.ts";
import { messageMethods } from "./message-methods.ts";
import { flag, type Handler, integer, optionalNumber, reachableChat } from "./method-params.ts";
import type { Params } from "./request-params.ts";
import type { BotCommand, ChatMember, ChatMemberStatus, User } from "./telegram-types.ts";

export type { MethodContext } from "./method-params.ts";

function chatMember(user: User, status: ChatMemberStatus): ChatMember {
  switch (status) {
    case "creator":
      return { status, user, is_anonymous: false };
    case "administrator":
      return {
        status,
        user,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: true,
        can_restrict_members: true,
        can_promote_members: false,
        can_change_info: true,
        can_invite_users: true,
        can_pin_messages: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
      };
    case "restricted":
      return { status, user, is_member: true, can_send_messages: false, until_date: 0 };
    case "kicked":
      return { status, user, until_date: 0 };
    default:
      return { status, user };
  }
}

const commandsKey = (params: Params) =>
  `${JSON.stringify(params.scope ?? { type: "default" })}|${String(params.language_code ?? "")}`;

// --------------------------------------------------------------------------------------- methods

const handlers: Record<string, Handler> = {
  getMe: (_params, { state }) => ({
    ...state.bot,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  }),

  getUpdates: (params, { updates, webhook, signal }) => {
    if (webhook.url)
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const limit = optionalNumber(params, "limit") ?? 100;
    const timeout = optionalNumber(params, "timeout") ?? 0;
    const offset = optionalNumber(params, "offset");
    // Fractional timeouts are an emulator extension so that tests of "nothing came" stay quick.
    return updates.poll({
      ...(offset !== undefined ? { offset } : {}),
      limit: Math.min(100, Math.max(1, Math.trunc(limit))),
      timeoutMs: Math.max(0, timeout) * 1000,
      signal,
    });
  },

  deleteWebhook: async (params, { updates, webhook }) => {
    await webhook.clear();
    if (flag(params, "drop_pending_updates")) updates.dropPending();
    return true;
  },

  setWebhook: (params, { updates, webhook }) => {
    const url = params.url;
    if (typeof url !== "string" || !/^https?:\/\//.test(url))
      throw badRequest("bad webhook: an HTTPS URL must be provided for webhook");
    const secret = typeof params.secret_token === "string" ? params.secret_token : undefined;
    if (flag(params, "drop_pending_updates")) updates.dropPending();
    webhook.set(url, secret, optionalNumber(params, "max_connections") ?? 40);
    return true;
  },

  getWebhookInfo: (_params, { updates, webhook }) => ({
    url: webhook.url,
    has_custom_certificate: false,
    pending_update_count: updates.pendingCount,
  }),

  setMyCommands: (params, { state }) => {
    const commands = params.commands;
    if (!Array.isArray(commands)) throw badRequest("commands is empty");
    for (const c of commands as Partial<BotCommand>[]) {
      if (typeof c?.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) {
        throw badRequest("BOT_COMMAND_INVALID");
      }
      if (typeof c.description !== "string" || c.description.length < 1 || c.description.length > 256) {
        throw badRequest("command description must be non-empty");
      }
    }
    state.commands.set(commandsKey(params), commands as BotCommand[]);
    return true;
  },

  getMyCommands: (params, { state }) => state.commands.get(commandsKey(params)) ?? [],

  deleteMyCommands: (params, { state }) => {
    state.commands.delete(commandsKey(params));
    return true;
  },

  setChatMenuButton: (params, { state }) => {
    state.menuButtons.set(String(params.chat_id ?? ""), params.menu_button ?? { type: "default" });
    return true;
  },

  getChatMenuButton: (params, { state }) =>
    state.menuButtons.get(String(params.chat_id ?? "")) ?? { type: "commands" },

  getChat: (params, { state }) => {
    const record = reachableChat(state, params);
    return { ...record.chat, accent_color_id: 0, max_reaction_count: 11 };
  },

  getChatMember: (params, { state }) => {
    const record = reachableChat(state, params);
    const userId = integer(params, "user_id");
    const user = userId === state.bot.id ? state.bot : state.users.get(userId);
    if (!user) throw badRequest("user not found");
    return chatMember(user, state.memberStatus(record, userId));
  },

  getChatAdministrators: (params, { state }) => {
    const record = reachableChat(state, params);
    if (record.chat.type === "private") throw badRequest("there are no administrators in the private chat");
    const ids = [state.bot.id, ...record.memberStatus.keys()];
    return ids.flatMap((id) => {
      const status = state.memberStatus(record, id);
      const user = id === state.bot.id ? state.bot : state.users.get(id);
      return user && (status === "administrator" || status === "creator") ? [chatMember(user, status)] : [];
    });
  },

  getFile: (params, { state }) => {
    const file = state.files.get(String(params.file_id ?? ""));
    if (!file) throw badRequest("invalid file_id");
    if (file.bytes.length > 20 * 1024 * 1024) throw badRequest("file is too big");
    return {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_size: file.bytes.length,
      file_path: file.filePath,
    };
  },

  leaveChat: (params, { state }) => {
    const record = reachableChat(state, params);
    if (record.chat.type === "private")
      throw badRequest("chat member status can't be changed in private chats");
    record.gone = "left";
    return true;
  },
};

/** Method names are case-insensitive in the Bot API; the log uses the canonical spelling. */
const byLowerName = new Map(
  Object.entries({ ...handlers, ...messageMethods }).map(([name, handler]) => [
    name.toLowerCase(),
    { name, handler },
  ]),
);

export function findMethod(name: string): { name: string; handler: Handler } | undefined {
  return byLowerName.get(name.toLowerCase());
}
