import { foldKey, normalize } from "./normalize.ts";
import type { LedgerTask } from "./report.ts";

/**
 * Finds which ledger task a message is about: by name or alias first, then by a fuzzy match that
 * survives word order and small differences (改造农房 / 农户住房改造 for 农房改造). A wrong match costs
 * more than none, so an unsure or ambiguous fuzzy match gives no task.
 */
export interface TaskMatch {
  readonly taskId: string;
  readonly start: number;
  readonly end: number;
  readonly exact: boolean;
}

interface Key {
  readonly taskId: string;
  readonly text: string;
  readonly english: boolean;
  /** Distinct characters (Chinese) or stemmed words (English) and their weights. */
  readonly parts: ReadonlyMap<string, number>;
  readonly weight: number;
}

/** Characters and words that say little about which task is meant. */
const GENERIC_ZH = new Set([..."建设改造工程项目产业基地培训村级农业发展安全站点镇乡县区户新提质增效"]);
const GENERIC_EN = new Set([
  "training",
  "project",
  "construction",
  "renovation",
  "reconstruction",
  "village",
  "rural",
  "industry",
  "base",
  "development",
  "program",
  "programme",
  "work",
  "high",
  "standard",
  "new",
  "upgrade",
  "building",
]);
const GENERIC_WEIGHT: Record<string, number> = { high: 0.2, standard: 0.2 };
const FUZZY_THRESHOLD = 0.7;
const FUZZY_MARGIN = 0.1;
const FUZZY_SEARCH_LENGTH = 400;

const isCjk = (ch: string | undefined) => ch !== undefined && ch >= "\u4e00" && ch <= "\u9fff";
const isWordChar = (ch: string | undefined) =>
  ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9"));

const SPELLINGS: Record<string, string> = { labor: "labour", kiwifruit: "kiwi" };

export function stem(word: string): string {
  let w = SPELLINGS[word] ?? word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return SPELLINGS[w] ?? w;
}

/** Words of an English name or message; e-commerce stays one word, high-standard is two. */
const englishWords = (text: string) => text.replace(/e-commerce/g, "ecommerce").match(/[a-z0-9]+/g) ?? [];

export class TaskIndex {
  private readonly keys: Key[] = [];
  private readonly byBigram = new Map<string, Key[]>();
  private readonly byPart = new Map<string, Key[]>();

  constructor(tasks: readonly LedgerTask[]) {
    const raw: Array<{ taskId: string; text: string; english: boolean; parts: string[] }> = [];
    for (const task of tasks) {
      for (const name of new Set([task.name, ...task.aliases])) {
        const folded = foldKey(name);
        const english = !/[\u4e00-\u9fff]/.test(folded);
        const text = english ? folded.replace(/\s+/g, " ") : folded.replace(/\s+/g, "");
        if (text.length < 2) continue;
        const parts = english ? englishWords(text).map(stem) : [...new Set(text)].filter(isCjk);
        raw.push({ taskId: task.id, text, english, parts });
      }
    }
    // A character shared by many tasks identifies none of them.
    const tasksWithPart = new Map<string, Set<string>>();
    for (const r of raw)
      for (const p of r.parts) tasksWithPart.set(p, (tasksWithPart.get(p) ?? new Set()).add(r.taskId));
    for (const r of raw) {
      const parts = new Map<string, number>();
      for (const p of r.parts) {
        const generic = r.english ? GENERIC_EN.has(p) : GENERIC_ZH.has(p);
        const base = generic ? (GENERIC_WEIGHT[p] ?? 0.3) : 1;
        parts.set(p, base / Math.sqrt(tasksWithPart.get(p)?.size ?? 1));
      }
      let weight = 0;
      for (const w of parts.values()) weight += w;
      const key: Key = { taskId: r.taskId, text: r.text, english: r.english, parts, weight };
      this.keys.push(key);
      const bigram = r.text.slice(0, 2);
      this.byBigram.set(bigram, [...(this.byBigram.get(bigram) ?? []), key]);
      for (const p of parts.keys()) this.byPart.set(p, [...(this.byPart.get(p) ?? []), key]);
    }
  }

  get taskCount(): number {
    return new Set(this.keys.map((k) => k.taskId)).size;
  }

  /** The task a short text names (/task 茶叶), by the same rules as in a message. */
  find(text: string): TaskMatch | null {
    const { lower } = normalize(text);
    return this.match(lower, new Uint8Array(lower.length));
  }

  /** `lower` is the normalised message; `blocked` marks characters already read as places. */
  match(lower: string, blocked: Uint8Array): TaskMatch | null {
    return this.exact(lower, blocked) ?? this.fuzzy(lower, blocked);
  }

