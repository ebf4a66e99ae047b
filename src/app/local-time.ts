import type { LocalDate } from "../domain/ledger/index.ts";

/** Days and times in the deployment's zone; Asia/Shanghai has no daylight saving (decisions.md, Time). */
const ZONE_OFFSET_MS = 8 * 3600_000;

export const localDay = (at: Date) =>
  new Date(at.getTime() + ZONE_OFFSET_MS).toISOString().slice(0, 10) as LocalDate;

/** The instant a local day and "HH:MM" name. */
export const instantAt = (day: LocalDate, time: string) =>
  new Date(Date.parse(`${day}T${time}:00Z`) - ZONE_OFFSET_MS);
