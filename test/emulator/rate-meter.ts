import { ApiError } from "./api-error.ts";

/** Limits to enforce with 429s, after Telegram's published guidance. Nothing is enforced by default. */
export interface RateLimits {
  /** Telegram: about 30 messages per second across all chats. */
  overallPerSecond?: number;
  /** Telegram: about one message per second in a chat. */
  perChatPerSecond?: number;
  /** Telegram: 20 messages per minute in a group. */
  perGroupPerMinute?: number;
}

export interface ChatRate {
  calls: number;
  peakPerSecond: number;
  peakPerMinute: number;
}

export interface RateStats {
  /** Every call but getUpdates (polling is not sending). */
  calls: number;
  peakPerSecond: number;
  byMethod: Record<string, number>;
  byChat: Map<number, ChatRate>;
}

/** Timestamps in a sliding window, with the most the window ever held. */
class Window {
  private times: number[] = [];
  peak = 0;

  constructor(private readonly spanMs: number) {}

  countAt(now: number): number {
    while (this.times.length > 0 && (this.times[0] as number) <= now - this.spanMs) this.times.shift();
    return this.times.length;
  }

  add(now: number): void {
    this.countAt(now);
    this.times.push(now);
    this.peak = Math.max(this.peak, this.times.length);
  }

  /** Seconds until the oldest call leaves the window, as Telegram's retry_after (at least 1). */
  retryAfter(now: number): number {
    return Math.max(1, Math.ceil(((this.times[0] ?? now) + this.spanMs - now) / 1000));
  }
}

/** Counts calls per second overall and per chat, and optionally refuses calls over the limits. */
export class RateMeter {
  private overall = new Window(1000);
  private byMethod: Record<string, number> = {};
  private chats = new Map<number, { calls: number; second: Window; minute: Window }>();
  private calls = 0;

  constructor(private readonly limits: RateLimits = {}) {}

  /** Records a call, or throws 429 (without recording it) when an enforced limit is reached. */
  admit(method: string, chatId: number | undefined, isGroup: boolean, now = Date.now()): void {
    if (method === "getUpdates") return;
    const chat = chatId === undefined ? undefined : this.chatEntry(chatId);
    const { overallPerSecond, perChatPerSecond, perGroupPerMinute } = this.limits;
    const refuse = (window: Window) => {
      const retryAfter = window.retryAfter(now);
      throw new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    };
    if (overallPerSecond !== undefined && this.overall.countAt(now) >= overallPerSecond) refuse(this.overall);
    if (chat && perChatPerSecond !== undefined && chat.second.countAt(now) >= perChatPerSecond)
      refuse(chat.second);
    if (chat && isGroup && perGroupPerMinute !== undefined && chat.minute.countAt(now) >= perGroupPerMinute) {
      refuse(chat.minute);
    }
    this.calls++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    this.overall.add(now);
    if (chat) {
      chat.calls++;
      chat.second.add(now);
      chat.minute.add(now);
    }
  }

  stats(): RateStats {
    const byChat = new Map<number, ChatRate>();
    for (const [id, chat] of this.chats) {
      byChat.set(id, { calls: chat.calls, peakPerSecond: chat.second.peak, peakPerMinute: chat.minute.peak });
    }
    return { calls: this.calls, peakPerSecond: this.overall.peak, byMethod: { ...this.byMethod }, byChat };
  }

  private chatEntry(chatId: number) {
    let entry = this.chats.get(chatId);
    if (!entry) {
      entry = { calls: 0, second: new Window(1000), minute: new Window(60_000) };
      this.chats.set(chatId, entry);
    }
    return entry;
  }
}
