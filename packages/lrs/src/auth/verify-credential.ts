import type { TSqlRunner } from "@xroi/db/sql";
import { secretMatches } from "@xroi/db/sql";
import type { TLrsScope } from "@xroi/validators";
import type { TCredential } from "../http/context";

type TRow = TCredential & { secretHash: string; revoked: boolean; stale: boolean };

/**
 * The credential a key and secret belong to, or undefined (unknown key, wrong secret, revoked).
 * Notes when it was last used, at most once a minute, without making the request wait.
 */
export async function verifyCredential(
  sql: TSqlRunner,
  key: string,
  secret: string,
): Promise<TCredential | undefined> {
  const rows = await sql.query<TRow>(
    `SELECT id::text, key, name, scopes, xapi_version AS "xapiVersion", secret_hash AS "secretHash",
            revoked_at IS NOT NULL AS revoked,
            coalesce(last_used_at < now() - interval '1 minute', true) AS stale
       FROM lrs_credentials WHERE key = $1`,
    [key],
  );
  const row = rows[0];
  if (!row || row.revoked || !secretMatches(secret, row.secretHash)) return undefined;
  if (row.stale)
    void sql
      .query("UPDATE lrs_credentials SET last_used_at = now() WHERE id = $1::uuid", [row.id])
      .catch((error: unknown) => console.error("[lrs] could not note a credential's use:", error));
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    scopes: row.scopes as TLrsScope[],
    xapiVersion: row.xapiVersion,
  };
}