  private exact(lower: string, blocked: Uint8Array): TaskMatch | null {
    let best: { key: Key; start: number } | null = null;
    for (let i = 0; i < lower.length - 1; i++) {
      const candidates = this.byBigram.get(lower.slice(i, i + 2));
      if (!candidates) continue;
      for (const key of candidates) {
        if (!lower.startsWith(key.text, i)) continue;
        const end = i + key.text.length;
        if (key.english && (isWordChar(lower[i - 1]) || isWordChar(lower[end]))) continue;
        if (blocked[i] && blocked[end - 1]) continue;
        // Leftmost wins (the task is named before its figures); at one position, the longest.
        if (!best || (best.start === i && key.text.length > best.key.text.length)) best = { key, start: i };
        else if (i < best.start + best.key.text.length && key.text.length > best.key.text.length)
          best = { key, start: i };
      }
    }
    return best
      ? { taskId: best.key.taskId, start: best.start, end: best.start + best.key.text.length, exact: true }
      : null;
  }

  private fuzzy(lower: string, blocked: Uint8Array): TaskMatch | null {
    const scores = new Map<string, { score: number; start: number; end: number }>();
    const offer = (taskId: string, score: number, start: number, end: number) => {
      const had = scores.get(taskId);
      if (!had || score > had.score) scores.set(taskId, { score, start, end });
    };
    // The task is named near the start; a long message is not searched to its end.
    for (const seg of segments(lower.slice(0, FUZZY_SEARCH_LENGTH), blocked)) {
      if (seg.english) this.scoreEnglish(seg, offer);
      else this.scoreChinese(seg, offer);
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
    const [first, second] = ranked;
    if (!first || first[1].score < FUZZY_THRESHOLD) return null;
    if (second && first[1].score - second[1].score < FUZZY_MARGIN) return null;
    return { taskId: first[0], start: first[1].start, end: first[1].end, exact: false };
  }

  private scoreChinese(seg: Segment, offer: (id: string, score: number, start: number, end: number) => void) {
    // Only keys that share enough weight with the segment are worth a closer look.
    const shared = new Map<Key, number>();
    for (const ch of new Set(seg.text)) {
      for (const key of this.byPart.get(ch) ?? []) {
        if (!key.english) shared.set(key, (shared.get(key) ?? 0) + (key.parts.get(ch) as number));
      }
    }
    for (const [key, weight] of shared) {
      if (weight < FUZZY_THRESHOLD * key.weight) continue;
      let covered = 0;
      let first = -1;
      let last = -1;
      let hits = 0;
      for (const [part, w] of key.parts) {
        const at = seg.text.indexOf(part);
        if (at < 0) continue;
        covered += w;
        hits++;
        first = first < 0 ? at : Math.min(first, at);
        last = Math.max(last, at);
      }
      if (hits < 2) continue;
      const window = last - first + 1;
      // The shared characters must sit together, not be scattered over a long sentence.
      if (window > key.text.length + 3 || hits / window < 0.5) continue;
      offer(key.taskId, covered / key.weight, seg.start + first, seg.start + last + 1);
    }
  }

  private scoreEnglish(seg: Segment, offer: (id: string, score: number, start: number, end: number) => void) {
    const words = [...seg.text.replace(/e-commerce/g, "ecommerce\u0000").matchAll(/[a-z0-9]+/g)].map((m) => ({
      stem: stem(m[0]),
      start: seg.start + m.index,
      end: seg.start + m.index + m[0].length,
    }));
    const candidates = new Set<Key>();
    for (const w of words)
      for (const key of this.byPart.get(w.stem) ?? []) if (key.english) candidates.add(key);
    for (const key of candidates) {
      for (let i = 0; i < words.length; i++) {
        const span = words.slice(i, i + key.parts.size + 2);
        let covered = 0;
        let end = -1;
        for (const [part, w] of key.parts) {
          const hit = span.find((x) => x.stem === part);
          if (!hit) continue;
          covered += w;
          end = Math.max(end, hit.end);
        }
        if (covered > 0 && span[0] && key.parts.has(span[0].stem)) {
          offer(key.taskId, covered / key.weight, span[0].start, end);
        }
      }
    }
  }
}

interface Segment {
  readonly text: string;
  readonly start: number;
  readonly english: boolean;
}

/** Runs of Chinese characters, and runs of English words, outside place names. */
function segments(lower: string, blocked: Uint8Array): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < lower.length) {
    const ch = lower[i];
    if (blocked[i] || !(isCjk(ch) || (ch !== undefined && ch >= "a" && ch <= "z"))) {
      i++;
      continue;
    }
    const english = !isCjk(ch);
    let j = i;
    while (j < lower.length && !blocked[j]) {
      const c = lower[j];
      if (english ? !(c !== undefined && /[a-z0-9\- ]/.test(c)) : !isCjk(c)) break;
      j++;
    }
    out.push({ text: lower.slice(i, j), start: i, english });
    i = j;
  }
  return out;
}
