import { createHash } from "node:crypto";
import { parseMultipart, multipartBoundary, type TPart } from "../attachments/multipart";
import { checkSignature, SIGNATURE_USAGE } from "../attachments/signature";
import { badRequest } from "../http/errors";
import { describeProblem } from "../xapi/problems";
import type { TXapiVersion } from "../xapi/versions";
import { normalizeStatement, validateStatement } from "../validate";
import type { TAttachmentContent } from "./store";

type TJson = Record<string, unknown>;

export type TReceived = {
  statements: TJson[];
  attachments: TAttachmentContent[];
  isBatch: boolean;
};

const HASHES: Record<number, string> = { 64: "sha256", 96: "sha384", 128: "sha512" };

function hashOf(content: Uint8Array, sha2: string): string | undefined {
  const algorithm = HASHES[sha2.length];
  return algorithm ? createHash(algorithm).update(content).digest("hex") : undefined;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw badRequest(`${what}: must be UTF-8`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`${what}: is not valid JSON (${(error as Error).message})`);
  }
}

/** The JSON part and the attachment parts of a statements request, by its Content-Type. */
function splitBody(
  contentType: string | null,
  body: Uint8Array,
): { json: unknown; parts: TPart[] } {
  const boundary = multipartBoundary(contentType);
  if (boundary) {
    const [first, ...rest] = parseMultipart(body, boundary);
    if (!first) throw badRequest("multipart body: has no parts");
    const type = first.headers.get("content-type") ?? "";
    if (!/^application\/json\b/i.test(type))
      throw badRequest(
        "multipart body: the first part must have Content-Type application/json and hold the statements",
      );
    return { json: parseJson(first.body, "statements part"), parts: rest };
  }
  if (!contentType || !/^application\/json\b/i.test(contentType.trim()))
    throw badRequest("Content-Type: must be application/json or multipart/mixed for statements");
  return { json: parseJson(body, "request body"), parts: [] };
}

/**
 * Reads, validates and normalises the statements of a PUT or POST, and matches their attachments
 * to the multipart parts: every attachment without fileUrl needs a part, every part an
 * attachment, each part's bytes must hash to its X-Experience-API-Hash, and signatures must
 * verify. Any problem refuses the whole request, naming the statement and property.
 */
export function receiveStatements(
  contentType: string | null,
  body: Uint8Array,
  version: TXapiVersion,
  mode: "put" | "post",
): TReceived {
  const { json, parts } = splitBody(contentType, body);
  const isBatch = Array.isArray(json);
  if (mode === "put" && isBatch)
    throw badRequest("request body: PUT takes one statement, not an array");
  const list = isBatch ? (json as unknown[]) : [json];
  if (isBatch && list.length === 0) throw badRequest("statements: the array is empty");
  const statements = list.map((raw, i) => {
    const path = isBatch ? `statements[${i}]` : "";
    const problems = validateStatement(raw, { version, path });
    if (problems.length > 0) throw badRequest(problems.slice(0, 5).map(describeProblem).join("; "));
    return normalizeStatement(raw as TJson, version) as TJson;
  });
  const attachments = matchAttachments(statements, parts, isBatch);
  return { statements, attachments, isBatch };
}

function matchAttachments(
  statements: TJson[],
  parts: TPart[],
  isBatch: boolean,
): TAttachmentContent[] {
  const bySha = new Map<string, TPart>();
  parts.forEach((part, i) => {
    const sha2 = part.headers.get("x-experience-api-hash");
    if (!sha2) throw badRequest(`multipart part ${i + 1}: needs an X-Experience-API-Hash header`);
    if ((part.headers.get("content-transfer-encoding") ?? "").toLowerCase() !== "binary")
      throw badRequest(`multipart part ${i + 1}: needs Content-Transfer-Encoding: binary`);
    if (hashOf(part.body, sha2) !== sha2.toLowerCase())
      throw badRequest(
        `multipart part ${i + 1}: its content does not hash to X-Experience-API-Hash ${sha2}`,
      );
    bySha.set(sha2.toLowerCase(), part);
  });
  const used = new Set<string>();
  const out: TAttachmentContent[] = [];
  statements.forEach((statement, s) => {
    const list = (statement.attachments as TJson[] | undefined) ?? [];
    list.forEach((attachment, a) => {
      const path = `${isBatch ? `statements[${s}].` : ""}attachments[${a}]`;
      const sha2 = String(attachment.sha2).toLowerCase();
      const part = bySha.get(sha2);
      if (attachment.usageType === SIGNATURE_USAGE) {
        if (attachment.contentType !== "application/octet-stream")
          throw badRequest(`${path}.contentType: a signature must be application/octet-stream`);
        if (!part)
          throw badRequest(`${path}: the signature's JWS must be sent as a multipart part`);
        const problem = checkSignature(Buffer.from(part.body).toString("utf8"), statement);
        if (problem) throw badRequest(`${path}: ${problem}`);
      }
      if (!part) {
        if (!attachment.fileUrl)
          throw badRequest(
            `${path}: has no fileUrl, so its content must be sent as a multipart part with X-Experience-API-Hash ${attachment.sha2}`,
          );
        return;
      }
      if (!used.has(sha2)) {
        used.add(sha2);
        out.push({ sha2, contentType: String(attachment.contentType), content: part.body });
      }
    });
  });
  for (const sha2 of bySha.keys())
    if (!used.has(sha2))
      throw badRequest(
        `multipart part with X-Experience-API-Hash ${sha2}: no attachment in the statements has this sha2`,
      );
  return out;
}
