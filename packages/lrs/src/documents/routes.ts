import { createHash } from "node:crypto";
import { requireScope } from "../auth/scopes";
import type { TLrsContext } from "../http/context";
import { badRequest, conflict, notFound, preconditionFailed } from "../http/errors";
import { httpDate, json, noContent } from "../http/responses";
import { parseDocumentParams, type TDocumentKind } from "./params";
import {
  deleteDocuments,
  listDocumentIds,
  readDocument,
  writeDocument,
  type TStoredDocument,
} from "./store";

const isJsonType = (type: string) => /^application\/json\b/i.test(type.trim());
const etagOf = (content: Uint8Array) => `"${createHash("sha1").update(content).digest("hex")}"`;

/** The JSON object a document holds, or undefined when it is not one. */
function jsonObject(content: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(content));
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * RFC 7232 preconditions. If-Match names ETags (or *) the current document must have;
 * If-None-Match: * means it must not exist. A PUT with neither, to a document that exists, is a
 * lost-update risk the LRS refuses with 409 (for profiles in 1.0.3, every document in 2.0).
 */
function checkPreconditions(
  ctx: TLrsContext,
  kind: TDocumentKind,
  existing: TStoredDocument | undefined,
) {
  const ifMatch = ctx.headers.get("if-match");
  const ifNoneMatch = ctx.headers.get("if-none-match");
  if (ifMatch !== null) {
    const tags = ifMatch.split(",").map((t) => t.trim().replace(/^W\//, ""));
    if (!existing || !(tags.includes("*") || tags.includes(existing.etag)))
      throw preconditionFailed(
        `If-Match: the document's current ETag is ${existing ? existing.etag : "none (it does not exist)"}`,
      );
  }
  if (ifNoneMatch !== null && existing) {
    const tags = ifNoneMatch.split(",").map((t) => t.trim().replace(/^W\//, ""));
    if (tags.includes("*") || tags.includes(existing.etag))
      throw preconditionFailed("If-None-Match: the document already exists");
  }
  if (ctx.method !== "PUT" || ifMatch !== null || ifNoneMatch !== null) return;
  const guarded = kind !== "state" || ctx.version === "2.0.0";
  if (guarded && existing)
    throw conflict(
      "the document already exists: send If-Match with its ETag to replace it (or If-None-Match: * to create only), so a concurrent change is not lost",
    );
  // xAPI 1.0.3 asks every profile PUT to say what it expects (If-Match or If-None-Match).
  if (kind !== "state" && ctx.version === "1.0.3")
    throw badRequest(
      "If-Match or If-None-Match: a profile PUT must send one (If-None-Match: * to create)",
    );
}

function documentResponse(doc: TStoredDocument): Response {
  return new Response(Buffer.from(doc.content), {
    status: 200,
    headers: {
      "Content-Type": doc.contentType,
      ETag: doc.etag,
      "Last-Modified": httpDate(doc.updatedAt),
    },
  });
}

function route(kind: TDocumentKind) {
  const scope = kind === "state" ? "state" : "profile";
  return {
    async GET(ctx: TLrsContext): Promise<Response> {
      requireScope(ctx.credential, scope, "GET");
      const { key, since } = parseDocumentParams(kind, ctx.params, "GET", ctx.version);
      if (key.documentId === undefined)
        return json(await listDocumentIds(ctx.settings.sql, key, since));
      const doc = await readDocument(ctx.settings.sql, key);
      if (!doc) throw notFound(`no document ${key.documentId}`);
      return documentResponse(doc);
    },
    async PUT(ctx: TLrsContext): Promise<Response> {
      return write(ctx, kind, "PUT");
    },
    async POST(ctx: TLrsContext): Promise<Response> {
      return write(ctx, kind, "POST");
    },
    async DELETE(ctx: TLrsContext): Promise<Response> {
      requireScope(ctx.credential, scope, "DELETE");
      const { key } = parseDocumentParams(kind, ctx.params, "DELETE", ctx.version);
      await ctx.settings.sql.transaction(async (tx) => {
        if (key.documentId !== undefined)
          checkPreconditions(ctx, kind, await readDocument(tx, key, true));
        await deleteDocuments(tx, key);
      });
      return noContent();
    },
  };
}

/** PUT replaces; POST merges JSON objects one level deep (or stores when there is none yet). */
async function write(
  ctx: TLrsContext,
  kind: TDocumentKind,
  method: "PUT" | "POST",
): Promise<Response> {
  requireScope(ctx.credential, kind === "state" ? "state" : "profile", method);
  const { key } = parseDocumentParams(kind, ctx.params, method, ctx.version);
  const contentType = ctx.headers.get("content-type")?.trim() || "application/octet-stream";
  const incoming = ctx.body;
  if (isJsonType(contentType) && !jsonObject(incoming) && method === "POST")
    throw badRequest(
      "request body: Content-Type is application/json but the body is not a JSON object",
    );
  await ctx.settings.sql.transaction(async (tx) => {
    const existing = await readDocument(tx, key, true);
    checkPreconditions(ctx, kind, existing);
    let content = incoming;
    let type = contentType;
    if (method === "POST" && existing) {
      const before = isJsonType(existing.contentType) ? jsonObject(existing.content) : undefined;
      const after = isJsonType(contentType) ? jsonObject(incoming) : undefined;
      if (!before || !after)
        throw badRequest(
          "POST merges JSON documents: both the stored document and the body must be application/json objects (use PUT to replace)",
        );
      content = new TextEncoder().encode(JSON.stringify({ ...before, ...after }));
      type = "application/json";
    }
    await writeDocument(tx, key, { contentType: type, content, etag: etagOf(content) });
  });
  return noContent();
}

export const stateRoute = route("state");
export const activityProfileRoute = route("activity_profile");
export const agentProfileRoute = route("agent_profile");
