import { z } from "zod";

/** The kinds of quantity the contract (shared/docs/report-format.md) distinguishes. */
export const quantityKinds = ["increment", "cumulative", "target", "unspecified"] as const;
export type QuantityKind = (typeof quantityKinds)[number];

export const quantitySchema = z.object({
  value: z.number().finite(),
  unit: z.string().min(1),
  kind: z.enum(quantityKinds),
  label: z.string().nullable(),
});
export type Quantity = z.infer<typeof quantitySchema>;

/** The single definition of a parsed progress message; every consumer reads this shape. */
export const parsedReportSchema = z.object({
  place: z.string().nullable(),
  placePath: z.array(z.string()),
  task: z.string().nullable(),
  taskId: z.string().nullable(),
  quantities: z.array(quantitySchema),
  // 0–100 scale; above 100 when a task is over-fulfilled (完成计划的120%).
  percent: z.number().min(0).max(1000).nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  issues: z.array(z.string()),
  nextSteps: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  language: z.enum(["zh", "en"]),
});
export type ParsedReport = z.infer<typeof parsedReportSchema>;

export const ledgerTaskSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
});
export type LedgerTask = z.infer<typeof ledgerTaskSchema>;

export const parseInputSchema = z.object({
  text: z.string(),
  sentAt: z.string().optional(),
});
export type ParseInput = z.infer<typeof parseInputSchema>;
