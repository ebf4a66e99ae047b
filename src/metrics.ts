import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/**
 * What an operator watches (Prometheus, /metrics): updates in and how long they took, reports and
 * those the parser could not read, digests delivered. One registry per process.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "taizhang_" });

export const metrics = {
  updates: new Counter({
    name: "taizhang_updates_total",
    help: "Updates received, by how they ended: handled, duplicate, failed, recovered (taken over after a dead instance)",
    labelNames: ["outcome"] as const,
    registers: [registry],
  }),
  updateSeconds: new Histogram({
    name: "taizhang_update_seconds",
    help: "Time from an update entering the bot to the end of its handling",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  }),
  reports: new Counter({
    name: "taizhang_reports_total",
    help: "Report messages filed, by state: filed (counts) or pending (needs the sender)",
    labelNames: ["state"] as const,
    registers: [registry],
  }),
  parseFailures: new Counter({
    name: "taizhang_parse_failures_total",
    help: "Report messages the parser could not file, by why: no-task, unknown-place, ambiguous-place, forbidden-place, not-a-report",
    labelNames: ["holdup"] as const,
    registers: [registry],
  }),
  digestDeliveries: new Counter({
    name: "taizhang_digest_deliveries_total",
    help: "Outbox sends (digests, reminders, warnings), by outcome: sent, failed, retrying, skipped",
    labelNames: ["outcome"] as const,
    registers: [registry],
  }),
  floodNotices: new Counter({
    name: "taizhang_flood_limited_total",
    help: "Times a person was told they write too fast (the rest of their updates in that window are not handled)",
    registers: [registry],
  }),
};
