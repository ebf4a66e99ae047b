import { z } from "zod";
import { isTimeZone } from "./domain/ledger/index.ts";
import { parseReminderTime } from "./domain/notices/index.ts";

/** The environment, read and checked once at start; a bad value stops the process naming the variable. */
const configSchema = z
  .object({
    BOT_TOKEN: z.string().min(1).optional(),
    TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
    DATABASE_URL: z.string().min(1).default("file:./data/taizhang.db"),
    TZ_REPORTS: z.string().default("Asia/Shanghai").refine(isTimeZone, "a time zone such as Asia/Shanghai"),
    TAIZHANG_NOW: z.iso.datetime({ offset: true }).optional(),
    TAIZHANG_TASKS: z.string().optional(),
    /** Telegram user ids, comma-separated, that become admins of the root unit on first contact. */
    BOOTSTRAP_ADMIN_IDS: z
      .string()
      .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "a comma-separated list of Telegram user ids")
      .transform((s) => s.split(",").map((id) => id.trim()))
      .optional(),
    /**
     * When reporters who have not reported this week are reminded, privately: "fri 10:00" (a weekday
     * and a time in TZ_REPORTS), or "off". A group's /remind overrides it for its units.
     */
    REMIND_AT: z
      .string()
      .default("fri 10:00")
      .transform((text, ctx) => {
        const parsed = parseReminderTime(text.trim().split(/\s+/));
        if (parsed) return parsed === "off" ? null : parsed;
        ctx.addIssue({ code: "custom", message: 'a weekday and a time such as "fri 10:00", or "off"' });
        return z.NEVER;
      }),
    /** Seconds an instance has to handle an update it took in before another instance takes it over. */
    INBOX_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    /** Updates one person may send in 10 seconds; the rest of that window are set aside with a notice. */
    FLOOD_LIMIT: z.coerce.number().int().min(1).default(20),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Webhook mode: the public HTTPS URL Telegram posts updates to (its path is served here). */
    WEBHOOK_URL: z.url().optional(),
    /** Telegram sends it back in a header with every update; calls without it are refused. */
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "16 to 256 characters of A-Z, a-z, 0-9, _ and -")
      .optional(),
    /** The HTTP server (webhook, /healthz, /readyz, /metrics): always in webhook mode, else when set. */
    HTTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    HTTP_HOST: z.string().default("0.0.0.0"),
  })
  .refine((c) => !c.WEBHOOK_URL || c.WEBHOOK_SECRET, {
    path: ["WEBHOOK_SECRET"],
    message: "required with WEBHOOK_URL",
  });

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`invalid environment:\n${problems}`);
  }
  return parsed.data;
}
