/**
 * English cue words typed with one slip (ovedue, progess, staus) are read as meant. Only the words
 * the cues turn on are corrected, and only those of five letters or more, where one slip cannot
 * turn one real word into another that matters here. The corrected text is only searched for cues,
 * never cut from, so a word may change its length.
 */
const VOCABULARY = [
  "overdue",
  "deadline",
  "deadlines",
  "progress",
  "status",
  "problem",
  "problems",
  "issues",
  "difficulties",
  "blockers",
  "coordination",
  "reported",
  "submitted",
  "missing",
  "ranking",
  "fastest",
  "slowest",
  "villages",
  "village",
  "township",
  "townships",
  "commands",
];
const KNOWN = new Set(VOCABULARY);

export function correctEnglish(text: string): string {
  if (!/[a-z]/.test(text)) return text;
  return text.replace(/[a-z]{5,}/g, (word) => {
    if (KNOWN.has(word)) return word;
    const meant = VOCABULARY.find((v) => Math.abs(v.length - word.length) <= 1 && oneSlipApart(word, v));
    return meant ?? word;
  });
}

/** One character inserted, dropped, replaced, or two neighbours swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs;
    return (
      diffs.length === 2 && j === (i as number) + 1 && a[i as number] === b[j] && a[j] === b[i as number]
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
