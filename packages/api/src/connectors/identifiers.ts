import { DomainError, peopleImport } from "@xroi/core";
import type { TDatabase } from "@xroi/db";
import { createAuthenticator, LrsError, verifyCredential, type TCredential } from "@xroi/lrs";
import {
  describeZodError,
  fieldErrorsFrom,
  ZUpsertBatchSchema,
  type TImportReport,
} from "@xroi/validators";

/** Where connectors (a CRM sync, an HR feed) send ID mappings. docs/identity-import.md. */
export const CONNECTOR_IDENTIFIERS_PATH = "/api/connectors/identifiers";
/** The credential scope it needs; `all` (an xAPI scope) does not grant it. */
export const IDENTIFIERS_SCOPE = "identifiers/write";
/** 5,000 rows of a few IDs each fit in well under this. */
export const MAX_CONNECTOR_BODY_BYTES = 8 * 1024 * 1024;

type TDb = Pick<TDatabase, "prisma" | "sql">;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });

const refuse = (status: number, error: string, headers: Record<string, string> = {}) =>
  json(status, { error }, headers);

/**
 * POST a batch of rows (`identityImport.upsertBatch`'s input) with HTTP Basic credentials from
 * the LRS credentials screen holding the `identifiers/write` scope. `?dryRun=true` reports
 * without writing. All or nothing: 200 with the report when applied (or a clean dry run), 422
 * with every problem by row when any row has one and nothing was written. Credentials are checked
 * on every request (no cache), so revoking one stops its connector at once.
 */
export function createIdentifiersConnector({ db }: { db: TDb }) {
  const authenticate = createAuthenticator(
    (key, secret) => verifyCredential(db.sql, key, secret),
    0,
  );
  return async function handle(req: Request): Promise<Response> {
    try {
      if (req.method !== "POST")
        return refuse(405, `method: ${req.method} is not allowed; send the rows with POST`, {
          Allow: "POST",
        });
      const credential = await authenticate(req.headers.get("authorization"));
      if (!credential.scopes.includes(IDENTIFIERS_SCOPE))
        return refuse(
          403,
          `this credential may not send ID mappings; it needs the scope ${IDENTIFIERS_SCOPE}`,
        );
      if (!/^application\/json\b/i.test(req.headers.get("content-type") ?? ""))
        return refuse(415, "content-type: must be application/json");
      const text = await readLimited(req, MAX_CONNECTOR_BODY_BYTES);
      if (text === undefined)
        return refuse(413, `body: must be at most ${MAX_CONNECTOR_BODY_BYTES / 1024 / 1024} MB`);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return refuse(400, "body: is not valid JSON");
      }
      const parsed = ZUpsertBatchSchema.safeParse(withLabel(body, credential));
      if (!parsed.success)
        return json(400, {
          error: describeZodError(parsed.error),
          fields: fieldErrorsFrom(parsed.error),
        });
      const dryRun = /^(1|true)$/i.test(new URL(req.url).searchParams.get("dryRun") ?? "");
      const report: TImportReport = dryRun
        ? await peopleImport.dryRunBatch(db.prisma, parsed.data)
        : await peopleImport.upsertBatch(
            db.prisma,
            { id: `credential:${credential.key}` },
            parsed.data,
          );
      const clean = report.problemCount === 0 && report.fileErrors.length === 0;
      return json(clean ? 200 : 422, report);
    } catch (error) {
      if (error instanceof LrsError) return refuse(error.status, error.message, error.headers);
      if (error instanceof DomainError)
        return refuse(400, error.field ? `${error.field}: ${error.message}` : error.message);
      console.error("[connectors] identifiers batch failed:", error);
      return refuse(500, "the server could not take the batch; nothing was written");
    }
  };
}

/** The batch names itself after the credential in the import history unless it says otherwise. */
function withLabel(body: unknown, credential: TCredential): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body) || "label" in body)
    return body;
  return { ...body, label: credential.name };
}

/** The body as text, or undefined when it is larger than `max` bytes (read no further). */
async function readLimited(req: Request, max: number): Promise<string | undefined> {
  if (Number(req.headers.get("content-length") ?? 0) > max) return undefined;
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
