// The cadres' side of a load: report messages through the emulator at a set pace, each matched to
// the card the bot answers it with (per chat, in order), and the count in the database afterwards.

import type { BotApiEmulator } from "../../test/emulator/bot-api-emulator.ts";
import type { ApiCall } from "../../test/emulator/call-log.ts";
import { query } from "./postgres.ts";
import { type Cadre, type DemoTask, reportText } from "./seed.ts";

/** The first line of every card (locales/zh-CN.ftl card-title). */
const CARD_TITLE = "我理解的是";

interface Sent {
  readonly chatId: number;
  readonly messageId: number;
  readonly sentAt: number;
  cardAt?: number;
}

export interface Cards {
  /** Cards answered ok, cards beyond one per message (at-least-once delivery of the bot's messages), other texts. */
  total: number;
  duplicates: number;
  other: number;
}

export class ReportLoad {
  readonly sent: Sent[] = [];
  private readonly waiting = new Map<number, Sent[]>();
  private readonly perChat = new Map<number, number>();
  private readonly cardsPerChat = new Map<number, number>();
  private readonly texts = new Set<string>();
  private cursor = 0;
  private readonly pending = new Set<number>();
  readonly cards: Cards = { total: 0, duplicates: 0, other: 0 };

  constructor(
    private readonly emulator: BotApiEmulator,
    private readonly cadres: readonly Cadre[],
    private readonly tasks: readonly DemoTask[],
  ) {}

  /** Sends `count` more messages, `rate` a second (0: all at once), cadre after cadre. */
  async send(count: number, rate: number, shouldStop: () => boolean = () => false): Promise<void> {
    const start = performance.now();
    for (let i = 0; i < count && !shouldStop(); i++) {
      if (rate > 0) {
        const wait = start + (i * 1000) / rate - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      } else if (i % 500 === 499) await new Promise((r) => setImmediate(r));
      const n = this.sent.length;
      const c = n % this.cadres.length;
      const cadre = this.cadres[c] as Cadre;
      const k = this.perChat.get(cadre.telegramId) ?? 0;
      this.perChat.set(cadre.telegramId, k + 1);
      const text = reportText(cadre, c, k, this.tasks);
      if (this.texts.has(text)) throw new Error(`report text repeated: ${text}`);
      this.texts.add(text);
      const user = { id: cadre.telegramId, first_name: cadre.name };
      const { message } = this.emulator.sendText(cadre.telegramId, user, text);
      const sent: Sent = { chatId: cadre.telegramId, messageId: message.message_id, sentAt: Date.now() };
      this.sent.push(sent);
      const queue = this.waiting.get(sent.chatId) ?? [];
      queue.push(sent);
      this.waiting.set(sent.chatId, queue);
    }
  }

  /** Reads the calls the emulator answered since the last look and matches cards to messages. */
  collect(): void {
    const calls = this.emulator.calls;
    const look = (call: ApiCall) => {
      if (call.answeredAt === undefined) return false;
      if (call.ok && call.method === "sendMessage" && call.chatId !== undefined && call.chatId > 0) {
        if (!String(call.params.text ?? "").includes(CARD_TITLE)) this.cards.other++;
        else {
          this.cards.total++;
          const n = (this.cardsPerChat.get(call.chatId) ?? 0) + 1;
          this.cardsPerChat.set(call.chatId, n);
          const next = this.waiting.get(call.chatId)?.shift();
          if (next) next.cardAt = call.answeredAt;
          else this.cards.duplicates++;
        }
      }
      return true;
    };
    for (const seq of [...this.pending]) if (look(calls[seq] as ApiCall)) this.pending.delete(seq);
    for (; this.cursor < calls.length; this.cursor++)
      if (!look(calls[this.cursor] as ApiCall)) this.pending.add(this.cursor);
  }

  get carded(): number {
    return this.sent.filter((s) => s.cardAt !== undefined).length;
  }

  /** Waits until every message sent has a card (or the time is up); true when all have. */
  async waitForCards(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      this.collect();
      if (this.carded >= this.sent.length) return true;
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Send → card, in ms, of the messages that have one. */
  latencies(): number[] {
    return this.sent.flatMap((s) => (s.cardAt === undefined ? [] : [s.cardAt - s.sentAt]));
  }

  /** The seconds from the first message sent to the last card. */
  seconds(): number {
    const first = Math.min(...this.sent.map((s) => s.sentAt));
    const last = Math.max(...this.sent.map((s) => s.cardAt ?? 0));
    return (last - first) / 1000;
  }
}

export const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
};

export interface LedgerCheck {
  rows: number;
  distinctKeys: number;
  missing: number;
  unexpected: number;
  byState: Record<string, number>;
}

/** Reports in the database against the messages sent: one row per (chat, message id), none else. */
export async function checkLedger(databaseUrl: string, sent: readonly Sent[]): Promise<LedgerCheck> {
  const rows = await query<{ chat: string; message: string; state: string }>(
    databaseUrl,
    `SELECT "chatExternalId" AS chat, "messageId" AS message, state FROM "Report" WHERE platform = 'telegram'`,
  );
  const keys = new Set(rows.map((r) => `${r.chat}:${r.message}`));
  const expected = new Set(sent.map((s) => `${s.chatId}:${s.messageId}`));
  const byState: Record<string, number> = {};
  for (const r of rows) byState[r.state] = (byState[r.state] ?? 0) + 1;
  return {
    rows: rows.length,
    distinctKeys: keys.size,
    missing: [...expected].filter((k) => !keys.has(k)).length,
    unexpected: [...keys].filter((k) => !expected.has(k)).length,
    byState,
  };
}

/** Waits until the database holds a report for every message sent (or the time is up). */
export async function waitForReports(
  databaseUrl: string,
  count: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await query<{ n: string }>(databaseUrl, `SELECT count(*) AS n FROM "Report"`).catch(
      () => [],
    );
    if (Number(row?.n ?? 0) >= count) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
}
