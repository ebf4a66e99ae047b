import type { PersonView, ReportRow, ReportState } from "../db/repositories/index.ts";
import { can } from "../domain/ledger/index.ts";
import { PARSER_VERSION, type ParsedReport, parse, parsedReportSchema } from "../domain/parser/index.ts";
import type { AppDeps } from "./deps.ts";
import type { Snapshot } from "./ledger-cache.ts";
import { homeUnitOf } from "./people.ts";

/** Why a report does not count yet; the card says so and offers the fix. */
export type Holdup = "not-a-report" | "no-task" | "unknown-place" | "ambiguous-place" | "forbidden-place";

/** What the bot shows back: the report as understood, in a channel-neutral shape. */
export interface ReportCard {
  readonly reportId: string;
  readonly state: ReportState;
  readonly holdup: Holdup | null;
  readonly taskName: string | null;
  /** The work item as the cadre wrote it, when the ledger has no such task. */
  readonly taskWritten: string | null;
  readonly unitName: string | null;
  readonly quantities: ReadonlyArray<{ value: number; unit: string; kind: string }>;
  readonly percent: number | null;
  readonly date: string | null;
  readonly issues: readonly string[];
  readonly nextSteps: readonly string[];
  /** The assignment's total just after this report, once it counts, in the task's unit. */
  readonly ledgerTotal: { readonly value: number; readonly measure: string } | null;
  /** Its stated cumulative does not follow from the total before it: the sender is asked to check. */
  readonly inconsistency: {
    readonly kind: "mismatch" | "decrease";
    readonly stated: number;
    readonly expected: number;
  } | null;
  /** Places an ambiguous name could mean; the parent's name tells two 团结村 apart. */
  readonly candidates: ReadonlyArray<{ id: string; name: string; parentName: string | null }>;
}

export interface IncomingMessage {
  readonly platform: string;
  readonly chatExternalId: string;
  readonly messageId: string;
  readonly updateId: string | null;
  readonly text: string;
  readonly sentAt: Date;
  /** The unit of the group the message was written in, when it is a bound group. */
  readonly groupUnitId: string | null;
}

export type FileOutcome =
  | { kind: "stranger" }
  | { kind: "filed"; card: ReportCard; repeated: boolean; replyMessageId: string | null };

export interface Filing {
  parsed: ParsedReport;
  taskId: string | null;
  unitId: string | null;
  state: ReportState;
  holdup: Holdup | null;
  candidates: string[];
}

/** Parses a message and decides where it is filed: which unit, which task, whether it counts. */
export function readMessage(
  snapshot: Snapshot,
  person: PersonView,
  message: IncomingMessage,
  timeZone: string,
): Filing {
  const home = homeUnitOf(person, message.groupUnitId, (id, root) => snapshot.tree.isWithin(id, root));
  const tasks = home ? snapshot.taskIndexFor(home) : undefined;
  const parsed = parse(message.text, { sentAt: message.sentAt, tasks, timeZone });
  const reading: Filing = {
    parsed,
    taskId: parsed.taskId,
    unitId: null,
    state: "pending",
    holdup: null,
    candidates: [],
  };
  if (parsed.confidence < 0.5) return { ...reading, holdup: "not-a-report" };
  if (!home) return { ...reading, holdup: "forbidden-place" };
  if (parsed.placePath.length === 0) reading.unitId = home;
  else {
    const place = snapshot.tree.resolvePlacePath(parsed.placePath, home);
    if (place.ok) reading.unitId = place.unitId;
    else if (place.reason === "ambiguous")
      return { ...reading, holdup: "ambiguous-place", candidates: [...place.candidates] };
    else return { ...reading, holdup: "unknown-place" };
  }
  if (!can(person.memberships, "report", reading.unitId as string, snapshot.tree).ok) {
    return { ...reading, unitId: null, holdup: "forbidden-place" };
  }
  if (!reading.taskId) return { ...reading, holdup: "no-task" };
  return { ...reading, state: "filed" };
}

function quantitiesOf(parsed: ParsedReport) {
  return parsed.quantities.map((q) => ({ value: q.value, unit: q.unit, kind: q.kind, label: q.label }));
}

export function cardOf(
  snapshot: Snapshot,
  report: ReportRow,
  extra: { holdup?: Holdup | null; candidates?: string[] } = {},
): ReportCard {
  const parsed = report.parsed ? parsedReportSchema.safeParse(JSON.parse(report.parsed)) : null;
  const p = parsed?.success ? parsed.data : null;
  const holdup = extra.holdup !== undefined ? extra.holdup : holdupOf(report, p);
  const measure = report.taskId ? snapshot.tasksById.get(report.taskId)?.measure : undefined;
  return {
    reportId: report.id,
    state: report.state,
    holdup,
    taskName: report.taskId ? (snapshot.tasksById.get(report.taskId)?.name ?? null) : null,
    taskWritten: report.taskId ? null : (p?.task ?? null),
    unitName: snapshot.unitName(report.unitId),
    quantities: report.quantities,
    percent: p?.percent ?? null,
    date: p?.date ?? null,
    issues: p?.issues ?? [],
    nextSteps: p?.nextSteps ?? [],
    ledgerTotal:
      report.runningTotal !== null && measure !== undefined ? { value: report.runningTotal, measure } : null,
    inconsistency:
      (report.inconsistency === "mismatch" || report.inconsistency === "decrease") &&
      report.runningTotal !== null &&
      report.expectedTotal !== null
        ? { kind: report.inconsistency, stated: report.runningTotal, expected: report.expectedTotal }
        : null,
    candidates: (extra.candidates ?? []).map((id) => placeChoice(snapshot, id)),
  };
}

