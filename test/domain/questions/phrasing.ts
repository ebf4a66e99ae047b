import { readFileSync } from "node:fs";
import { z } from "zod";
import type { TaskIndex } from "../../../src/domain/parser/index.ts";
import {
  type Intent,
  type QuestionSlots,
  type RecognizedQuestion,
  recognizeQuestion,
} from "../../../src/domain/questions/index.ts";
import { loadTaskIndex } from "../../support/corpus.ts";

/** A message, the intent it asks for and its slots, exactly. */
export type Phrasing = readonly [text: string, intent: Intent, slots: QuestionSlots];

export const tasks: TaskIndex = loadTaskIndex("tasks.json");

export const recognize = (text: string): RecognizedQuestion => recognizeQuestion(text, { tasks });

/** The labelled examples of shared/samples/questions.jsonl; they name a unit as `unitName`. */
const sampleSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.enum(["zh", "en"]),
  intent: z.string(),
  slots: z.object({
    taskId: z.string().optional(),
    unitName: z.string().optional(),
    period: z.string().optional(),
    level: z.string().optional(),
  }),
});
export type Sample = z.infer<typeof sampleSchema>;

export function loadSamples(): Sample[] {
  return readFileSync(new URL("../../fixtures/questions.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => sampleSchema.parse(JSON.parse(line)));
}

/** A sample's slots in the recognizer's names. */
export function expectedSlots(sample: Sample): Record<string, string> {
  const { unitName, ...rest } = sample.slots;
  return { ...rest, ...(unitName !== undefined && { unit: unitName }) };
}
