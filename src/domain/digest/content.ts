import { assessFlag, type Flag, type FlagReason, type LocalDate, percentDone } from "../ledger/index.ts";

/**
 * What a digest says, for one unit's subtree and one period: each task against its target, the
 * movers and the laggards, who did not report, the three-colour flags, and open problems. Pure:
 * the shell gathers the figures (aggregated in the database) and renders the text and the chart.
 */
export type DigestKind = "weekly" | "monthly" | "quarterly";

export interface DigestTask {
  readonly id: string;
  readonly name: string;
  readonly measure: string;
  readonly target: number | null;
  readonly startDate: LocalDate | null;
  readonly deadline: LocalDate | null;
  readonly planYear: number;
  readonly done: boolean;
}

export interface DigestInput {
  readonly kind: DigestKind;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly today: LocalDate;
  readonly tasks: readonly DigestTask[];
  /** Each task's total over the subtree at the end of the period, and at its start. */
  readonly totals: ReadonlyMap<string, number>;
  readonly totalsAtStart: ReadonlyMap<string, number>;
  /** Units expected to report that were not heard from in the period, by kind. */
  readonly silent: ReadonlyArray<{ name: string; kind: string }>;
  readonly problems: ReadonlyArray<{
    text: string;
    unitName: string;
    firstAt: LocalDate;
    count: number;
    /** The task of the report that first raised it, for a list read away from the chat (an export). */
    taskName?: string;
  }>;
  /** Reports of the period whose stated cumulative does not follow from the total before it. */
  readonly inconsistencies?: readonly DigestInconsistency[];
  /** Reports of the period counted in the totals, and how many of them no one has checked (✅). */
  readonly counted?: { readonly reports: number; readonly unchecked: number };
  readonly blueWithinDays?: number;
}

export interface DigestInconsistency {
  readonly unitName: string;
  readonly taskName: string;
  readonly measure: string;
  readonly kind: "mismatch" | "decrease";
  readonly stated: number;
  readonly expected: number;
  readonly sentOn: LocalDate;
}

export interface TaskLine {
  readonly taskId: string;
  readonly name: string;
  readonly measure: string;
  readonly total: number;
  readonly target: number | null;
  readonly percent: number | null;
  readonly change: number;
  readonly flag: Flag | null;
  readonly flagReason: FlagReason | null;
  /** The deadline the flag is judged by: for a unit's view, the latest of its shares' deadlines. */
  readonly deadline: LocalDate | null;
}

export interface DigestContent {
  readonly kind: DigestKind;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly lines: readonly TaskLine[];
  /** The three that moved most in the period (as a share of their target), and the three furthest behind. */
  readonly movers: readonly TaskLine[];
  readonly laggards: readonly TaskLine[];
  readonly flags: Readonly<Record<Flag, number>>;
  readonly silentUnits: readonly string[];
  readonly silentDepartments: readonly string[];
  readonly problems: DigestInput["problems"];
  /** Oldest first: the sooner a figure is checked, the fewer reports build on it. */
  readonly inconsistencies: readonly DigestInconsistency[];
  /** decisions.md: a digest says when its totals include reports no one has checked. */
  readonly counted: { readonly reports: number; readonly unchecked: number };
}

const TOP = 3;

export function digestContent(input: DigestInput): DigestContent {
  const lines: TaskLine[] = input.tasks.map((task) => {
    const total = input.totals.get(task.id) ?? 0;
    const change = total - (input.totalsAtStart.get(task.id) ?? 0);
    const verdict = assessFlag({
      target: task.target,
      total,
      startDate: task.startDate,
      planYear: task.planYear,
      deadline: task.deadline,
      today: input.today,
      blueWithinDays: input.blueWithinDays,
      done: task.done,
    });
    return {
      taskId: task.id,
      name: task.name,
      measure: task.measure,
      total,
      target: task.target,
      percent: percentDone(total, task.target),
      change,
      flag: verdict?.flag ?? null,
      flagReason: verdict?.reason ?? null,
      deadline: task.deadline,
    };
  });
  const share = (l: TaskLine) => (l.target ? l.change / l.target : 0);
  const movers = lines
    .filter((l) => l.change > 0)
    .sort((a, b) => share(b) - share(a))
    .slice(0, TOP);
  const severity: Record<Flag, number> = { red: 3, yellow: 2, blue: 1 };
  const laggards = lines
    .filter((l) => l.flag === "red" || l.flag === "yellow")
    .sort(
      (a, b) => severity[b.flag as Flag] - severity[a.flag as Flag] || (a.percent ?? 0) - (b.percent ?? 0),
    )
    .slice(0, TOP);
  const flags = { red: 0, yellow: 0, blue: 0 };
  for (const l of lines) if (l.flag) flags[l.flag]++;
  return {
    kind: input.kind,
    from: input.from,
    to: input.to,
    lines,
    movers,
    laggards,
    flags,
    silentUnits: input.silent.filter((u) => u.kind !== "department").map((u) => u.name),
    silentDepartments: input.silent.filter((u) => u.kind === "department").map((u) => u.name),
    problems: input.problems,
    inconsistencies: [...(input.inconsistencies ?? [])].sort((a, b) => a.sentOn.localeCompare(b.sentOn)),
    counted: input.counted ?? { reports: 0, unchecked: 0 },
  };
}
