/**
 * Cell text as it is read for figures and dates: full-width digits and letters folded to
 * half-width (NFKC turns ３０００ into 3000 and （ into (), runs of spaces to one, trimmed.
 */
export function cellText(value: string): string {
  return writtenText(value.normalize("NFKC"));
}

/** Cell text as it is kept (a task's name, a lead, a note): as written, with spaces tidied. */
export function writtenText(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

export interface HeaderText {
  /** What the header says without markers and brackets, lower-cased, no spaces: 目标值（亩）→ 目标值. */
  readonly label: string;
  /** A unit of measure written in brackets (目标值（亩）), the measure's default when no column gives one. */
  readonly bracketed: string | null;
}

const MARKERS = /^(必填|选填|必选|可选|required|optional)$/i;

export function headerText(value: string): HeaderText {
  let bracketed: string | null = null;
  const text = cellText(value)
    .replace(/\((.*?)\)|\[(.*?)\]|【(.*?)】/g, (_, a?: string, b?: string, c?: string) => {
      const inner = (a ?? b ?? c ?? "").trim();
      if (inner !== "" && !MARKERS.test(inner) && inner.length <= 6 && bracketed === null) bracketed = inner;
      return "";
    })
    .replace(/[*＊:：]/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();
  return { label: text, bracketed };
}

/** Spreadsheet column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
