import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "pino";
import { registry } from "../metrics.ts";

/**
 * The process's HTTP face: Telegram's webhook, and what an orchestrator and Prometheus ask for.
 * The webhook answers as soon as the update is safely in the inbox (Telegram waits for nothing
 * else, and retries an update it got no 200 for); handling goes on after the answer.
 */
export interface HttpOptions {
  readonly port: number;
  readonly host: string;
  readonly log: Logger;
  /** Whether this instance can do its work (the database answers): /readyz. */
  readonly ready: () => Promise<boolean>;
  readonly webhook?: {
    /** The path of WEBHOOK_URL, where Telegram posts updates. */
    readonly path: string;
    readonly secret: string;
    /** Resolves once the update is recorded; rejects when it could not be (Telegram retries). */
    readonly accept: (update: unknown) => Promise<"accepted" | "malformed">;
  };
}

/** Telegram updates are a few kilobytes; a large body is not from Telegram. */
const BODY_LIMIT = 1024 * 1024;

function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  // Loaded here, not at start: a polling bot without HTTP_PORT never needs it.
  const { default: Fastify } = await import("fastify");
  const server = Fastify({ bodyLimit: BODY_LIMIT, logger: false });
  const { webhook } = options;
  if (webhook) {
    // Anyone can find the URL; only Telegram knows the secret it was set with. Checked before the
    // body is read, so a forged call costs nothing.
    const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
      if (!sameSecret(request.headers["x-telegram-bot-api-secret-token"], webhook.secret)) {
        options.log.warn({ ip: request.ip }, "webhook call without the right secret, refused");
        return reply.code(401).send({ ok: false });
      }
    };
    server.post(webhook.path, { onRequest }, async (request, reply) => {
      try {
        const outcome = await webhook.accept(request.body);
        // A malformed body will not get better by retrying: accept it so Telegram moves on.
        if (outcome === "malformed") options.log.warn({ ip: request.ip }, "webhook body is not an update");
        return reply.code(200).send({ ok: true });
      } catch (error) {
        options.log.error({ err: error }, "could not record an update; Telegram will retry it");
        return reply.code(503).send({ ok: false });
      }
    });
  }
  server.get("/healthz", async () => ({ ok: true }));
  server.get("/readyz", async (_request, reply) => {
    const ready = await options.ready().catch(() => false);
    return reply.code(ready ? 200 : 503).send({ ok: ready });
  });
  server.get("/metrics", async (_request, reply) =>
    reply.header("content-type", registry.contentType).send(await registry.metrics()),
  );
  await server.listen({ port: options.port, host: options.host });
  options.log.info(
    { port: options.port, host: options.host, webhook: webhook?.path ?? null },
    "HTTP server listening",
  );
  return server;
}
