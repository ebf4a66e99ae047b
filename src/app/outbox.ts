import type { ChatRow, OutboxRow, PersonView } from "../db/repositories/index.ts";
import {
  type DigestKind,
  dayWithin,
  latestDue,
  periodOf,
  type ScheduleSpec,
} from "../domain/digest/index.ts";
import { can, zone } from "../domain/ledger/index.ts";
import type { AppDeps } from "./deps.ts";
import { buildDigest, type Digest, PeriodFigures } from "./digest.ts";

/**
 * What of a digest already went out. A digest is a text, then a chart: when the chart fails after
 * the text went, the digest is tried again later, and then only the chart is sent.
 */
export interface DigestProgress {
  readonly textSent: boolean;
  /** Records that the text went out, before the chart is tried. */
  textWasSent(): Promise<void>;
}

/** How the channel delivers a digest; it throws a DeliveryFailure when it cannot. */
export interface DigestSender {
  send(chat: ChatRow, digest: Digest, late: boolean, progress?: DigestProgress): Promise<void>;
}

/** A digest's progress is kept in its outbox row's payload (digests have no other). */
function digestProgress(deps: AppDeps, item: OutboxRow): DigestProgress {
  let textSent = false;
  try {
    textSent = (JSON.parse(item.payload ?? "{}") as { textSent?: unknown }).textSent === true;
  } catch {
    textSent = false;
  }
  return {
    textSent,
    textWasSent: () => deps.repos.outbox.recordPayload(item.id, JSON.stringify({ textSent: true })),
  };
}

/** permanent: the bot was removed or the chat is gone; retrying would never help. */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** A digest sent this long after it fell due says it is late. */
const LATE_AFTER_MS = 10 * 60_000;
/** A sender that died mid-send leaves its claim; another takes it over after this. */
export const CLAIM_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;
const DIGEST_KINDS: readonly DigestKind[] = ["weekly", "monthly", "quarterly"];
/**
 * Digests built and sent at once. The paced API client sets the rate (25 messages a second); a few
 * in flight keep it busy while charts render on the thread pool, and each claim stays small so that
 * another instance can take its share.
 */
const IN_FLIGHT = 8;
const CLAIM_BATCH = 2 * IN_FLIGHT;

/** What one pass of sending did; a paused chat's item is skipped, never sent later. */
export interface SendOutcome {
  sent: number;
  failed: number;
  retrying: number;
  skipped: number;
}

/**
 * Records a failed send: tried again later with a growing pause, or given up for good when it is
 * permanent (the bot was removed, the chat is gone) or has failed too often. True when given up.
 */
export async function recordFailure(
  deps: AppDeps,
  item: OutboxRow,
  error: unknown,
  now: Date,
): Promise<boolean> {
  const permanent = (error instanceof DeliveryFailure && error.permanent) || item.attempts >= MAX_ATTEMPTS;
  const retryAt = permanent ? null : new Date(now.getTime() + 2 ** item.attempts * 60_000);
  await deps.repos.outbox.markFailed(
    item.id,
    error instanceof Error ? error.message : String(error),
    retryAt,
  );
  return permanent;
}

/** Years the work calendar has no data for, among the next `days` days: admins should add them. */
export function calendarGaps(deps: AppDeps, now: Date, days = 45): number[] {
  const ends = [deps.zone.localDay(now), deps.zone.localDay(new Date(now.getTime() + days * 86_400_000))];
  return [...new Set(ends.map((d) => Number(d.slice(0, 4))))].filter((y) => !deps.calendar.knows(y));
}

/** /digest weekly fri 17:00 by someone who manages the group's unit. */
export async function scheduleDigest(
  deps: AppDeps,
  actor: PersonView,
  chat: ChatRow,
  spec: ScheduleSpec | "off",
): Promise<{ ok: true } | { ok: false; reason: "unbound" | "forbidden" }> {
  if (!chat.unitId) return { ok: false, reason: "unbound" };
  const snapshot = await deps.ledger.snapshot();
  if (!can(actor.memberships, "manage", chat.unitId, snapshot.tree).ok)
    return { ok: false, reason: "forbidden" };
  if (spec === "off") await deps.repos.outbox.stopSchedules(chat.id);
  else
    await deps.repos.outbox.setSchedule(
      chat.id,
      { kind: spec.kind, day: spec.day, time: spec.time, timeZone: spec.timeZone ?? deps.zone.name },
      deps.now(),
    );
  return { ok: true };
}

