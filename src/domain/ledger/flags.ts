import { compareDates, daysBetween, type LocalDate } from "./local-date.ts";

/**
 * The one flag a task or an assignment carries in digests and answers (decisions.md, Flags):
 * red over yellow over blue, none when done.
 */
export type Flag = "red" | "yellow" | "blue";

/**
 * Why the flag: `overdue` (red), `behind-schedule` (yellow: more than 10 points behind 序时进度),
 * `slow-pace` (yellow: the recent pace will not reach the target by the deadline), `due-soon` (blue).
 */
export type FlagReason = "overdue" | "behind-schedule" | "slow-pace" | "due-soon";

export interface FlagInput {
  /** Null for a task with no figure to reach (编制规划): only its status can say it is done. */
  readonly target: number | null;
  /** Null when nothing has been reported: counted as nothing done. */
  readonly total: number | null;
  /** The task's start date; without one the plan starts on 1 January of its plan year. */
  readonly startDate?: LocalDate | null;
  readonly planYear: number;
  /** Null when the ledger gives none: no deadline, nothing to be late for. */
  readonly deadline: LocalDate | null;
  /** In the deployment's time zone; the shell gives it, so replays and tests can fix the day. */
  readonly today: LocalDate;
  readonly blueWithinDays?: number;
  /** Units per day over the recent window the caller chose; left out when not measured. */
  readonly recentPace?: number | null;
  /** The task's status says done: an admin closed it, or it has no target and was finished. */
  readonly done?: boolean;
}

export interface FlagVerdict {
  readonly flag: Flag;
  readonly reason: FlagReason;
}

const BLUE_WITHIN_DAYS = 14;
/** 序时进度 tolerance: a task may trail the calendar by up to 10 points before it is yellow. */
const BEHIND_BY_POINTS = 10;
const EPSILON = 1e-9;

/** The first day of the plan: the task's start date, else 1 January of its plan year. */
export function planStart(startDate: LocalDate | null | undefined, planYear: number): LocalDate {
  return startDate ?? (`${String(planYear).padStart(4, "0")}-01-01` as LocalDate);
}

/**
 * 序时进度: the share of the plan's time gone by the end of `today`, 0..1. Days count whole from the
 * start day through the deadline day, both included, so the share reaches 1 at the end of the
 * deadline day, which is still on time. A digest sent late on a Friday counts that Friday as gone.
 */
export function scheduleShare(start: LocalDate, deadline: LocalDate, today: LocalDate): number {
  const span = daysBetween(start, deadline) + 1;
  const gone = daysBetween(start, today) + 1;
  if (span <= 0) return compareDates(today, deadline) >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, gone / span));
}

/** Percent of the target reached, or null without a positive target. */
export function percentDone(total: number | null, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  return ((total ?? 0) / target) * 100;
}

function isDone(input: FlagInput): boolean {
  if (input.done) return true;
  return input.target !== null && (input.total ?? 0) >= input.target - EPSILON;
}

/** The flag and why, or null when none applies. */
export function assessFlag(input: FlagInput): FlagVerdict | null {
  const { deadline, today } = input;
  if (isDone(input) || deadline === null) return null;
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft < 0) return { flag: "red", reason: "overdue" };

  const start = planStart(input.startDate, input.planYear);
  const percent = percentDone(input.total, input.target);
  if (percent !== null) {
    const expected = scheduleShare(start, deadline, today) * 100;
    if (expected - percent > BEHIND_BY_POINTS + EPSILON) return { flag: "yellow", reason: "behind-schedule" };
  }
  // Today counts as gone (as in 序时进度), so the pace has the days after it. A pace before the plan
  // has started measures nothing yet.
  const pace = input.recentPace;
  if (pace !== undefined && pace !== null && input.target !== null && compareDates(today, start) >= 0) {
    const projected = (input.total ?? 0) + Math.max(0, pace) * daysLeft;
    if (projected < input.target - EPSILON) return { flag: "yellow", reason: "slow-pace" };
  }

  if (daysLeft <= (input.blueWithinDays ?? BLUE_WITHIN_DAYS)) return { flag: "blue", reason: "due-soon" };
  return null;
}

export function flagFor(input: FlagInput): Flag | null {
  return assessFlag(input)?.flag ?? null;
}
