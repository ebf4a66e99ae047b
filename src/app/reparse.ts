import type { PersonView, ReportRow } from "../db/repositories/index.ts";
import type { AppDeps } from "./deps.ts";
import type { Snapshot } from "./ledger-cache.ts";
import { readMessage, storedReading } from "./reports.ts";

/**
 * `taizhang reparse`: the current parser reads the stored raw messages again, and what it would
 * file differently is shown before anything is written. Only what the parser decided alone is
 * read again: a report someone checked (✅), corrected, withdrew or fixed by hand (chose its task
 * or place, changed a figure) keeps what that person said, and so does a redacted one.
 */
export interface ReparseChange {
  readonly reportId: string;
  readonly sentAt: Date;
  readonly text: string;
  readonly before: FiledAs;
  readonly after: FiledAs;
}

export interface FiledAs {
  readonly state: string;
  readonly taskName: string | null;
  readonly unitName: string | null;
  /** The figures as a short text, e.g. "+300 亩, =2000 亩". */
  readonly figures: string;
}

export interface ReparseResult {
  readonly read: number;
  readonly unchanged: number;
  readonly keptByHand: number;
  /** The sender is gone (no account on the report's platform): the report is left as it is. */
  readonly noSender: number;
  readonly changes: readonly ReparseChange[];
  readonly applied: boolean;
}

const PAGE = 500;

export async function reparseReports(
  deps: AppDeps,
  options: { from?: Date; to?: Date; apply: boolean },
): Promise<ReparseResult> {
  const snapshot = await deps.ledger.snapshot();
  const people = new Map<string, PersonView | null>();
  const groupUnits = new Map<string, string | null>();
  const counts = { read: 0, unchanged: 0, keptByHand: 0, noSender: 0 };
  const changes: ReparseChange[] = [];
  for (let afterId: string | null = null; ; ) {
    const page = await deps.repos.reports.machineReadPage(options, afterId, PAGE);
    if (page.length === 0) break;
    afterId = page[page.length - 1]?.id ?? null;
    const handFixed = await deps.repos.audit.handFixedReports(page.map((r) => r.id));
    for (const report of page) {
      counts.read++;
      if (handFixed.has(report.id)) {
        counts.keptByHand++;
        continue;
      }
      const person = await senderOf(deps, people, report);
      if (!person) {
        counts.noSender++;
        continue;
      }
      const reading = readMessage(
        snapshot,
        person,
        {
          platform: report.platform,
          chatExternalId: report.chatExternalId,
          messageId: report.messageId,
          updateId: null,
          text: report.rawText,
          sentAt: report.sentAt,
          groupUnitId: await groupUnitOf(deps, groupUnits, report),
        },
        deps.zone.name,
      );
      const next = storedReading(reading);
      const nextFiling = { ...next, quantities: [...next.quantities] };
      if (sameFiling(report, nextFiling)) {
        counts.unchanged++;
        continue;
      }
      const before = filedAs(snapshot, report);
      const after = filedAs(snapshot, nextFiling);
      changes.push({ reportId: report.id, sentAt: report.sentAt, text: report.rawText, before, after });
      if (options.apply) {
        await deps.repos.reports.saveReading(report.id, next);
        await deps.repos.audit.add({
          personId: null,
          entity: "report",
          entityId: report.id,
          action: "reparse",
          before,
          after,
        });
      }
    }
  }
  return { ...counts, changes, applied: options.apply };
}

async function senderOf(deps: AppDeps, seen: Map<string, PersonView | null>, report: ReportRow) {
  if (!report.personId) return null;
  const key = `${report.platform}\u0000${report.personId}`;
  if (!seen.has(key)) seen.set(key, await deps.repos.people.byPerson(report.personId, report.platform));
  return seen.get(key) ?? null;
}

/** The unit of the group the message was written in, as filing read it. */
async function groupUnitOf(deps: AppDeps, seen: Map<string, string | null>, report: ReportRow) {
  const key = `${report.platform}\u0000${report.chatExternalId}`;
  if (!seen.has(key)) {
    const chat = await deps.repos.chats.find(report.platform, report.chatExternalId);
    seen.set(key, chat && chat.type !== "private" ? chat.unitId : null);
  }
  return seen.get(key) ?? null;
}

type Filing = Pick<ReportRow, "state" | "taskId" | "unitId" | "quantities">;

function filedAs(snapshot: Snapshot, report: Filing): FiledAs {
  return {
    state: report.state,
    taskName: report.taskId ? (snapshot.tasksById.get(report.taskId)?.name ?? report.taskId) : null,
    unitName: snapshot.unitName(report.unitId),
    figures: figuresOf(report),
  };
}

const figuresOf = (report: Filing) =>
  report.quantities.map((q) => `${KIND_MARK[q.kind] ?? ""}${q.value} ${q.unit}`).join(", ");

const KIND_MARK: Record<string, string> = { increment: "+", cumulative: "=", target: "/" };

function sameFiling(a: Filing, b: Filing): boolean {
  return (
    a.state === b.state && a.taskId === b.taskId && a.unitId === b.unitId && figuresOf(a) === figuresOf(b)
  );
}
