import { describe, expect, it } from "vitest";
import { expectedSlots, loadSamples, recognize } from "./phrasing.ts";

describe("the labelled questions of shared/samples/questions.jsonl", () => {
  for (const sample of loadSamples()) {
    it(`${sample.id}: ${sample.text}`, () => {
      const { intent, slots, language } = recognize(sample.text);
      // The samples do not label which end of a ranking is asked for; the recognizer does.
      const { order: _order, ...labelled } = slots;
      expect({ intent, slots: labelled, language }).toEqual({
        intent: sample.intent,
        slots: expectedSlots(sample),
        language: sample.lang,
      });
    });
  }
});