/** A place to choose, with its parent's name: two 团结村 read the same on a button otherwise. */
export function placeChoice(snapshot: Snapshot, id: string) {
  const parentId = snapshot.unitsById.get(id)?.parentId ?? null;
  return { id, name: snapshot.unitName(id) ?? id, parentName: snapshot.unitName(parentId) };
}

function holdupOf(report: ReportRow, parsed: ParsedReport | null): Holdup | null {
  if (report.state !== "pending") return null;
  if (!parsed || parsed.confidence < 0.5) return "not-a-report";
  if (!report.unitId) return "unknown-place";
  return report.taskId ? null : "no-task";
}

/**
 * A progress message arrives (its update already in the inbox); it is read and stored with its raw
 * text in one write. The same message delivered again finds its stored report and gets the same
 * card, never a second report.
 */
export async function fileReport(
  deps: AppDeps,
  person: PersonView | null,
  message: IncomingMessage,
): Promise<FileOutcome> {
  if (!person?.active || person.memberships.length === 0) return { kind: "stranger" };
  const snapshot = await deps.ledger.snapshot();
  const reading = readMessage(snapshot, person, message, deps.zone.name);
  const { report, created } = await deps.repos.reports.file(
    {
      platform: message.platform,
      chatExternalId: message.chatExternalId,
      messageId: message.messageId,
      updateId: message.updateId,
      personId: person.personId,
      rawText: message.text,
      sentAt: message.sentAt,
    },
    storedReading(reading),
  );
  if (!created) {
    return {
      kind: "filed",
      card: cardOf(snapshot, report),
      repeated: true,
      replyMessageId: report.replyMessageId,
    };
  }
  const card = cardOf(snapshot, report, { holdup: reading.holdup, candidates: reading.candidates });
  return { kind: "filed", card, repeated: false, replyMessageId: null };
}

export function storedReading(reading: Filing) {
  return {
    parsed: JSON.stringify(reading.parsed),
    parserVersion: PARSER_VERSION,
    confidence: reading.parsed.confidence,
    taskId: reading.taskId,
    unitId: reading.unitId,
    state: reading.state,
    quantities: reading.parsed.confidence >= 0.5 ? quantitiesOf(reading.parsed) : [],
  };
}

/** An edited Telegram message re-reads its report; the old text stays in the audit trail. */
export async function editReport(
  deps: AppDeps,
  person: PersonView | null,
  message: IncomingMessage,
): Promise<{ kind: "unknown" } | { kind: "filed"; card: ReportCard; replyMessageId: string | null }> {
  const existing = await deps.repos.reports.byMessage(
    message.platform,
    message.chatExternalId,
    message.messageId,
  );
  if (!existing || !person || existing.personId !== person.personId || existing.state === "withdrawn") {
    return { kind: "unknown" };
  }
  const snapshot = await deps.ledger.snapshot();
  const reading = readMessage(snapshot, person, { ...message, sentAt: existing.sentAt }, deps.zone.name);
  const saved = await deps.repos.reports.saveReading(existing.id, {
    ...storedReading(reading),
    rawText: message.text,
    editedAt: message.sentAt,
  });
  await deps.repos.audit.add({
    personId: person.personId,
    entity: "report",
    entityId: existing.id,
    action: "edit",
    before: { rawText: existing.rawText, state: existing.state },
    after: { rawText: message.text, state: saved.state },
  });
  return {
    kind: "filed",
    card: cardOf(snapshot, saved, { holdup: reading.holdup, candidates: reading.candidates }),
    replyMessageId: existing.replyMessageId,
  };
}

export async function rememberReply(deps: AppDeps, reportId: string, replyMessageId: string): Promise<void> {
  await deps.repos.reports.rememberReply(reportId, replyMessageId);
}

/**
 * Whether a group message reads as a progress report. In a busy group only those are filed and
 * answered; the rest is people talking to each other, and the bot stays out of it.
 */
export async function looksLikeReport(
  deps: AppDeps,
  person: PersonView | null,
  message: Pick<IncomingMessage, "text" | "sentAt" | "groupUnitId">,
): Promise<boolean> {
  if (!person?.active || person.memberships.length === 0) return false;
  const snapshot = await deps.ledger.snapshot();
  const home = homeUnitOf(person, message.groupUnitId, (id, root) => snapshot.tree.isWithin(id, root));
  const tasks = home ? snapshot.taskIndexFor(home) : undefined;
  return parse(message.text, { sentAt: message.sentAt, tasks, timeZone: deps.zone.name }).confidence >= 0.5;
}
