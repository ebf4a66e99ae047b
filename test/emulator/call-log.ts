import type { Params } from "./request-params.ts";

/** One Bot API call as the emulator saw it, for assertions and throughput/latency figures. */
export interface ApiCall {
  /** Position in `calls`; pass `since: call.seq + 1` to wait for a later call. */
  seq: number;
  method: string;
  params: Params;
  /** The numeric chat_id, when the call names one. */
  chatId?: number;
  /** Date.now() when the request arrived and when it was answered. */
  receivedAt: number;
  answeredAt?: number;
  ok?: boolean;
  result?: unknown;
  /** error_code 0 stands for a connection the emulator dropped on purpose. */
  error?: { error_code: number; description: string };
}

interface Waiter {
  since: number;
  predicate: (call: ApiCall) => boolean;
  settle: (call?: ApiCall, error?: unknown) => void;
}

/** Every call in arrival order, and tests waiting for particular ones (so tests never sleep). */
export class CallLog {
  readonly calls: ApiCall[] = [];
  /** `calls.length` when the test last acted as a user: where waitFor looks from by default. */
  mark = 0;
  private waiters = new Set<Waiter>();

  open(method: string, params: Params): ApiCall {
    const chatId = Number(params.chat_id);
    const call: ApiCall = {
      seq: this.calls.length,
      method,
      params,
      ...(params.chat_id !== undefined && Number.isInteger(chatId) ? { chatId } : {}),
      receivedAt: Date.now(),
    };
    this.calls.push(call);
    return call;
  }

  /** Records the answer and wakes the tests waiting for such a call. */
  answered(call: ApiCall, answer: { result: unknown } | { error: NonNullable<ApiCall["error"]> }): void {
    call.answeredAt = Date.now();
    call.ok = "result" in answer;
    if ("result" in answer) call.result = answer.result;
    else call.error = answer.error;
    for (const waiter of [...this.waiters]) {
      if (call.seq < waiter.since) continue;
      try {
        if (waiter.predicate(call)) waiter.settle(call);
      } catch (error) {
        waiter.settle(undefined, error);
      }
    }
  }

  /**
   * The first answered call from position `since` on that matches. Looking back to the last user
   * action by default means a reply the bot sent before the test started waiting still counts.
   */
  waitFor(predicate: (call: ApiCall) => boolean, timeoutMs: number, since = this.mark): Promise<ApiCall> {
    const done = this.calls.find(
      (call) => call.seq >= since && call.answeredAt !== undefined && predicate(call),
    );
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        since,
        predicate,
        settle: (call, error) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          if (call) resolve(call);
          else reject(error);
        },
      };
      const timer = setTimeout(() => {
        const seen = this.calls
          .slice(since)
          .map((c) => `  #${c.seq} ${c.method} ${JSON.stringify(c.params)}`);
        const list = seen.join("\n") || "  (none)";
        waiter.settle(
          undefined,
          new Error(`waitFor: no matching call within ${timeoutMs} ms; calls since #${since}:\n${list}`),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  rejectWaiters(error: Error): void {
    for (const waiter of [...this.waiters]) waiter.settle(undefined, error);
  }
}
