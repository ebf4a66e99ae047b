/**
 * A minimal multipart/form-data reader (RFC 7578), enough for Bot API uploads. Bodies are small
 * in tests, so the whole body is buffered and split on the delimiter; nothing streams.
 */

export interface MultipartPart {
  name: string;
  /** Present for file parts (even when empty); absent for plain fields. */
  filename?: string;
  contentType?: string;
  data: Buffer;
}

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

/** The boundary from `multipart/form-data; boundary=...` (quoted or not), or undefined. */
export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const dashBoundary = Buffer.from(`--${boundary}`);
  // Every delimiter after the first is preceded by CRLF, which belongs to the delimiter, not the data:
  // file contents may end in (or contain) line breaks that must survive byte for byte.
  const delimiter = Buffer.concat([CRLF, dashBoundary]);
  const first = body.indexOf(dashBoundary);
  if (first !== 0 && (first < 2 || !body.subarray(first - 2, first).equals(CRLF))) {
    throw new Error("multipart body does not start with its boundary");
  }
  const parts: MultipartPart[] = [];
  let pos = first + dashBoundary.length;
  for (;;) {
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts; // "--": the close delimiter
    // The rest of the delimiter line may hold transport padding (spaces) before its CRLF.
    const lineEnd = body.indexOf(CRLF, pos);
    if (lineEnd < 0) throw new Error("multipart delimiter line is not terminated");
    const partStart = lineEnd + CRLF.length;
    const partEnd = nextDelimiter(body, delimiter, partStart);
    if (partEnd < 0) throw new Error("multipart part is not terminated by a boundary");
    parts.push(parsePart(body.subarray(partStart, partEnd)));
    pos = partEnd + delimiter.length;
  }
}

/**
 * A delimiter counts only when followed by "--" or by optional padding and CRLF, so data holding
 * "\r\n--<boundary>x" (which a careless sender allows) does not end the part early.
 */
function nextDelimiter(body: Buffer, delimiter: Buffer, from: number): number {
  for (let at = body.indexOf(delimiter, from); at >= 0; at = body.indexOf(delimiter, at + 1)) {
    let after = at + delimiter.length;
    if (body[after] === 0x2d && body[after + 1] === 0x2d) return at;
    while (body[after] === 0x20 || body[after] === 0x09) after++;
    if (body[after] === 0x0d && body[after + 1] === 0x0a) return at;
  }
  return -1;
}

function parsePart(raw: Buffer): MultipartPart {
  // A part with no headers starts straight with the blank line.
  const headerEnd = raw.subarray(0, 2).equals(CRLF) ? 0 : raw.indexOf(HEADER_END);
  if (headerEnd < 0) throw new Error("multipart part has no blank line after its headers");
  const headers = new Map<string, string>();
  for (const line of raw.subarray(0, headerEnd).toString("utf8").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const data = raw.subarray(headerEnd === 0 ? 2 : headerEnd + HEADER_END.length);
  const disposition = dispositionParams(headers.get("content-disposition") ?? "");
  const name = disposition.get("name");
  if (name === undefined) throw new Error("multipart part has no name");
  const filename = disposition.get("filename*") ?? disposition.get("filename");
  return {
    name,
    ...(filename !== undefined ? { filename } : {}),
    ...(headers.has("content-type") ? { contentType: headers.get("content-type") } : {}),
    data: Buffer.from(data),
  };
}

/**
 * `form-data; name="a"; filename="b.pdf"`. Also tolerates what grammY writes
 * (`form-data;name="a";filename=b.pdf`, unquoted and unspaced) and RFC 5987 `filename*=UTF-8''...`.
 */
function dispositionParams(header: string): Map<string, string> {
  const params = new Map<string, string>();
  const pattern = /;\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (const [, key = "", rawValue = ""] of header.matchAll(pattern)) {
    let value = rawValue.trim();
    if (value.startsWith('"')) value = value.slice(1, -1).replace(/\\(.)/g, "$1");
    if (key.endsWith("*")) {
      const encoded = /^[^']*'[^']*'(.*)$/.exec(value);
      value = decodeURIComponent(encoded?.[1] ?? value);
    }
    params.set(key.toLowerCase(), value);
  }
  return params;
}
