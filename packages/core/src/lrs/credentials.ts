import { randomBytes } from "node:crypto";
import { hashSecret, secretMatches } from "@xroi/db";
import {
  ZLrsCredentialCreateSchema,
  type TLrsCredential,
  type TLrsCredentialCreateInput,
  type TLrsCredentialOption,
  type TLrsScope,
} from "@xroi/validators";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";

const CREDENTIAL_FIELDS = {
  id: true,
  name: true,
  key: true,
  scopes: true,
  xapiVersion: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** A new key (the Basic-auth user name) and secret; the secret is returned once and never stored. */
export async function createCredential(
  db: TDb,
  actor: TActor,
  raw: TLrsCredentialCreateInput,
): Promise<TLrsCredential & { secret: string }> {
  const input = ZLrsCredentialCreateSchema.parse(raw);
  const key = `xroi_${randomBytes(10).toString("hex")}`;
  const secret = randomBytes(32).toString("base64url");
  return inTransaction(db, async (tx) => {
    const row = await tx.lrsCredential.create({
      data: {
        name: input.name,
        key,
        secretHash: hashSecret(secret),
        scopes: input.scopes,
        xapiVersion: input.xapiVersion,
        createdById: actor?.id ?? null,
      },
      select: CREDENTIAL_FIELDS,
    });
    await recordAudit(tx, {
      actor,
      action: "lrs_credential.create",
      entityType: "lrs_credential",
      entityId: row.id,
      after: row,
    });
    return { ...row, secret };
  });
}

/**
 * Every credential, active ones first. `lastUsedAt` is the later of the column and the newest
 * statement the credential stored (the LRS does not write the column yet; the statement is one
 * backward step in the (credential_id, stored) index).
 */
export async function listCredentials(db: TDb): Promise<TLrsCredential[]> {
  const rows = await db.lrsCredential.findMany({
    select: CREDENTIAL_FIELDS,
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  const lastStored = await db.$queryRaw<{ id: string; last: Date | null }[]>`
    SELECT c.id::text AS id,
           (SELECT max(s.stored) FROM lrs_statements s WHERE s.credential_id = c.id) AS last
      FROM lrs_credentials c`;
  const last = new Map(lastStored.map((r) => [r.id, r.last ? new Date(r.last) : null]));
  return rows.map((row) => {
    const stored = last.get(row.id) ?? null;
    const lastUsedAt =
      stored && (!row.lastUsedAt || stored > row.lastUsedAt) ? stored : row.lastUsedAt;
    return { ...row, lastUsedAt };
  });
}

/** Names to filter and label by, for people who may not see keys and scopes (analysts). */
export async function listCredentialOptions(db: TDb): Promise<TLrsCredentialOption[]> {
  const rows = await db.lrsCredential.findMany({
    select: { id: true, name: true, revokedAt: true },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, name: r.name, isRevoked: r.revokedAt !== null }));
}

/** Revokes by id or key. Revoked credentials stay listed (their statements keep pointing at them). */
export async function revokeCredential(
  db: TDb,
  actor: TActor,
  idOrKey: string,
): Promise<TLrsCredential> {
  return inTransaction(db, async (tx) => {
    const isUuid = /^[0-9a-f-]{36}$/i.test(idOrKey);
    const before = await tx.lrsCredential.findFirst({
      where: isUuid ? { id: idOrKey } : { key: idOrKey },
      select: CREDENTIAL_FIELDS,
    });
    if (!before) throw new DomainError("NOT_FOUND", `no credential ${idOrKey}`, "id");
    if (before.revokedAt) return before;
    const after = await tx.lrsCredential.update({
      where: { id: before.id },
      data: { revokedAt: new Date() },
      select: CREDENTIAL_FIELDS,
    });
    await recordAudit(tx, {
      actor,
      action: "lrs_credential.revoke",
      entityType: "lrs_credential",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}

export type TVerifiedCredential = {
  id: string;
  key: string;
  name: string;
  scopes: TLrsScope[];
  xapiVersion: string;
};

/** The credential a key and secret belong to, or undefined (unknown key, wrong secret, revoked). */
export async function verifyCredential(
  db: TDb,
  key: string,
  secret: string,
): Promise<TVerifiedCredential | undefined> {
  const row = await db.lrsCredential.findUnique({
    where: { key },
    select: {
      id: true,
      key: true,
      name: true,
      scopes: true,
      xapiVersion: true,
      secretHash: true,
      revokedAt: true,
    },
  });
  if (!row || row.revokedAt || !secretMatches(secret, row.secretHash)) return undefined;
  const { secretHash: _hash, revokedAt: _revoked, ...credential } = row;
  return { ...credential, scopes: row.scopes as TLrsScope[] };
}
