/**
 * Who is reminded to report, and who is told about the people a reminder cannot reach. Pure: the
 * shell finds the units that are expected to report, have not this week, and whose reminder time
 * has come; this decides the messages.
 */

export interface ExpectedTask {
  readonly id: string;
  readonly name: string;
  readonly measure: string;
}

interface LedgerTask extends ExpectedTask {
  readonly ownerUnitId: string;
  readonly status: string;
  readonly assignments: ReadonlyArray<{ readonly unitId: string }>;
}

/**
 * decisions.md, Silence: a unit is expected to report when it has an assignment, or owns a task
 * with none; these are its tasks. A task marked done expects nothing more.
 */
export function expectedToReport(tasks: readonly LedgerTask[]): Map<string, ExpectedTask[]> {
  const byUnit = new Map<string, ExpectedTask[]>();
  const add = (unitId: string, t: LedgerTask) => {
    const list = byUnit.get(unitId) ?? [];
    list.push({ id: t.id, name: t.name, measure: t.measure });
    byUnit.set(unitId, list);
  };
  for (const t of tasks) {
    if (t.status === "done") continue;
    if (t.assignments.length === 0) add(t.ownerUnitId, t);
    for (const a of t.assignments) add(a.unitId, t);
  }
  return byUnit;
}

export interface SilentUnit {
  readonly unitId: string;
  readonly unitName: string;
  /** "HH:MM": the reminder time of this unit's round; people told about the same round share a message. */
  readonly round: string;
  readonly tasks: readonly ExpectedTask[];
}

export interface Member {
  readonly personId: string;
  readonly name: string;
  readonly unitId: string;
  readonly role: string;
  /** The bot can write to them: they have started it in a private chat. */
  readonly reachable: boolean;
}

/** A reporter's reminder for one round: the units of theirs whose reminder time it is. */
export interface Nudge {
  readonly personId: string;
  readonly round: string;
  readonly units: ReadonlyArray<{ readonly unit: string; readonly tasks: readonly string[] }>;
  /** What to show as an example report: the first task of the first unit. */
  readonly example: { readonly unit: string; readonly task: string; readonly measure: string };
}

/**
 * Reporters a reminder cannot reach, for their nearest admins privately, else for the bound groups of
 * the nearest unit (theirs or one above) that has any.
 */
export interface UnreachedList {
  readonly to: { readonly personId: string } | { readonly groupsOf: string };
  readonly round: string;
  readonly units: ReadonlyArray<{ readonly unit: string; readonly people: readonly string[] }>;
}

export function planReminders(input: {
  readonly silent: readonly SilentUnit[];
  readonly members: readonly Member[];
  /** From the parent up to the root. */
  readonly ancestors: (unitId: string) => readonly string[];
  /** The nearest unit, this one or above, with a bound group; null when there is none. */
  readonly groupUnitOf: (unitId: string) => string | null;
}): { nudges: Nudge[]; unreached: UnreachedList[] } {
  const silentById = new Map(input.silent.map((u) => [u.unitId, u]));
  const adminsOf = new Map<string, Member[]>();
  for (const m of input.members) {
    if (m.role !== "admin") continue;
    adminsOf.set(m.unitId, [...(adminsOf.get(m.unitId) ?? []), m]);
  }

  // Keyed by person and round: someone in two units with different reminder times hears of each
  // unit's tasks at its own time, not only of the first's.
  const nudges = new Map<string, { personId: string; round: string; units: Map<string, SilentUnit> }>();
  // Keyed by recipient and round, then by unit: one message lists every unit of the round.
  const unreached = new Map<
    string,
    { to: UnreachedList["to"]; round: string; units: Map<string, string[]> }
  >();

  for (const m of input.members) {
    const unit = silentById.get(m.unitId);
    if (m.role !== "reporter" || !unit || unit.tasks.length === 0) continue;
    if (m.reachable) {
      const key = `${m.personId}\u0000${unit.round}`;
      const nudge = nudges.get(key) ?? { personId: m.personId, round: unit.round, units: new Map() };
      nudge.units.set(unit.unitId, unit);
      nudges.set(key, nudge);
      continue;
    }
    // Their unit's admins, else the nearest unit above that has any.
    const admins =
      [m.unitId, ...input.ancestors(m.unitId)].map((id) => adminsOf.get(id)).find((a) => a && a.length > 0) ??
      [];
    const reachableAdmins = admins.filter((a) => a.reachable && a.personId !== m.personId);
    const groupUnit = input.groupUnitOf(m.unitId);
    const recipients: UnreachedList["to"][] =
      reachableAdmins.length > 0
        ? reachableAdmins.map((a) => ({ personId: a.personId }))
        : groupUnit
          ? [{ groupsOf: groupUnit }]
          : [];
    for (const to of recipients) {
      const key = `${"personId" in to ? `p:${to.personId}` : `g:${to.groupsOf}`}\u0000${unit.round}`;
      const list = unreached.get(key) ?? { to, round: unit.round, units: new Map<string, string[]>() };
      list.units.set(unit.unitName, [...(list.units.get(unit.unitName) ?? []), m.name]);
      unreached.set(key, list);
    }
  }

  return {
    nudges: [...nudges.values()].map((n) => {
      const units = [...n.units.values()];
      const first = units[0] as SilentUnit;
      const task = first.tasks[0] as ExpectedTask;
      return {
        personId: n.personId,
        round: n.round,
        units: units.map((u) => ({ unit: u.unitName, tasks: u.tasks.map((t) => t.name) })),
        example: { unit: first.unitName, task: task.name, measure: task.measure },
      };
    }),
    unreached: [...unreached.values()].map((l) => ({
      to: l.to,
      round: l.round,
      units: [...l.units].map(([unit, people]) => ({ unit, people })),
    })),
  };
}
