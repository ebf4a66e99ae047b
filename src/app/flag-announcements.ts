import { flagAnnouncements } from "../domain/notices/index.ts";
import { BoundGroups } from "./bound-groups.ts";
import type { AppDeps } from "./deps.ts";
import { totalsAsOf } from "./figures.ts";
import { planNotice } from "./notices.ts";

/**
 * Announces each task and assignment that has turned red or yellow, once per colour ever, to the
 * groups of the unit it belongs to (the assignment's unit, the task's owner), or of the nearest
 * unit above with a group. The ledger's figures come in one pass (aggregated in the database);
 * the outbox's key (task, unit, colour) makes a second look at the same colour a no-op, and a new
 * colour (yellow, then red) news again. The scheduler looks a few times a day, not every minute.
 */
export async function planFlagAnnouncements(deps: AppDeps, now: Date): Promise<number> {
  const snapshot = await deps.ledger.snapshot();
  const flagged = flagAnnouncements({
    tasks: snapshot.tasks,
    figures: await totalsAsOf(deps, now),
    today: deps.zone.localDay(now),
    isWithin: (id, root) => snapshot.tree.isWithin(id, root),
  });
  if (flagged.length === 0) return 0;
  const groups = new BoundGroups(await deps.repos.chats.bound(), snapshot.tree);
  const announced = await deps.repos.outbox.planned("flag");
  let planned = 0;
  for (const f of flagged) {
    const periodKey = `${f.taskId}:${f.unitId}:${f.flag}`;
    for (const chat of groups.nearest(f.unitId)) {
      if (announced.has(`${chat.id} ${periodKey}`)) continue;
      const notice = {
        kind: "flag" as const,
        flag: f.flag,
        task: f.taskName,
        unit: snapshot.unitName(f.unitId) ?? "",
        measure: f.measure,
        total: f.total,
        target: f.target,
        percent: f.percent,
        expected: f.reason === "behind-schedule" ? f.expected : null,
        deadline: f.deadline,
      };
      if (await planNotice(deps, chat, periodKey, notice, now)) planned++;
    }
  }
  return planned;
}
