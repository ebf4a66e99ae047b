/** Dates as a county office writes them, in the deployment's zone (TZ_REPORTS), not the server's. */
function parts(timeZone: string, instant: Date): Record<string, string> {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** 2024-06-21 */
export function localDate(timeZone: string, instant: Date): string {
  const p = parts(timeZone, instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 06-14 17:49 */
export function localDayAndTime(timeZone: string, instant: Date): string {
  const p = parts(timeZone, instant);
  return `${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** 2024-06-14 17:49 */
export function localDateTime(timeZone: string, instant: Date): string {
  const p = parts(timeZone, instant);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
