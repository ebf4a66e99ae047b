/**
 * Group commit: writes that arrive while one is being made wait and go together in the next
 * round trip. Each caller still awaits its own write, so nothing is acknowledged before it is
 * stored; but a burst of reports costs a few queries, not a few per report (decisions.md: "many
 * messages may share a transaction"). Prisma's per-query overhead, not the disk, is what limits
 * a single process, so this is where throughput comes from.
 */
export class GroupCommit<Item, Result> {
  private queue: Array<{ item: Item; resolve: (r: Result) => void; reject: (e: unknown) => void }> = [];
  private flushing = false;

  constructor(
    private readonly flushBatch: (items: Item[]) => Promise<Result[]>,
    private readonly maxBatch = 100,
  ) {}

  write(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Let the writes of the same tick join this batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const results = await this.flushBatch(batch.map((b) => b.item));
        for (const [i, b] of batch.entries()) b.resolve(results[i] as Result);
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    this.flushing = false;
  }
}
