import type { TSqlRunner } from "@xroi/db/sql";

export type TRejection = {
  credentialId?: string;
  method: string;
  path: string;
  status: number;
  message: string;
};

const KEEP = 5000;

/**
 * Keeps the newest refused requests for the admin screen. Written after the answer is decided and
 * never awaited by it: a failure to log must not fail or slow the request.
 */
export function createRejectionLog(sql: TSqlRunner) {
  let sinceTrim = 0;
  return {
    record(r: TRejection): void {
      void (async () => {
        await sql.query(
          `INSERT INTO lrs_rejections (credential_id, method, path, status, message) VALUES ($1::uuid, $2, $3, $4, $5)`,
          [
            r.credentialId ?? null,
            r.method,
            r.path.slice(0, 2000),
            r.status,
            r.message.slice(0, 2000),
          ],
        );
        if (++sinceTrim >= 200) {
          sinceTrim = 0;
          await sql.query(
            `DELETE FROM lrs_rejections WHERE id <= (SELECT max(id) - ${KEEP} FROM lrs_rejections)`,
          );
        }
      })().catch((error: unknown) => console.error("[lrs] could not record a rejection:", error));
    },
  };
}
