import { lrs } from "@xroi/core";
import { openConfiguredSqlDatabase, serverEnv } from "@xroi/db/sql";
import { LRS_SCOPES } from "@xroi/validators";
import type { TOutput } from "../output";
import { withDatabase } from "./db";

/** Creates an LRS credential and prints its key and secret; the secret is never shown again. */
export async function lrsCredentialCreate(
  out: TOutput,
  options: { name: string; scopes: string[]; xapiVersion: string },
): Promise<void> {
  const created = await withDatabase((db) =>
    lrs.createCredential(db.prisma, null, {
      name: options.name,
      scopes: options.scopes as never,
      xapiVersion: options.xapiVersion as never,
    }),
  );
  out.log(
    `Created LRS credential "${created.name}" (${created.scopes.join(", ")}; xAPI ${created.xapiVersion}).`,
  );
  out.log(`Key:    ${created.key}`);
  out.log(`Secret: ${created.secret}`);
  out.log("The secret is shown once; store it in the learning tool now.");
}

export async function lrsCredentialList(out: TOutput): Promise<void> {
  const list = await withDatabase((db) => lrs.listCredentials(db.prisma));
  if (list.length === 0) {
    out.log("No LRS credentials yet. Create one with: xroi lrs credential create --name <name>");
    return;
  }
  for (const c of list) {
    const state = c.revokedAt ? `revoked ${c.revokedAt.toISOString()}` : "active";
    const used = c.lastUsedAt ? `last used ${c.lastUsedAt.toISOString()}` : "never used";
    out.log(`${c.key}  ${c.name}  [${c.scopes.join(", ")}]  ${state}, ${used}`);
  }
}

export async function lrsCredentialRevoke(out: TOutput, idOrKey: string): Promise<void> {
  const revoked = await withDatabase((db) => lrs.revokeCredential(db.prisma, null, idOrKey));
  out.log(`Revoked ${revoked.key} (${revoked.name}). Clients using it are refused within seconds.`);
}

/** Serves the LRS alone on a port (no web app), e.g. for a conformance run or a load test. */
export async function lrsServe(
  out: TOutput,
  options: { port: number; host: string },
): Promise<void> {
  const { createLrsHandler, serveFetchHandler } = await import("@xroi/lrs");
  const db = await openConfiguredSqlDatabase();
  const { identityIngestHooks } = await import("@xroi/core/ingest");
  const handler = createLrsHandler({
    db,
    maxBodyBytes: serverEnv().XROI_LRS_MAX_BODY_BYTES,
    hooks: identityIngestHooks(),
  });
  const server = await serveFetchHandler(handler, options);
  out.log(`xroi LRS at http://${options.host}:${options.port}/xapi  (database: ${db.location})`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await db.close();
}

export const SCOPE_HELP = `scopes, comma-separated: ${LRS_SCOPES.join(", ")}`;
