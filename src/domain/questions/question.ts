import { z } from "zod";

/** What a message asks for (shared/docs/questions.md); `report` and `chat` are the two that ask nothing. */
export const intents = [
  "task_status",
  "unit_status",
  "silent",
  "overdue",
  "issues",
  "rank",
  "help",
  "report",
  "chat",
] as const;
export type Intent = (typeof intents)[number];

export const periods = ["week", "month", "quarter", "year"] as const;
export type Period = (typeof periods)[number];

export const questionSlotsSchema = z.object({
  /** A ledger task's id, when the question names one. */
  taskId: z.string().min(1).optional(),
  /** A unit as written (團結村, Jinta Town), for the answerer to resolve within the asker's units. */
  unit: z.string().min(1).optional(),
  /** `silent` only: the period asked about, this week unless another is named. */
  period: z.enum(periods).optional(),
  /** `rank` only: which level of units is ordered. */
  level: z.enum(["township", "village"]).optional(),
  /** `rank` only: which end of the list is asked about. */
  order: z.enum(["fastest", "slowest"]).optional(),
});
export type QuestionSlots = z.infer<typeof questionSlotsSchema>;

export const recognizedQuestionSchema = z.object({
  intent: z.enum(intents),
  slots: questionSlotsSchema,
  language: z.enum(["zh", "en"]),
  /** 0–1: how sure the recognizer is; a report carries the parser's confidence. */
  confidence: z.number().min(0).max(1),
});
export type RecognizedQuestion = z.infer<typeof recognizedQuestionSchema>;
