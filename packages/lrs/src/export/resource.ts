import Papa from "papaparse";
import { requireScope, statementReadScope } from "../auth/scopes";
import type { TLrsContext } from "../http/context";
import { badRequest } from "../http/errors";
import { parseTimestampParam, rejectUnknownParams } from "../http/params";
import { parseStatementQuery } from "../statements/query-params";
import { queryStatements } from "../statements/query";
import { CSV_COLUMNS } from "./csv-columns";

const PAGE = 2000;
const EXPORT_PARAMS = [
  "since",
  "until",
  "cursor",
  "format",
  "agent",
  "verb",
  "activity",
  "registration",
  "related_agents",
  "related_activities",
];

/**
 * GET /xapi/export: every matching statement, oldest first, as NDJSON (the stored JSON, one per
 * line) or CSV (docs/lrs.md). Streamed page by page through the same indexed queries as the
 * statements resource, so memory stays flat however much is exported. To resume after a broken
 * transfer, pass cursor=<stored of the last statement received>: `stored` is unique and only
 * grows, so nothing is skipped or repeated.
 */
export async function getExport(ctx: TLrsContext): Promise<Response> {
  requireScope(ctx.credential, "export", "GET");
  rejectUnknownParams(ctx.params, EXPORT_PARAMS);
  const format = ctx.params.get("format") ?? "ndjson";
  if (format !== "ndjson" && format !== "csv") throw badRequest("format: must be ndjson or csv");
  const queryParams = new URLSearchParams(ctx.params);
  for (const name of ["cursor", "format"]) queryParams.delete(name);
  const query = { ...parseStatementQuery(queryParams, ctx.version), ascending: true, limit: PAGE };
  const cursorText = ctx.params.get("cursor");
  let cursor =
    cursorText === null ? undefined : parseTimestampParam(cursorText, "cursor", ctx.version);
  // Microsecond precision matters here: `stored` steps by one microsecond.
  if (cursorText && /\.\d{6}Z$/.test(cursorText)) cursor = cursorText;
  const scope = { onlyCredentialId: statementReadScope(ctx.credential) };
  const sql = ctx.settings.sql;
  const encoder = new TextEncoder();
  let first = true;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const page = await queryStatements(sql, query, scope, cursor);
          if (page.statements.length > 0) {
            controller.enqueue(
              encoder.encode(
                format === "ndjson"
                  ? `${page.statements.join("\n")}\n`
                  : csvPage(page.statements, first),
              ),
            );
            first = false;
          } else if (first && format === "csv") {
            controller.enqueue(
              encoder.encode(`${CSV_COLUMNS.map(([name]) => name).join(",")}\r\n`),
            );
          }
          if (!page.next) controller.close();
          else cursor = page.next;
        } catch (error) {
          console.error("[lrs] export failed mid-stream:", error);
          controller.error(error);
        }
      },
    },
    { highWaterMark: 1 },
  );
  const name = `xapi-statements.${format === "ndjson" ? "ndjson" : "csv"}`;
  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type":
        format === "ndjson" ? "application/x-ndjson; charset=utf-8" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}

function csvPage(texts: string[], withHeader: boolean): string {
  const rows = texts.map((t) => {
    const s = JSON.parse(t) as Record<string, unknown>;
    return CSV_COLUMNS.map(([, cell]) => cell(s));
  });
  const body = Papa.unparse(
    { fields: CSV_COLUMNS.map(([name]) => name), data: rows },
    { header: withHeader, newline: "\r\n", escapeFormulae: true },
  );
  return `${body}\r\n`;
}
