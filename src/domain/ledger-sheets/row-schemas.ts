import { z } from "zod";
import { convertQuantity } from "../ledger/measures.ts";
import type { Cell, ProblemCode } from "./cells.ts";
import { aliasesOf, dateOfCell, quantityOf, textOf, unitKindOf, unitPathOf, yearOfCell } from "./values.ts";

/**
 * One zod schema per kind of row. Cells go in as they were read; what comes out is typed, and
 * every cell that does not fit is an issue carrying its problem code, so a sheet's problems are
 * all found in one pass.
 */
type Issue = { code: ProblemCode; args?: Record<string, string | number> };

const fail = (ctx: z.RefinementCtx, issue: Issue) => {
  ctx.addIssue({ code: "custom", message: issue.code, params: issue });
  return z.NEVER;
};

const cell = z.custom<Cell | undefined>(() => true);
const shown = (value: Cell | undefined) => textOf(value) ?? "";

export const textCell = cell.transform((value) => textOf(value));

export const requiredName = cell.transform(
  (value, ctx) => textOf(value) ?? fail(ctx, { code: "empty-name" }),
);

export const pathCell = cell.transform((value) => {
  const text = textOf(value);
  return text === null ? null : unitPathOf(text);
});

export const yearCell = cell.transform((value, ctx) => {
  const year = yearOfCell(value);
  return year === "invalid" ? fail(ctx, { code: "not-a-year", args: { value: shown(value) } }) : year;
});

export const quantityCell = cell.transform((value, ctx) => {
  const quantity = quantityOf(value);
  return quantity === "invalid"
    ? fail(ctx, { code: "not-a-number", args: { value: shown(value) } })
    : quantity;
});

const dateCell = (planYear: number) =>
  cell.transform((value, ctx) => {
    const date = dateOfCell(value, planYear);
    return date === "invalid" ? fail(ctx, { code: "not-a-date", args: { value: shown(value) } }) : date;
  });

export const unitRowSchema = z.object({
  unit: requiredName,
  parent: pathCell,
  kind: cell.transform((value) => {
    const text = textOf(value);
    return text === null ? null : unitKindOf(text);
  }),
});

const taskRowSchemas = new Map<number, ReturnType<typeof buildTaskRowSchema>>();

function buildTaskRowSchema(planYear: number) {
  return z.object({
    code: textCell,
    name: requiredName,
    aliases: cell.transform((value) => aliasesOf(value)),
    owner: pathCell,
    lead: textCell,
    target: quantityCell,
    measure: textCell,
    startDate: dateCell(planYear),
    deadline: dateCell(planYear),
    note: textCell,
  });
}

/** Schemas depend on the plan year (12月底 is the plan year's December), so one is kept per year. */
export function taskRowSchema(planYear: number) {
  let schema = taskRowSchemas.get(planYear);
  if (!schema) {
    schema = buildTaskRowSchema(planYear);
    taskRowSchemas.set(planYear, schema);
  }
  return schema;
}

const assignmentRowSchemas = new Map<number, ReturnType<typeof buildAssignmentRowSchema>>();

function buildAssignmentRowSchema(planYear: number) {
  return z.object({
    code: textCell,
    name: textCell,
    unit: pathCell,
    township: textCell,
    village: textCell,
    assignedTarget: quantityCell,
    measure: textCell,
    deadline: dateCell(planYear),
  });
}

export function assignmentRowSchema(planYear: number) {
  let schema = assignmentRowSchemas.get(planYear);
  if (!schema) {
    schema = buildAssignmentRowSchema(planYear);
    assignmentRowSchemas.set(planYear, schema);
  }
  return schema;
}

export interface MeasuredTarget {
  readonly target: number | null;
  readonly measure: string | null;
  readonly problem: Issue | null;
}

/**
 * A target and its measure from up to three places, most explicit first: the measure column,
 * the number's own measure (3000亩), the header's brackets (目标值（亩）). A number in another
 * measure than the column's is converted when the two convert (30公顷 in 亩), else a problem.
 */
export function measuredTarget(
  quantity: { value: number; measure: string | null } | null,
  measureColumn: string | null,
  bracketed: string | null,
): MeasuredTarget {
  const measure = measureColumn ?? quantity?.measure ?? bracketed;
  if (!quantity) return { target: null, measure, problem: null };
  if (quantity.measure === null || measure === null || quantity.measure === measure)
    return { target: quantity.value, measure, problem: null };
  const converted = convertQuantity(quantity.value, quantity.measure, measure);
  return converted === null
    ? {
        target: null,
        measure,
        problem: { code: "measure-mismatch", args: { measure: quantity.measure, expected: measure } },
      }
    : { target: converted, measure, problem: null };
}

export type IssueParams = Issue;
