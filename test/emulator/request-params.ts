import type { IncomingMessage, ServerResponse } from "node:http";
import { badRequest } from "./api-error.ts";
import { boundaryOf, parseMultipart } from "./multipart.ts";

/** A file the bot uploaded in a multipart request: the emulator keeps what a test may want to check. */
export class UploadedFile {
  constructor(
    readonly fileName: string,
    readonly mimeType: string,
    readonly bytes: Buffer,
  ) {}

  get size(): number {
    return this.bytes.length;
  }
}

export type Params = Record<string, unknown>;

/**
 * Fields that carry JSON objects. In form and multipart bodies every value arrives as a string, and
 * Telegram parses only these as JSON: a message text such as "[1] done" must stay a string.
 */
const JSON_FIELDS = new Set([
  "reply_markup",
  "reply_parameters",
  "entities",
  "caption_entities",
  "link_preview_options",
  "commands",
  "scope",
  "menu_button",
  "reaction",
  "allowed_updates",
  "media",
]);

/** Uploads bigger than Telegram's own 50 MB limit are refused before they fill memory. */
const MAX_BODY_BYTES = 50 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw badRequest("request entity too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The method's parameters from the query string and the body, whatever its content type. */
export async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = {};
  for (const [key, value] of url.searchParams) params[key] = fromFormValue(key, value);
  const body = await readBody(req);
  if (body.length === 0) return params;
  const contentType = (req.headers["content-type"] ?? "").toLowerCase();

  if (contentType.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw badRequest("JSON object expected");
    }
    return Object.assign(params, parsed);
  }

  if (contentType.startsWith("multipart/form-data")) {
    const boundary = boundaryOf(req.headers["content-type"] ?? "");
    if (!boundary) throw badRequest("multipart boundary is missing");
    let parts: ReturnType<typeof parseMultipart>;
    try {
      parts = parseMultipart(body, boundary);
    } catch (error) {
      throw badRequest(`can't parse multipart body: ${(error as Error).message}`);
    }
    const files = new Map<string, UploadedFile>();
    for (const part of parts) {
      if (part.filename !== undefined) {
        const file = new UploadedFile(
          part.filename,
          part.contentType ?? "application/octet-stream",
          part.data,
        );
        files.set(part.name, file);
        params[part.name] = file;
      } else {
        params[part.name] = fromFormValue(part.name, part.data.toString("utf8"));
      }
    }
    // grammY and others send `document: "attach://<part name>"` and the bytes in a part of that name.
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === "string" && value.startsWith("attach://")) {
        const file = files.get(value.slice("attach://".length));
        if (!file) throw badRequest(`file ${value} is not attached`);
        params[key] = file;
      }
    }
    return params;
  }

  // application/x-www-form-urlencoded, and what clients send without a content type.
  for (const [key, value] of new URLSearchParams(body.toString("utf8")))
    params[key] = fromFormValue(key, value);
  return params;
}

function fromFormValue(key: string, value: string): unknown {
  if (!JSON_FIELDS.has(key)) return value;
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`can't parse ${key} JSON object`);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
