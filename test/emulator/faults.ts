import { ApiError, defaultDescription } from "./api-error.ts";
import type { ResponseParameters } from "./telegram-types.ts";

/** What an injected failure looks like to the bot: a Bot API error, or a connection cut mid-request. */
export type Fault =
  | { error_code: number; description?: string; retry_after?: number; parameters?: ResponseParameters }
  | { dropConnection: true };

/**
 * Failures queued per method by the test (`failNext`). "*" matches every method except getUpdates,
 * so that a blanket fault aimed at sending does not also stall polling.
 */
export class FaultPlan {
  private queued = new Map<string, { fault: Fault; remaining: number }[]>();

  add(method: string, fault: Fault, times: number): void {
    const key = method === "*" ? "*" : method.toLowerCase();
    const list = this.queued.get(key) ?? [];
    list.push({ fault, remaining: times });
    this.queued.set(key, list);
  }

  /** The fault the next call of this method meets, if any; each use counts down its `times`. */
  take(method: string): Fault | undefined {
    const lower = method.toLowerCase();
    const list = this.queued.get(lower)?.length
      ? this.queued.get(lower)
      : lower === "getupdates"
        ? undefined
        : this.queued.get("*");
    const next = list?.[0];
    if (!list || !next) return undefined;
    if (--next.remaining <= 0) list.shift();
    return next.fault;
  }

  clear(): void {
    this.queued.clear();
  }
}

export function faultError(fault: Exclude<Fault, { dropConnection: true }>): ApiError {
  const parameters: ResponseParameters = { ...fault.parameters };
  if (fault.retry_after !== undefined) parameters.retry_after = fault.retry_after;
  if (fault.error_code === 429 && parameters.retry_after === undefined) parameters.retry_after = 1;
  return new ApiError(
    fault.error_code,
    fault.description ?? defaultDescription(fault.error_code, parameters.retry_after),
    Object.keys(parameters).length > 0 ? parameters : undefined,
  );
}
