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
  /**
   * Oldest first, from `head` on. A webhook acknowledges updates one at a time and out of order, so
   * an acknowledged update is only marked (confirmedAt) and passed over: filtering tens of thousands
   * of pending updates on every acknowledgement made the emulator the load test's bottleneck.
   */
  private pending: QueuedUpdate[] = [];
  private head = 0;
  /** The pending updates by update_id (several when an update was injected twice on purpose). */
  private readonly pendingById = new Map<number, QueuedUpdate[]>();
  private pendingCountNow = 0;
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
    this.index(queued);
    this.pendingCountNow++;
    for (const wake of [...this.wakers]) wake();
    return queued;
  }

  get pendingCount(): number {
    return this.pendingCountNow;
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
    return this.oldestPending(limit, (q) => !skip.has(q.update.update_id));
  }

  /** A webhook answered 2xx for this update: it is done, as a later getUpdates offset would say. */
  acknowledge(updateId: number): void {
    const now = Date.now();
    for (const q of this.pendingById.get(updateId) ?? []) this.markConfirmed(q, now);
    this.pendingById.delete(updateId);
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
      const ready = this.oldestPending(request.limit);
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
    const pending = this.oldestPending(Number.POSITIVE_INFINITY);
    const keep =
      offset < 0
        ? pending.slice(offset)
        : pending.filter((q) => q.update.update_id >= offset || (!all && q.deliveredAt === undefined));
    const kept = new Set(keep);
    for (const queued of pending) if (!kept.has(queued)) this.markConfirmed(queued, now);
    this.pending = keep;
    this.head = 0;
    this.pendingById.clear();
    for (const queued of keep) this.index(queued);
  }

  private index(queued: QueuedUpdate): void {
    const id = queued.update.update_id;
    const same = this.pendingById.get(id);
    if (same) same.push(queued);
    else this.pendingById.set(id, [queued]);
  }

  private markConfirmed(queued: QueuedUpdate, now: number): void {
    if (queued.confirmedAt !== undefined) return;
    queued.confirmedAt = now;
    this.pendingCountNow--;
  }

  /** Up to `limit` unconfirmed updates, oldest first, that `wanted` accepts. */
  private oldestPending(limit: number, wanted: (q: QueuedUpdate) => boolean = () => true): QueuedUpdate[] {
    while (this.pending[this.head]?.confirmedAt !== undefined) this.head++;
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    const found: QueuedUpdate[] = [];
    for (let i = this.head; i < this.pending.length && found.length < limit; i++) {
      const q = this.pending[i] as QueuedUpdate;
      if (q.confirmedAt === undefined && wanted(q)) found.push(q);
    }
    return found;
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
