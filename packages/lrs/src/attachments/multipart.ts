import { badRequest } from "../http/errors";

export type TPart = { headers: Map<string, string>; body: Uint8Array };

/** The boundary of a multipart/mixed Content-Type, or undefined for any other type. */
export function multipartBoundary(contentType: string | null): string | undefined {
  if (!contentType || !/^multipart\/mixed\b/i.test(contentType.trim())) return undefined;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundary = (match?.[1] ?? match?.[2])?.trim();
  if (!boundary) throw badRequest("Content-Type: multipart/mixed needs a boundary parameter");
  return boundary;
}

function parseHeaders(text: string, index: number): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split("\r\n")) {
    if (!line) continue;
    const colon = line.indexOf(":");
    if (colon <= 0)
      throw badRequest(`multipart part ${index}: malformed header line "${line.slice(0, 80)}"`);
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * Splits a multipart/mixed body (RFC 2046) into parts, bytes untouched. The preamble before the
 * first delimiter and the epilogue after the closing one are ignored, as the RFC says.
 */
export function parseMultipart(body: Uint8Array, boundary: string): TPart[] {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  let start = buf.indexOf(delimiter);
  if (start < 0)
    throw badRequest("multipart body: no part starts with the boundary from Content-Type");
  const parts: TPart[] = [];
  for (;;) {
    let cursor = start + delimiter.length;
    if (buf[cursor] === 0x2d && buf[cursor + 1] === 0x2d) break; // "--": the closing delimiter
    while (buf[cursor] === 0x20 || buf[cursor] === 0x09) cursor++; // transport padding
    if (buf[cursor] !== 0x0d || buf[cursor + 1] !== 0x0a)
      throw badRequest(`multipart part ${parts.length}: boundary line must end with CRLF`);
    cursor += 2;
    const next = buf.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), cursor);
    if (next < 0) throw badRequest(`multipart part ${parts.length}: no closing boundary`);
    const headerEnd = buf.indexOf("\r\n\r\n", cursor);
    let headers: Map<string, string>;
    let bodyStart: number;
    if (buf[cursor] === 0x0d && buf[cursor + 1] === 0x0a) {
      headers = new Map();
      bodyStart = cursor + 2;
    } else {
      if (headerEnd < 0 || headerEnd > next)
        throw badRequest(`multipart part ${parts.length}: headers must end with an empty line`);
      headers = parseHeaders(buf.subarray(cursor, headerEnd).toString("utf8"), parts.length);
      bodyStart = headerEnd + 4;
    }
    parts.push({ headers, body: new Uint8Array(buf.subarray(bodyStart, next)) });
    start = next + 2;
  }
  return parts;
}

/** A multipart/mixed body: a JSON part, then each attachment with its hash, as xAPI requires. */
export function buildMultipart(
  json: string,
  attachments: { contentType: string; sha2: string; content: Uint8Array }[],
): { contentType: string; body: Uint8Array } {
  const boundary = `xroi-${crypto.randomUUID()}`;
  const chunks: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n`),
    Buffer.from(json, "utf8"),
  ];
  for (const a of attachments) {
    chunks.push(
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Type: ${a.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${a.sha2}\r\n\r\n`,
      ),
      Buffer.from(a.content),
    );
  }
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return {
    contentType: `multipart/mixed; boundary=${boundary}`,
    body: new Uint8Array(Buffer.concat(chunks)),
  };
}
