import type { Database } from "../client.ts";
import { answerQueriesRepository } from "./answer-queries.ts";
import { auditRepository } from "./audit.ts";
import { chatsRepository } from "./chats.ts";
import { conversationsRepository } from "./conversations.ts";
import { floodWindowsRepository } from "./flood-windows.ts";
import { inboxRepository } from "./inbox.ts";
import { invitesRepository } from "./invites.ts";
import { ledgerFiguresRepository } from "./ledger-figures.ts";
import { ledgerImportRepository } from "./ledger-import.ts";
import { outboxRepository } from "./outbox.ts";
import { peopleRepository } from "./people.ts";
import { reminderSchedulesRepository } from "./reminder-schedules.ts";
import { reportExportRepository } from "./report-export.ts";
import { reportsRepository } from "./reports.ts";
import type { RunningTotalsOf } from "./running-totals.ts";
import { tasksRepository } from "./tasks.ts";
import { unitsRepository } from "./units.ts";

/**
 * The only way the rest of taizhang reaches the database. `runningTotalsOf` is the ledger's
 * arithmetic, which the reports repository applies on every write (see running-totals.ts).
 */
export function createRepositories(
  db: Database,
  runningTotalsOf: RunningTotalsOf,
  options: { inboxLeaseMs?: number } = {},
) {
  const { prisma } = db;
  return {
    units: unitsRepository(prisma),
    people: peopleRepository(prisma),
    chats: chatsRepository(prisma),
    invites: invitesRepository(prisma),
    tasks: tasksRepository(prisma),
    reports: reportsRepository(prisma, runningTotalsOf, db.provider),
    inbox: inboxRepository(prisma, options.inboxLeaseMs),
    conversations: conversationsRepository(prisma),
    audit: auditRepository(prisma),
    figures: ledgerFiguresRepository(prisma, db.provider),
    outbox: outboxRepository(prisma),
    reminderSchedules: reminderSchedulesRepository(prisma),
    answerQueries: answerQueriesRepository(prisma),
    reportExport: reportExportRepository(prisma),
    ledgerImport: ledgerImportRepository(prisma),
    floodWindows: floodWindowsRepository(prisma),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type { ChatRow } from "./chats.ts";
export type { FloodWindows } from "./flood-windows.ts";
export type { AssignmentFigure } from "./ledger-figures.ts";
export type { OutboxRow, ScheduleRow } from "./outbox.ts";
export type { MemberRow, PersonView, Role } from "./people.ts";
export type { ReminderScheduleRow } from "./reminder-schedules.ts";
export type { ExportCursor, ExportedReport, LastReport } from "./report-export.ts";
export type { Reading, ReportRow, ReportState, StoredQuantity } from "./reports.ts";
export type { FigureInput, FigureOutput, RunningTotalsOf } from "./running-totals.ts";
export type { TaskRow } from "./tasks.ts";
export type { UnitRow } from "./units.ts";
