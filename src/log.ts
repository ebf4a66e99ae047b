import pino from "pino";

/** Structured logs to stderr, so that stdout stays the console chat's and the CLI's. */
export function createLogger(level: string) {
  return pino({ level, base: undefined }, pino.destination(2));
}
