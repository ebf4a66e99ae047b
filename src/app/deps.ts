import type { Repositories } from "../db/repositories/index.ts";
import type { WorkCalendar } from "../domain/calendar/index.ts";
import type { Zone } from "../domain/ledger/index.ts";
import type { LedgerCache } from "./ledger-cache.ts";

/** What every use case needs: the repositories, the ledger in memory, and the clock. */
export interface AppDeps {
  readonly repos: Repositories;
  readonly ledger: LedgerCache;
  /** "Now" for things the app decides (invite expiry); a message's own time is its sentAt. */
  readonly now: () => Date;
  /** Telegram user ids that become admins of the root unit on first contact (BOOTSTRAP_ADMIN_IDS). */
  readonly bootstrapAdminIds: ReadonlySet<string>;
  /** China's working days (holidays, 调休); digests due on a holiday move to the next working day. */
  readonly calendar: WorkCalendar;
  /** Where days are counted (TZ_REPORTS): periods, deadlines, schedules; a chat may set its own. */
  readonly zone: Zone;
}

/** Who is acting: a person on a platform, as the channel knows them. */
export interface Sender {
  readonly platform: string;
  readonly externalId: string;
  readonly displayName: string;
  readonly username?: string | null;
  /** True in a private chat: the bot can write to this person later. */
  readonly privateChat: boolean;
}
