/** Answers as people type them on a phone, read leniently and checked strictly. */

/** A figure: 120, 1,200, 1，200, 1200户, 3.5 — else null. */
export function readNumber(text: string): number | null {
  const m = /^\s*(\d[\d,，]*(?:\.\d+)?)\s*[^\d\s]{0,4}\s*$/.exec(text);
  if (!m) return null;
  const value = Number((m[1] as string).replace(/[,，]/g, ""));
  return Number.isFinite(value) ? value : null;
}

/** A day: 2024-12-31, 2024/12/31, 2024.12.31, 2024年12月31日 → "2024-12-31", if the day exists. */
export function readDate(text: string): string | null {
  const m = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso) ? iso : null;
}
