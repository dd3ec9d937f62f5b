import { buildMultipart } from "../attachments/multipart";
import type { TLrsContext } from "../http/context";
import { httpDate, jsonText } from "../http/responses";
import { parseAcceptLanguage } from "../xapi/languages";
import { activityIdsOf, toCanonicalFormat, toIdsFormat } from "./format";
import type { TStatementFormat } from "./query-params";

type TJson = Record<string, unknown>;

type TRenderOptions = {
  single: boolean;
  format: TStatementFormat;
  withAttachments: boolean;
  more?: string;
  lastModified?: Date;
};

async function canonicalDefinitions(ctx: TLrsContext, statements: TJson[]) {
  const ids = new Set<string>();
  for (const s of statements) activityIdsOf(s, ids);
  const rows = await ctx.settings.sql.query<{ id: string; definition: TJson | null }>(
    "SELECT id, definition FROM lrs_activities WHERE id = ANY($1::text[])",
    [[...ids]],
  );
  return new Map(rows.map((r) => [r.id, r.definition]));
}

async function attachmentParts(ctx: TLrsContext, statements: TJson[]) {
  const shas = new Set<string>();
  for (const s of statements)
    for (const a of (s.attachments as TJson[] | undefined) ?? [])
      shas.add(String(a.sha2).toLowerCase());
  if (shas.size === 0) return [];
  const rows = await ctx.settings.sql.query<{
    sha2: string;
    contentType: string;
    content: Uint8Array;
  }>(
    `SELECT sha2, content_type AS "contentType", content FROM lrs_attachments WHERE sha2 = ANY($1::text[])`,
    [[...shas]],
  );
  return rows;
}

/**
 * The answer to a statements GET. Exact format without attachments, the common case, passes the
 * stored JSON text through untouched; the other formats parse, reshape and serialise.
 */
export async function renderStatements(
  ctx: TLrsContext,
  texts: string[],
  options: TRenderOptions,
): Promise<Response> {
  const headers: Record<string, string> = {};
  let bodyText: string;
  let parsed: TJson[] | undefined;
  if (options.format === "exact" && !options.withAttachments) {
    bodyText = options.single
      ? texts[0]!
      : `{"statements":[${texts.join(",")}],"more":${JSON.stringify(options.more ?? "")}}`;
  } else {
    parsed = texts.map((t) => JSON.parse(t) as TJson);
    let shaped = parsed;
    if (options.format === "ids") shaped = parsed.map(toIdsFormat);
    else if (options.format === "canonical") {
      const definitions = await canonicalDefinitions(ctx, parsed);
      const languages = parseAcceptLanguage(ctx.headers.get("accept-language"));
      shaped = parsed.map((s) => toCanonicalFormat(s, definitions, languages));
    }
    bodyText = JSON.stringify(
      options.single ? shaped[0] : { statements: shaped, more: options.more ?? "" },
    );
  }
  if (options.lastModified) headers["Last-Modified"] = httpDate(options.lastModified);
  else if (texts.length > 0) {
    const newest = texts.reduce((max, t) => {
      const stored = /"stored":\s*"([^"]+)"/.exec(t)?.[1];
      return stored && stored > max ? stored : max;
    }, "");
    if (newest) headers["Last-Modified"] = httpDate(new Date(newest));
  }
  if (!options.withAttachments) return jsonText(bodyText, 200, headers);
  const parts = await attachmentParts(ctx, parsed!);
  const multipart = buildMultipart(bodyText, parts);
  return new Response(Buffer.from(multipart.body), {
    status: 200,
    headers: { ...headers, "Content-Type": multipart.contentType },
  });
}
