import { type Database, openDatabase } from "../db/client.ts";
import { createRepositories } from "../db/repositories/index.ts";
import type { AppDeps } from "./deps.ts";
import { LedgerCache } from "./ledger-cache.ts";

export type { ChatRow, PersonView, Role } from "../db/repositories/index.ts";
export { addRootUnit, addTask, addUnit, bindGroup, type NewTask, toggleQuiet } from "./admin.ts";
export type { AppDeps, Sender } from "./deps.ts";
export { buildDigest, type Digest } from "./digest.ts";
export { totalsAsOf } from "./figures.ts";
export { addAdmin, operator } from "./operator.ts";
export {
  DeliveryFailure,
  type DigestSender,
  planDueDigests,
  scheduleDigest,
  sendDueDigests,
} from "./outbox.ts";
export { createInvite, findUnitFor, identify, join } from "./people.ts";
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
export { type TaskHistory, taskHistory } from "./task-history.ts";

/** Opens the database (migrating it) and assembles what the use cases need. */
export async function openApp(options: {
  databaseUrl: string;
  now?: () => Date;
  bootstrapAdminIds?: readonly string[];
}): Promise<{ deps: AppDeps; db: Database; close: () => Promise<void> }> {
  const db = await openDatabase(options.databaseUrl);
  const repos = createRepositories(db);
  const deps: AppDeps = {
    repos,
    ledger: new LedgerCache(repos),
    now: options.now ?? (() => new Date()),
    bootstrapAdminIds: new Set(options.bootstrapAdminIds ?? []),
  };
  return { deps, db, close: () => db.close() };
}
