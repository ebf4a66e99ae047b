/** What every method handler gets, and readers for its parameters with Telegram's error texts. */
import { badRequest } from "./api-error.ts";
import type { ChatRecord, ChatState } from "./chat-state.ts";
import type { Params } from "./request-params.ts";
import type { UpdateQueue } from "./update-queue.ts";
import type { WebhookPusher } from "./webhook-pusher.ts";

export interface MethodContext {
  state: ChatState;
  updates: UpdateQueue;
  webhook: WebhookPusher;
  /** Aborted when the client disconnects; only getUpdates waits long enough to care. */
  signal: AbortSignal;
}

export type Handler = (params: Params, context: MethodContext) => unknown;

export function integer(params: Params, name: string): number {
  const value = params[name];
  if (value === undefined || value === "") throw badRequest(`${name} is empty`);
  const n = Number(value);
  if (!Number.isInteger(n)) throw badRequest(`invalid ${name} specified`);
  return n;
}

export function optionalNumber(params: Params, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === "" || value === null) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw badRequest(`invalid ${name} specified`);
  return n;
}

export const flag = (params: Params, name: string) => params[name] === true || params[name] === "true";

/** The chat named by chat_id, which the bot must still be allowed to write to (else 403). */
export function reachableChat(state: ChatState, params: Params): ChatRecord {
  const record = state.chatForBot(params.chat_id);
  state.assertReachable(record);
  return record;
}
