import { randomUUID } from "node:crypto";
import { canDefine, requireScope, statementReadScope } from "../auth/scopes";
import type { TLrsContext } from "../http/context";
import { badRequest, notFound } from "../http/errors";
import { rejectUnknownParams, requireParam } from "../http/params";
import { json, noContent } from "../http/responses";
import { agentFromIfi } from "../xapi/ifi";
import { isUuid } from "../validate";
import { renderStatements } from "./render";
import { attachmentsParam, formatParam, parseStatementQuery, QUERY_PARAMS } from "./query-params";
import { decodeMore, encodeMore } from "./more";
import { consistentThrough } from "./clock";
import { getStatement, queryStatements } from "./query";
import { receiveStatements } from "./receive";
import { storeStatements } from "./store";

type TJson = Record<string, unknown>;

/** The authority the LRS records for statements a credential writes. */
function authorityOf(ctx: TLrsContext): TJson {
  return {
    objectType: "Agent",
    name: ctx.credential.name,
    ...agentFromIfi(`account:${ctx.settings.publicUrl} ${ctx.credential.key}`),
  };
}

/** Statements keep what was sent, plus the id, authority and version the LRS sets. */
function stamp(ctx: TLrsContext, statement: TJson, id: string): TJson {
  return {
    ...statement,
    id,
    authority: authorityOf(ctx),
    version:
      typeof statement.version === "string"
        ? statement.version
        : ctx.version === "2.0.0"
          ? "2.0.0"
          : "1.0.0",
  };
}

async function store(
  ctx: TLrsContext,
  statements: TJson[],
  attachments: Parameters<typeof storeStatements>[2]["attachments"],
) {
  return storeStatements(ctx.settings.sql, statements, {
    credentialId: ctx.credential.id,
    version: ctx.version,
    hooks: ctx.settings.hooks,
    canDefine: canDefine(ctx.credential),
    attachments,
    activityCache: ctx.settings.activityCache,
  });
}

export async function putStatement(ctx: TLrsContext): Promise<Response> {
  requireScope(ctx.credential, "statements", "PUT");
  rejectUnknownParams(ctx.params, ["statementId"]);
  const statementId = requireParam(ctx.params, "statementId");
  if (!isUuid(statementId)) throw badRequest("statementId: must be a UUID");
  const received = receiveStatements(ctx.headers.get("content-type"), ctx.body, ctx.version, "put");
  const statement = received.statements[0]!;
  if (typeof statement.id === "string" && statement.id.toLowerCase() !== statementId.toLowerCase())
    throw badRequest(`id: ${statement.id} differs from the statementId parameter ${statementId}`);
  await store(ctx, [stamp(ctx, statement, statementId)], received.attachments);
  return noContent();
}

export async function postStatements(ctx: TLrsContext): Promise<Response> {
  requireScope(ctx.credential, "statements", "POST");
  rejectUnknownParams(ctx.params, []);
  const received = receiveStatements(
    ctx.headers.get("content-type"),
    ctx.body,
    ctx.version,
    "post",
  );
  const seen = new Map<string, number>();
  const stamped = received.statements.map((statement, i) => {
    const id = typeof statement.id === "string" ? statement.id.toLowerCase() : randomUUID();
    const earlier = seen.get(id);
    if (earlier !== undefined)
      throw badRequest(
        `statements[${i}].id: ${id} is also the id of statements[${earlier}]; ids in a batch must differ`,
      );
    seen.set(id, i);
    return stamp(ctx, statement, typeof statement.id === "string" ? statement.id : id);
  });
  const ids = await store(ctx, stamped, received.attachments);
  return json(ids);
}

const SINGLE_PARAMS = ["statementId", "voidedStatementId", "format", "attachments"];

/** GET /statements: one statement by id, the next page of a query (`more`), or a new query. */
export async function getStatements(ctx: TLrsContext): Promise<Response> {
  requireScope(ctx.credential, "statements", "GET");
  const scope = { onlyCredentialId: statementReadScope(ctx.credential) };
  const p = ctx.params;
  const single = p.get("statementId") ?? p.get("voidedStatementId");
  if (p.has("statementId") || p.has("voidedStatementId")) {
    if (p.has("statementId") && p.has("voidedStatementId"))
      throw badRequest("statementId and voidedStatementId: give one, not both");
    rejectUnknownParams(p, SINGLE_PARAMS);
    const name = p.has("statementId") ? "statementId" : "voidedStatementId";
    if (!isUuid(single!)) throw badRequest(`${name}: must be a UUID`);
    const format = formatParam(p);
    const withAttachments = attachmentsParam(p);
    const found = await getStatement(
      ctx.settings.sql,
      single!.toLowerCase(),
      name === "voidedStatementId",
      scope,
    );
    if (!found)
      throw notFound(
        `no ${name === "voidedStatementId" ? "voided " : ""}statement with id ${single}`,
      );
    return renderStatements(ctx, [found.statement], {
      single: true,
      format,
      withAttachments,
      lastModified: found.stored,
    });
  }
  let query;
  let cursor: string | undefined;
  if (p.has("more")) {
    rejectUnknownParams(p, ["more"]);
    ({ query, cursor } = decodeMore(p.get("more")!, ctx.version));
  } else {
    rejectUnknownParams(p, QUERY_PARAMS);
    query = parseStatementQuery(p, ctx.version);
  }
  const through = await consistentThrough(ctx.settings.sql);
  const page = await queryStatements(ctx.settings.sql, query, scope, cursor);
  const more = page.next
    ? `${ctx.settings.basePath}/statements?more=${encodeMore(query, page.next)}`
    : "";
  const response = await renderStatements(ctx, page.statements, {
    single: false,
    format: query.format,
    withAttachments: query.attachments,
    more,
  });
  response.headers.set("X-Experience-API-Consistent-Through", through);
  return response;
}
