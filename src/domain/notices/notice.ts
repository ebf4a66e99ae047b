import { z } from "zod";

/**
 * What the bot sends on its own besides digests, as planned into the outbox (its payload) and
 * rendered in the reader's language when sent. Names come from people: the renderer escapes them.
 */
export const noticeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("reminder"),
    units: z.array(z.object({ unit: z.string(), tasks: z.array(z.string()).readonly() })).readonly(),
    example: z.object({ unit: z.string(), task: z.string(), measure: z.string() }),
  }),
  z.object({
    kind: z.literal("unreached"),
    units: z.array(z.object({ unit: z.string(), people: z.array(z.string()).readonly() })).readonly(),
  }),
  z.object({
    kind: z.literal("flag"),
    flag: z.enum(["red", "yellow"]),
    task: z.string(),
    unit: z.string(),
    measure: z.string(),
    total: z.number(),
    target: z.number().nullable(),
    percent: z.number().nullable(),
    expected: z.number().nullable(),
    deadline: z.string().nullable(),
  }),
]);

export type Notice = z.infer<typeof noticeSchema>;
export type NoticeKind = Notice["kind"];
export const NOTICE_KINDS: readonly NoticeKind[] = ["reminder", "unreached", "flag"];
