import { z } from "zod";
import type { BotContext } from "./context.ts";

/**
 * Where a short conversation stands (guided /task add, a ✏️ value), kept in the database so that a
 * restart or a second instance carries on where the person left off. Keyed by chat and person:
 * two admins can add tasks in the same group without mixing their answers.
 */
const taskDraftSchema = z.object({
  name: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  owner: z.string().optional(),
  measure: z.string().optional(),
  target: z.number().nullable().optional(),
});

export const conversationSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("task-add"),
    step: z.enum(["name", "owner", "measure", "target", "deadline"]),
    draft: taskDraftSchema,
  }),
  z.object({
    kind: z.literal("fix-value"),
    reportId: z.string(),
    index: z.number().int().min(0),
    /** The card to update once the value is in. */
    chatId: z.number(),
    messageId: z.number(),
  }),
  /** /import: the bot waits for the file. */
  z.object({ kind: z.literal("import-file"), only: z.enum(["units", "tasks"]).optional() }),
  /** The file was tried; the admin is to apply it or not. Telegram keeps the file by its id. */
  z.object({
    kind: z.literal("import-confirm"),
    fileId: z.string(),
    fileName: z.string(),
    only: z.enum(["units", "tasks"]).optional(),
  }),
]);

export type Conversation = z.infer<typeof conversationSchema>;
export type TaskDraft = z.infer<typeof taskDraftSchema>;

/** A conversation left alone this long is over: a stray number a day later is a report, not an answer. */
const EXPIRES_MS = 60 * 60 * 1000;

const storedSchema = z.object({ at: z.number(), state: conversationSchema });

function keyOf(ctx: BotContext): string | null {
  return ctx.chat && ctx.from ? `telegram:${ctx.chat.id}:${ctx.from.id}` : null;
}

export async function getConversation(ctx: BotContext): Promise<Conversation | null> {
  const key = keyOf(ctx);
  const raw = key ? await ctx.app.repos.conversations.get(key) : null;
  if (!raw) return null;
  const stored = storedSchema.safeParse(JSON.parse(raw));
  if (!stored.success || Date.now() - stored.data.at > EXPIRES_MS) return null;
  return stored.data.state;
}

export async function setConversation(ctx: BotContext, state: Conversation): Promise<void> {
  const key = keyOf(ctx);
  if (key) await ctx.app.repos.conversations.set(key, JSON.stringify({ at: Date.now(), state }));
}

export async function endConversation(ctx: BotContext): Promise<void> {
  const key = keyOf(ctx);
  if (key) await ctx.app.repos.conversations.delete(key);
}
