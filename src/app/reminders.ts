import type { ChatRow, PersonView, ReminderScheduleRow } from "../db/repositories/index.ts";
import { can, type UnitTree } from "../domain/ledger/index.ts";
import {
  expectedToReport,
  mondayOf,
  planReminders,
  type ReminderTime,
  reminderDay,
  type SilentUnit,
} from "../domain/notices/index.ts";
import { BoundGroups } from "./bound-groups.ts";
import type { AppDeps } from "./deps.ts";
import type { Snapshot } from "./ledger-cache.ts";
import { planNotice } from "./notices.ts";

const PLATFORM = "telegram";

/** /remind thu 16:00 or /remind off in a group, by someone who manages the group's unit. */
export async function setReminderSchedule(
  deps: AppDeps,
  actor: PersonView,
  chat: ChatRow,
  when: ReminderTime | "off",
): Promise<{ ok: true; unitName: string } | { ok: false; reason: "unbound" | "forbidden" }> {
  if (!chat.unitId) return { ok: false, reason: "unbound" };
  const snapshot = await deps.ledger.snapshot();
  if (!can(actor.memberships, "manage", chat.unitId, snapshot.tree).ok)
    return { ok: false, reason: "forbidden" };
  await deps.repos.reminderSchedules.set(chat.id, when === "off" ? null : when, deps.now());
  return { ok: true, unitName: snapshot.unitName(chat.unitId) ?? "" };
}

export interface ReminderWake {
  readonly now: Date;
  /** The scheduler's previous wake; null on its first (at start, to catch up what fell due meanwhile). */
  readonly since: Date | null;
  /** REMIND_AT, the deployment's time; null: off unless a group sets one. */
  readonly defaultAt: ReminderTime | null;
}

/**
 * The reminder time of a unit: the /remind of the nearest group bound to it or above it (the
 * latest set wins when one unit has several groups), else the deployment's.
 */
function reminderTimes(
  tree: UnitTree,
  groups: readonly ChatRow[],
  schedules: readonly ReminderScheduleRow[],
  defaultAt: ReminderTime | null,
) {
  const unitOfChat = new Map(groups.map((g) => [g.id, g.unitId]));
  const own = new Map<string, ReminderScheduleRow>();
  for (const s of schedules) {
    const unitId = unitOfChat.get(s.chatId);
    const before = unitId ? own.get(unitId) : undefined;
    if (unitId && (!before || before.createdAt < s.createdAt)) own.set(unitId, s);
  }
  return (unitId: string): { at: ReminderTime | null; setAt: Date | null } => {
    for (const id of [unitId, ...tree.ancestors(unitId)]) {
      const s = own.get(id);
      if (s) return { at: s.day && s.time ? { day: s.day, time: s.time } : null, setAt: s.createdAt };
    }
    return { at: defaultAt, setAt: null };
  };
}

/**
 * The units expected to report (decisions.md, Silence) whose reminder falls due today by `now`
 * and that have not reported this week; null when this wake has nothing to look at: only the
 * wakes that cross a reminder time (and the first, at start) read the ledger.
 */
async function silentUnitsDue(
  deps: AppDeps,
  snapshot: Snapshot,
  groupRows: readonly ChatRow[],
  wake: ReminderWake,
): Promise<SilentUnit[] | null> {
  const { now, since } = wake;
  const today = deps.zone.localDay(now);
  const expected = expectedToReport(snapshot.tasks);
  if (expected.size === 0) return null;
  const timeOf = reminderTimes(
    snapshot.tree,
    groupRows,
    await deps.repos.reminderSchedules.all(),
    wake.defaultAt,
  );
  const due: Array<{ unitId: string; round: string }> = [];
  let crossed = since === null;
  for (const unitId of expected.keys()) {
    const { at, setAt } = timeOf(unitId);
    if (!at || reminderDay(at, today, (d) => deps.calendar.isWorkday(d)) !== today) continue;
    const dueAt = deps.zone.instantAt(today, at.time);
    // A time set after today's fell due does not owe today's.
    if (dueAt > now || (setAt && setAt > dueAt)) continue;
    if (since && dueAt > since) crossed = true;
    due.push({ unitId, round: at.time });
  }
  if (!crossed || due.length === 0) return null;

  // Heard from this week: a report for a unit below counts for the units above it.
  const heard = await deps.repos.figures.unitsHeardFrom(deps.zone.instantAt(mondayOf(today), "00:00"), now);
  const heardUp = new Set<string>();
  for (const id of heard) for (const u of [id, ...snapshot.tree.ancestors(id)]) heardUp.add(u);
  return due
    .filter((u) => !heardUp.has(u.unitId))
    .map((u) => ({
      unitId: u.unitId,
      unitName: snapshot.unitName(u.unitId) ?? "",
      round: u.round,
      tasks: expected.get(u.unitId) ?? [],
    }));
}

/**
 * Plans today's reminders: each reporter of a silent unit whose reminder time has come gets one
 * private nudge a day naming its tasks; reporters who never started the bot privately are listed
 * to their nearest admins (or the unit's group) instead. Unique on (chat, kind, day and round) in
 * the outbox, so exactly once across wakes, restarts and instances. A reminder missed while the bot
 * was down goes out when it is back the same day, not on a later one. A person in two units with
 * different reminder times hears of each unit at its own time.
 */
export async function planDueReminders(deps: AppDeps, wake: ReminderWake): Promise<number> {
  const { now } = wake;
  const today = deps.zone.localDay(now);
  const snapshot = await deps.ledger.snapshot();
  const groupRows = await deps.repos.chats.bound();
  const silent = await silentUnitsDue(deps, snapshot, groupRows, wake);
  if (!silent || silent.length === 0) return 0;

  const members = await deps.repos.people.members(["reporter", "admin"], PLATFORM);
  const groups = new BoundGroups(groupRows, snapshot.tree);
  const plan = planReminders({
    silent,
    members: members.map((m) => ({
      personId: m.personId,
      name: m.displayName,
      unitId: m.unitId,
      role: m.role,
      reachable: m.canMessage && m.externalId !== null,
    })),
    ancestors: (id) => snapshot.tree.ancestors(id),
    groupUnitOf: (id) => groups.nearestUnit(id),
  });

  const accountOf = new Map(members.filter((m) => m.canMessage).map((m) => [m.personId, m.externalId]));
  const privateChat = (personId: string) => {
    const externalId = accountOf.get(personId);
    return externalId ? deps.repos.chats.privateChat(PLATFORM, externalId) : null;
  };
  const [nudged, listed] = await Promise.all([
    deps.repos.outbox.planned("reminder", today),
    deps.repos.outbox.planned("unreached", today),
  ]);
  let planned = 0;
  for (const nudge of plan.nudges) {
    const periodKey = `${today} ${nudge.round}`;
    const chat = await privateChat(nudge.personId);
    if (!chat || nudged.has(`${chat.id} ${periodKey}`)) continue;
    const notice = { kind: "reminder" as const, units: nudge.units, example: nudge.example };
    if (await planNotice(deps, chat, periodKey, notice, deps.zone.instantAt(today, nudge.round))) planned++;
  }
  for (const list of plan.unreached) {
    const periodKey = `${today} ${list.round}`;
    const chats = "personId" in list.to ? [await privateChat(list.to.personId)] : groups.of(list.to.groupsOf);
    for (const chat of chats) {
      if (!chat || listed.has(`${chat.id} ${periodKey}`)) continue;
      const notice = { kind: "unreached" as const, units: list.units };
      if (await planNotice(deps, chat, periodKey, notice, deps.zone.instantAt(today, list.round))) planned++;
    }
  }
  return planned;
}
