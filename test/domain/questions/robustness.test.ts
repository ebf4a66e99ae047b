import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recognizedQuestionSchema, recognizeQuestion } from "../../../src/domain/questions/index.ts";
import { recognize, tasks } from "./phrasing.ts";

if (process.env.CI) fc.configureGlobal({ seed: 20_261_130 });

const piece = fc.oneof(
  fc.constantFrom(
    "改厕",
    "团结村",
    "Jinta Town",
    "哪个",
    "村",
    "最快",
    "没报",
    "逾期",
    "问题",
    "进度",
    "怎么样",
    "吗",
    "？",
    "?",
    "，",
    "已完成",
    "45户",
    "80%",
    "which",
    "town",
    "overdue",
    "help",
    "😀",
    "\n",
    " ",
  ),
  fc.string({ maxLength: 6 }),
);
const message = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

describe("any message", () => {
  it("gets an answer of the declared shape and never throws", () => {
    fc.assert(
      fc.property(message, (text) => {
        expect(recognizedQuestionSchema.safeParse(recognizeQuestion(text, { tasks })).success).toBe(true);
      }),
    );
  });

  it("copes with nothing, a non-string and whitespace", () => {
    expect(recognize("").intent).toBe("chat");
    expect(recognize("   \n ").intent).toBe("chat");
    expect(recognizeQuestion(undefined as unknown as string).intent).toBe("chat");
    expect(recognizeQuestion("改厕进度？").slots).toEqual({});
  });

  it("that is long and full of cues is read in linear time", () => {
    const long = "哪个村进度最慢，which town is the best of all the towns and villages ".repeat(2_000);
    const started = performance.now();
    const recognized = recognize(long);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(recognizedQuestionSchema.safeParse(recognized).success).toBe(true);
  });
});

describe("what comes back besides the intent", () => {
  it("names the language of the message", () => {
    expect(recognize("改厕进度？").language).toBe("zh");
    expect(recognize("what is overdue?").language).toBe("en");
  });

  it("is surer of a plain question than of a bare phrase", () => {
    expect(recognize("逾期的任务有哪些").confidence).toBeGreaterThan(recognize("逾期任务").confidence);
  });

  it("gives a report the parser's confidence", () => {
    const recognized = recognize("团结村改厕完成了吗？已完成45户，还差5户");
    expect(recognized.intent).toBe("report");
    expect(recognized.confidence).toBeGreaterThanOrEqual(0.5);
  });
});
