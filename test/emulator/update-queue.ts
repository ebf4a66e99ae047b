import { ApiError } from "./api-error.ts";
import type { Update } from "./telegram-types.ts";

/** An update with the times a latency measurement needs. */
export interface QueuedUpdate {
  update: Update;
  enqueuedAt: number;
  /** When a getUpdates answer last carried it (a poller may die before reading the answer). */
  deliveredAt?: number;
  /** When a later getUpdates offset confirmed it, i.e. the bot is done with it. */
  confirmedAt?: number;
}

export interface PollRequest {
  offset?: number;
  limit: number;
  timeoutMs: number;
  /** Aborted when the client goes away: the held poll ends and delivers nothing. */
  signal: AbortSignal;
}

const CONFLICT =
  "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";

/**
 * The bot's update queue with Telegram's getUpdates semantics: updates stay until a later offset
 * confirms them, so a poller killed mid-request loses nothing; a poll with nothing to deliver is
 * held until an update arrives or its timeout passes; a second poller ends the held one with 409.
 */
export class UpdateQueue {
  /** Every update ever enqueued, in order, for tests and latency figures. */
  readonly log: QueuedUpdate[] = [];
  private pending: QueuedUpdate[] = [];
  private nextUpdateId = 1;
  private wakers = new Set<() => void>();
  private held?: { conflict: () => void };
  private pollerWaiters = new Set<() => void>();
  private closed = false;

  /** Enqueues an update, numbering it unless it already has an update_id (duplicates on purpose). */
  push(update: Omit<Update, "update_id"> & { update_id?: number }): QueuedUpdate {
    const updateId = update.update_id ?? this.nextUpdateId;
    this.nextUpdateId = Math.max(this.nextUpdateId, updateId + 1);
    const queued: QueuedUpdate = { update: { ...update, update_id: updateId }, enqueuedAt: Date.now() };
    this.log.push(queued);
    this.pending.push(queued);
    for (const wake of [...this.wakers]) wake();
    return queued;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Whether a getUpdates request is being held open right now. */
  get isPollHeld(): boolean {
    return this.held !== undefined;
  }

  /** deleteWebhook / setWebhook with drop_pending_updates. */
  dropPending(): void {
    this.confirm(Number.MAX_SAFE_INTEGER, true);
  }

  /** The oldest pending updates not in `skip`: what a webhook push sends next. */
  unsent(skip: ReadonlySet<number>, limit: number): QueuedUpdate[] {
    return this.pending.filter((q) => !skip.has(q.update.update_id)).slice(0, limit);
  }

  /** A webhook answered 2xx for this update: it is done, as a later getUpdates offset would say. */
  acknowledge(updateId: number): void {
    const now = Date.now();
    this.pending = this.pending.filter((q) => {
      if (q.update.update_id !== updateId) return true;
      q.confirmedAt = now;
      return false;
    });
  }

  /** Resolves when an update is pushed, or after `ms`. */
  nextArrival(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wakers.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wakers.add(finish);
    });
  }

  /** Ends every held poll with an empty answer; later polls answer at once (the emulator is stopping). */
  close(): void {
    this.closed = true;
    for (const wake of [...this.wakers]) wake();
  }

  async poll(request: PollRequest): Promise<Update[]> {
    this.held?.conflict();
    if (request.offset !== undefined && request.offset !== 0) this.confirm(request.offset);
    const deadline = Date.now() + request.timeoutMs;
    for (;;) {
      const ready = this.pending.slice(0, request.limit);
      if (ready.length > 0 || Date.now() >= deadline || request.signal.aborted || this.closed) {
        if (request.signal.aborted) return [];
        const now = Date.now();
        for (const queued of ready) queued.deliveredAt = now;
        return ready.map((queued) => queued.update);
      }
      await this.waitForUpdate(deadline - Date.now(), request.signal);
    }
  }

  /** Resolves as soon as some poller is held waiting: the bot is up and listening. */
  waitForPoller(timeoutMs: number): Promise<void> {
    if (this.held) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.pollerWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(() => {
        this.pollerWaiters.delete(done);
        reject(new Error(`no getUpdates request was held within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pollerWaiters.add(done);
    });
  }

  /**
   * Positive offset: forget updates below it. Only delivered ones, so that an update injected with an
   * old update_id (a duplicate) is still delivered once. Negative offset: keep the last -offset.
   */
  private confirm(offset: number, all = false): void {
    const now = Date.now();
    const keep =
      offset < 0
        ? this.pending.slice(offset)
        : this.pending.filter((q) => q.update.update_id >= offset || (!all && q.deliveredAt === undefined));
    for (const queued of this.pending) if (!keep.includes(queued)) queued.confirmedAt = now;
    this.pending = keep;
  }

  private waitForUpdate(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const release = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", finish);
        this.wakers.delete(finish);
        if (this.held === holder) this.held = undefined;
      };
      const finish = () => {
        release();
        resolve();
      };
      const holder = {
        conflict: () => {
          release();
          reject(new ApiError(409, CONFLICT));
        },
      };
      const timer = setTimeout(finish, ms);
      signal.addEventListener("abort", finish);
      this.wakers.add(finish);
      this.held = holder;
      for (const notify of [...this.pollerWaiters]) notify();
    });
  }
}
