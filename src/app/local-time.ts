import type { LocalDate } from "../domain/ledger/index.ts";
import type { AppDeps } from "./deps.ts";

/** Days and times in the deployment's zone (TZ_REPORTS; decisions.md, Time). */
export const localDay = (deps: AppDeps, at: Date): LocalDate => deps.zone.localDay(at);

/** The instant a local day and "HH:MM" name. */
export const instantAt = (deps: AppDeps, day: LocalDate, time: string): Date =>
  deps.zone.instantAt(day, time);
