import { readFileSync } from "node:fs";
import { z } from "zod";
import { ledgerTaskSchema, type ParsedReport, TaskIndex } from "../../src/domain/parser/index.ts";
import { normalize } from "../../src/domain/parser/normalize.ts";

/** Traditional and simplified spellings of a place compare equal, as the scorer folds them. */
const foldPlace = (p: string | null) => (p === null ? null : normalize(p.trim()).norm);

/** A labelled case, in the format of shared/samples/public.jsonl. */
export const caseSchema = z.object({
  id: z.string(),
  input: z.object({ text: z.string(), sentAt: z.string().optional() }),
  expect: z.object({
    place: z.string().nullable(),
    taskId: z.string().nullable(),
    quantities: z.array(z.object({ value: z.number(), unit: z.string(), kind: z.string() })),
    percent: z.number().nullable(),
    date: z.string().nullable(),
    hasIssues: z.boolean(),
    hasNextSteps: z.boolean(),
    isReport: z.boolean(),
  }),
  tags: z.array(z.string()).default([]),
});
export type LabelledCase = z.infer<typeof caseSchema>;

const fixtures = new URL("../fixtures/", import.meta.url);

export function loadCorpus(name: string): LabelledCase[] {
  return readFileSync(new URL(name, fixtures), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => caseSchema.parse(JSON.parse(line)));
}

export function loadTaskIndex(name: string): TaskIndex {
  return new TaskIndex(
    z.array(ledgerTaskSchema).parse(JSON.parse(readFileSync(new URL(name, fixtures), "utf8"))),
  );
}

const close = (a: number, e: number) => a === e || Math.abs(a - e) <= 1e-6 * Math.abs(e);

/** Matches expected quantities one-to-one with the parsed ones, as shared/samples/score.mjs does. */
export function matchedQuantities(
  expected: LabelledCase["expect"]["quantities"],
  actual: ParsedReport["quantities"],
  strict: boolean,
): number {
  const used = new Array(actual.length).fill(false);
  let tp = 0;
  for (const e of expected) {
    const j = actual.findIndex(
      (a, k) => !used[k] && a.unit === e.unit && close(a.value, e.value) && (!strict || a.kind === e.kind),
    );
    if (j >= 0) {
      used[j] = true;
      tp++;
    }
  }
  return tp;
}

/** The fields a case gets wrong, by the scoring rules of shared/samples/README.md. */
export function mistakes(c: LabelledCase, out: ParsedReport): string[] {
  const e = c.expect;
  const wrong: string[] = [];
  const isReport = out.confidence >= 0.5;
  if (isReport !== e.isReport) wrong.push(`isReport: expected ${e.isReport}, confidence ${out.confidence}`);
  const fmt = (qs: ReadonlyArray<{ value: number; unit: string; kind: string }>) =>
    qs.map((q) => `${q.value}${q.unit}:${q.kind}`).join(" ");
  if (
    matchedQuantities(e.quantities, out.quantities, true) !== e.quantities.length ||
    out.quantities.length !== e.quantities.length
  ) {
    wrong.push(`quantities: expected [${fmt(e.quantities)}], got [${fmt(out.quantities)}]`);
  }
  if (!e.isReport) return wrong;
  if (foldPlace(out.place) !== foldPlace(e.place)) wrong.push(`place: expected ${e.place}, got ${out.place}`);
  if (out.taskId !== e.taskId) wrong.push(`taskId: expected ${e.taskId}, got ${out.taskId}`);
  const pctOk =
    e.percent === null ? out.percent === null : out.percent !== null && close(out.percent, e.percent);
  if (!pctOk) wrong.push(`percent: expected ${e.percent}, got ${out.percent}`);
  if (out.date !== e.date) wrong.push(`date: expected ${e.date}, got ${out.date}`);
  if (out.issues.length > 0 !== e.hasIssues)
    wrong.push(`issues: expected ${e.hasIssues}, got ${JSON.stringify(out.issues)}`);
  if (out.nextSteps.length > 0 !== e.hasNextSteps)
    wrong.push(`nextSteps: expected ${e.hasNextSteps}, got ${JSON.stringify(out.nextSteps)}`);
  return wrong;
}

export interface CorpusScore {
  strictF1: number;
  place: number;
  task: number;
  report: number;
  failures: Array<{ id: string; problems: string[] }>;
}

/** Aggregate figures over a corpus, computed as the held-out set is scored. */
export function scoreCorpus(
  cases: readonly LabelledCase[],
  parseCase: (c: LabelledCase) => ParsedReport,
): CorpusScore {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  const acc: Record<"place" | "task" | "report", { ok: number; n: number }> = {
    place: { ok: 0, n: 0 },
    task: { ok: 0, n: 0 },
    report: { ok: 0, n: 0 },
  };
  const failures: CorpusScore["failures"] = [];
  for (const c of cases) {
    const out = parseCase(c);
    tp += matchedQuantities(c.expect.quantities, out.quantities, true);
    pred += out.quantities.length;
    gold += c.expect.quantities.length;
    const tally = (k: keyof typeof acc, ok: boolean) => {
      acc[k].ok += ok ? 1 : 0;
      acc[k].n += 1;
    };
    tally("report", out.confidence >= 0.5 === c.expect.isReport);
    if (c.expect.isReport) {
      tally("place", foldPlace(out.place) === foldPlace(c.expect.place));
      tally("task", out.taskId === c.expect.taskId);
    }
    const problems = mistakes(c, out);
    if (problems.length > 0) failures.push({ id: c.id, problems });
  }
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  const ratio = ({ ok, n }: { ok: number; n: number }) => (n ? ok / n : 1);
  return {
    strictF1: p + r ? (2 * p * r) / (p + r) : 0,
    place: ratio(acc.place),
    task: ratio(acc.task),
    report: ratio(acc.report),
    failures,
  };
}
