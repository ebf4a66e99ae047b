/**
 * The process's clocks. `now` is the ledger's: what is due, what a digest covers, when an answer's
 * figures stand. TAIZHANG_NOW fixes it for the whole process (tests, demos, replays). `outboxNow`
 * is what the outbox's waits are judged by (a claim's lock, the pause before a failed send is tried
 * again): those are real durations, so under a fixed clock it runs on from the fixed instant, and a
 * send that failed is still tried again a minute later. Without TAIZHANG_NOW both are the real clock.
 */
export function processClocks(fixed: Date | null, realNow: () => number = Date.now) {
  if (fixed === null) {
    const now = () => new Date(realNow());
    return { now, outboxNow: now };
  }
  const startedAt = realNow();
  return {
    now: () => fixed,
    outboxNow: () => new Date(fixed.getTime() + (realNow() - startedAt)),
  };
}