/**
 * Makes each schedule's latest due digest due in the outbox, once per (chat, kind, period). Run it
 * whenever the scheduler wakes: at start (catching up what fell due while the bot was down) and
 * every minute after.
 */
export async function planDueDigests(deps: AppDeps, now: Date): Promise<number> {
  let planned = 0;
  for (const s of await deps.repos.outbox.schedules()) {
    const chatZone = zone(s.timeZone);
    const scheduled = latestDue({ kind: s.kind as DigestKind, day: s.day, time: s.time }, now, chatZone);
    // A schedule set today does not owe last week's digest.
    if (!scheduled || scheduled < s.createdAt) continue;
    const day = chatZone.localDay(scheduled);
    // On a public holiday the digest waits for the next working day (same time of day).
    const sendDay = deps.calendar.isHoliday(day) ? deps.calendar.nextWorkday(day) : day;
    const dueAt = new Date(scheduled.getTime() + (Date.parse(sendDay) - Date.parse(day)));
    if (dueAt > now) continue;
    const periodKey = periodOf(s.kind as DigestKind, day).key;
    const late = now.getTime() - dueAt.getTime() > LATE_AFTER_MS;
    if (await deps.repos.outbox.plan({ chatId: s.chatId, kind: s.kind, periodKey, dueAt, late })) planned++;
  }
  return planned;
}

/**
 * Sends every digest due, a few at a time, claiming more as it goes. One failing chat is recorded
 * and does not hold back the others. Groups due together share one read of the ledger's figures.
 * A paused chat's digest is recorded as skipped (/pause means silence, not a backlog for /resume).
 */
export async function sendDueDigests(deps: AppDeps, sender: DigestSender, now: Date): Promise<SendOutcome> {
  const outcome = { sent: 0, failed: 0, retrying: 0, skipped: 0 };
  const shared = new PeriodFigures(deps);
  // Groups of one unit due at the same time get the same digest: built once, and the channel can
  // tell it is the same (a chart uploaded once, then sent again by its file id).
  const digests = new Map<string, Promise<Digest>>();
  // A chat may keep its own zone (its schedule's): its digest's days are counted in it.
  const zones = new Map(
    (await deps.repos.outbox.schedules()).map((s) => [`${s.chatId}|${s.kind}`, s.timeZone]),
  );
  const digestFor = (unitId: string, item: OutboxRow) => {
    const chatZone = zone(zones.get(`${item.chatId}|${item.kind}`) ?? deps.zone.name);
    const key = `${unitId}|${item.kind}|${item.periodKey}|${item.dueAt.getTime()}|${chatZone.name}`;
    let digest = digests.get(key);
    if (!digest) {
      const kind = item.kind as DigestKind;
      digest = buildDigest(deps, unitId, kind, item.dueAt, {
        periodDay: dayWithin(kind, item.periodKey) ?? undefined,
        shared,
        zone: chatZone,
      });
      digests.set(key, digest);
      digest.catch(() => digests.delete(key));
    }
    return digest;
  };
  const claimed: OutboxRow[] = [];
  let exhausted = false;
  let claiming: Promise<void> | null = null;
  const nextItem = async (): Promise<OutboxRow | undefined> => {
    while (claimed.length === 0 && !exhausted) {
      claiming ??= deps.repos.outbox
        .claimDue(now, CLAIM_MS, DIGEST_KINDS, CLAIM_BATCH)
        .then((items) => {
          if (items.length === 0) exhausted = true;
          claimed.push(...items);
        })
        .finally(() => {
          claiming = null;
        });
      await claiming;
    }
    return claimed.shift();
  };
  const deliver = async (item: OutboxRow) => {
    try {
      const chat = await deps.repos.chats.byId(item.chatId);
      if (!chat?.unitId) throw new DeliveryFailure("the chat is not bound to a unit", true);
      if (chat.pausedAt) {
        await deps.repos.outbox.markSkipped(item.id, "paused");
        outcome.skipped++;
        return;
      }
      await sender.send(chat, await digestFor(chat.unitId, item), item.late, digestProgress(deps, item));
      await deps.repos.outbox.markSent(item.id, deps.now());
      outcome.sent++;
    } catch (error) {
      if (await recordFailure(deps, item, error, now)) outcome.failed++;
      else outcome.retrying++;
    }
  };
  const worker = async () => {
    for (let item = await nextItem(); item; item = await nextItem()) await deliver(item);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return outcome;
}
