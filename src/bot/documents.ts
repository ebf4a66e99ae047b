import { PassThrough, type Writable } from "node:stream";
import type { BotContext } from "./context.ts";

/**
 * Files in and out of the chat. Out: an export is written to a stream and collected, since the
 * Bot API takes a document in one upload (50 MB at most). In: a document is fetched from the same
 * Bot API root the bot talks to (20 MB at most), so tests can serve it from the emulator.
 */
export async function collected(write: (out: Writable) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}

/** The largest document a bot may download through the Bot API. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

export async function downloadDocument(
  ctx: BotContext,
  fileId: string,
  apiRoot: string,
): Promise<Uint8Array> {
  const file = await ctx.api.getFile(fileId);
  if (!file.file_path) throw new Error("the Bot API gave no file path");
  const response = await fetch(`${apiRoot}/file/bot${ctx.api.token}/${file.file_path}`);
  if (!response.ok) throw new Error(`download failed: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
