import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeProgress,
  type FiledReport,
  type ReportedQuantity,
} from "../../../src/domain/ledger/index.ts";

const quantity: fc.Arbitrary<ReportedQuantity> = fc.record({
  value: fc.integer({ min: 0, max: 5000 }),
  unit: fc.constantFrom("亩", "公顷", "人"),
  kind: fc.constantFrom("increment", "cumulative", "target", "unspecified"),
});

const reports: fc.Arbitrary<FiledReport[]> = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    // Few distinct instants, so reports sent in the same second are common.
    sentAt: fc.integer({ min: 0, max: 20 }).map((minute) => new Date(Date.UTC(2024, 5, 14, 9, minute))),
    counts: fc.boolean(),
    checked: fc.boolean(),
    quantities: fc.array(quantity, { maxLength: 4 }),
  }),
  { selector: (r) => r.id, maxLength: 12 },
);

describe("the total depends on what was sent and when, not on how it arrived", () => {
  it("is the same for any order the reports come in", () => {
    fc.assert(
      fc.property(
        reports.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length }))),
        ([inOrder, shuffled]) => {
          expect(computeProgress({ unit: "亩", reports: shuffled })).toEqual(
            computeProgress({ unit: "亩", reports: inOrder }),
          );
        },
      ),
    );
  });

  it("treats a report that does not count as one never sent", () => {
    fc.assert(
      fc.property(reports, (rs) => {
        expect(computeProgress({ unit: "亩", reports: rs })).toEqual(
          computeProgress({ unit: "亩", reports: rs.filter((r) => r.counts) }),
        );
      }),
    );
  });

  it("counts increments alone as their sum", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 10 }), (values) => {
        const p = computeProgress({
          unit: "亩",
          reports: values.map((value, i) => ({
            id: `r${i}`,
            sentAt: new Date(Date.UTC(2024, 0, 1 + i)),
            counts: true,
            quantities: [{ value, unit: "亩", kind: "increment" }],
          })),
        });
        expect(p.total).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
