import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiError } from "./api-error.ts";
import { type Params, readParams, sendJson } from "./request-params.ts";

/** What the emulator decided about one Bot API call. */
export type CallOutcome =
  | { ok: true; result: unknown }
  | { ok: false; error: ApiError }
  | { dropConnection: true };

export interface ServerHandlers {
  /** One call of `/bot<token>/<method>`; the signal aborts when the client disconnects. */
  call(token: string, method: string, params: Params, signal: AbortSignal): Promise<CallOutcome>;
  /** The bytes behind `/file/bot<token>/<file_path>`, or undefined for 404. */
  download(token: string, filePath: string): { bytes: Buffer; mimeType?: string } | undefined;
}

/** The HTTP side: routes Telegram's URL shapes to the handlers and writes Telegram-shaped answers. */
export class EmulatorServer {
  private server?: Server;

  constructor(private readonly handlers: ServerHandlers) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        // A handler bug must show up in the test, not as a hung request.
        if (!res.headersSent) sendJson(res, 500, { ok: false, error_code: 500, description: String(error) });
      });
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // The bot keeps connections alive; without this, close() would wait for it to hang up.
    server.closeAllConnections();
    await closed;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download && req.method === "GET") {
      const file = this.handlers.download(download[1] ?? "", decodeURIComponent(download[2] ?? ""));
      if (!file) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      res.writeHead(200, {
        "content-type": file.mimeType ?? "application/octet-stream",
        "content-length": file.bytes.length,
      });
      res.end(file.bytes);
      return;
    }
    const call = /^\/bot([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (!call || (req.method !== "GET" && req.method !== "POST")) {
      return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    }

    // A poller that goes away (aborted fetch, killed process) closes the response early.
    const disconnected = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) disconnected.abort();
    });

    let outcome: CallOutcome;
    try {
      const params = await readParams(req, url);
      outcome = await this.handlers.call(call[1] ?? "", call[2] ?? "", params, disconnected.signal);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      outcome = { ok: false, error };
    }
    if ("dropConnection" in outcome) {
      req.socket.destroy();
      return;
    }
    if (res.destroyed) return;
    // Telegram answers errors with the error code as the HTTP status too.
    if (outcome.ok) sendJson(res, 200, { ok: true, result: outcome.result });
    else sendJson(res, outcome.error.errorCode, outcome.error.toResponse());
  }
}
