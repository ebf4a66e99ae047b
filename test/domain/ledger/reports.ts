import type { FiledReport, ReportedQuantity } from "../../../src/domain/ledger/index.ts";

/** Reports as the ledger receives them, written the way a cadre's message reads. */

export const added = (value: number, unit: string): ReportedQuantity => ({ value, unit, kind: "increment" });
export const soFar = (value: number, unit: string): ReportedQuantity => ({ value, unit, kind: "cumulative" });
export const planned = (value: number, unit: string): ReportedQuantity => ({ value, unit, kind: "target" });
export const bare = (value: number, unit: string): ReportedQuantity => ({ value, unit, kind: "unspecified" });

/** Sent on a day of 2024 at a Beijing time: `sent("06-14 17:49")`. */
export const sent = (when: string): Date => {
  const [day, time = "09:00"] = when.split(" ");
  return new Date(`2024-${day}T${time}:00+08:00`);
};

export function filed(
  id: string,
  when: string,
  quantities: ReportedQuantity[],
  extra: Partial<Pick<FiledReport, "counts" | "checked">> = {},
): FiledReport {
  return { id, sentAt: sent(when), counts: true, quantities, ...extra };
}
