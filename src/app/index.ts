import { existsSync, readdirSync, readFileSync } from "node:fs";
import { z } from "zod";
import { type Database, openDatabase } from "../db/client.ts";
import { createRepositories } from "../db/repositories/index.ts";
import { type CalendarYear, WorkCalendar } from "../domain/calendar/index.ts";
import { zone } from "../domain/ledger/index.ts";
import { projectPath } from "../paths.ts";
import type { AppDeps } from "./deps.ts";
import { runningTotalsOf } from "./figures.ts";
import { LedgerCache } from "./ledger-cache.ts";

export type { ChatRow, PersonView, Role } from "../db/repositories/index.ts";
export { addRootUnit, addTask, addUnit, bindGroup, type NewTask, toggleQuiet } from "./admin.ts";
export { type KeptAnswer, keepAnswer, type PageTurn, turnPage } from "./answer-pages.ts";
export {
  type Answer,
  type AnswerQuery,
  answerCommand,
  answerQuestion,
  helpAnswer,
  readsAsQuestion,
  type TaskFigures,
} from "./answers.ts";
export type { AppDeps, Sender } from "./deps.ts";
export { buildDigest, type Digest } from "./digest.ts";
export { totalsAsOf } from "./figures.ts";
export { planFlagAnnouncements } from "./flag-announcements.ts";
export {
  describeImport,
  LISTED_CHANGES,
  LISTED_PROBLEMS,
  type MessageLine,
  type MessagePart,
  renderImport,
} from "./import-messages.ts";
export { type ImportOutcome, importLedger, MAX_IMPORT_BYTES } from "./ledger-import.ts";
export { type NoticeSender, sendDueNotices } from "./notices.ts";
export { addAdmin, operator } from "./operator.ts";
export {
  calendarGaps,
  DeliveryFailure,
  type DigestSender,
  planDueDigests,
  type SendOutcome,
  scheduleDigest,
  sendDueDigests,
} from "./outbox.ts";
export { pauseGroup, pausePerson } from "./pause.ts";
export { createInvite, findUnitFor, identify, join } from "./people.ts";
export { planDueReminders, type ReminderWake, setReminderSchedule } from "./reminders.ts";
export {
  type ActionOutcome,
  changeQuantity,
  choosePlace,
  chooseTask,
  confirmReport,
  type FixChoices,
  fixChoices,
  withdrawReport,
} from "./report-actions.ts";
export {
  editReport,
  type FileOutcome,
  fileReport,
  type Holdup,
  type IncomingMessage,
  looksLikeReport,
  type ReportCard,
  rememberReply,
} from "./reports.ts";
export { splitTask } from "./task-split.ts";

/** Opens the database (migrating it) and assembles what the use cases need. */
export async function openApp(options: {
  databaseUrl: string;
  now?: () => Date;
  bootstrapAdminIds?: readonly string[];
  /** TZ_REPORTS: where days are counted. */
  timeZone?: string;
  /** How long an instance has to handle an update it recorded before another takes it over. */
  inboxLeaseMs?: number;
}): Promise<{ deps: AppDeps; db: Database; ready: () => Promise<boolean>; close: () => Promise<void> }> {
  const db = await openDatabase(options.databaseUrl);
  const repos = createRepositories(db, runningTotalsOf, { inboxLeaseMs: options.inboxLeaseMs });
  // Reports stored before running totals existed get theirs once; afterwards this finds nothing.
  await repos.reports.settleUnsettled();
  const deps: AppDeps = {
    repos,
    ledger: new LedgerCache(repos),
    now: options.now ?? (() => new Date()),
    bootstrapAdminIds: new Set(options.bootstrapAdminIds ?? []),
    calendar: new WorkCalendar(calendarFiles()),
    zone: zone(options.timeZone ?? "Asia/Shanghai"),
  };
  return { deps, db, ready: () => db.ping(), close: () => db.close() };
}

const calendarYearSchema = z.object({
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  workdays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});

/** Years past the packaged calendar, as admins add them: calendar/<year>.json (see calendar/README.md). */
function calendarFiles(dir = projectPath("calendar")): Record<number, CalendarYear> {
  const years: Record<number, CalendarYear> = {};
  if (!existsSync(dir)) return years;
  for (const file of readdirSync(dir)) {
    const year = /^(\d{4})\.json$/.exec(file)?.[1];
    if (!year) continue;
    const parsed = calendarYearSchema.safeParse(JSON.parse(readFileSync(`${dir}/${file}`, "utf8")));
    if (!parsed.success)
      throw new Error(`calendar/${file}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    years[Number(year)] = parsed.data;
  }
  return years;
}
