import type { Prisma } from "@xroi/db";
import type { TDb, TTransactionOptions } from "../db";
import { DomainError } from "../errors";
import { resolveStoredActors } from "../identity/resolve-actors";
import { sqlOf } from "../quality/sql";

/** Merges, splits and re-resolution touch a few thousand rows at most; allow for a busy server. */
export const TX_OPTIONS: TTransactionOptions = { maxWait: 10_000, timeout: 120_000 };

/** An identifier as the People screens show it (no match key or hash). */
export const identifierOut = (i: Prisma.PersonIdentifierGetPayload<object>) => ({
  id: i.id,
  system: i.system,
  kind: i.kind,
  value: i.value,
  verified: i.verified,
  firstSeen: i.firstSeen,
  lastSeen: i.lastSeen,
  source: i.source,
});

/** "crm contact_id C-1001": how an identifier is named in messages. */
export const describeIdentifier = (i: { system: string; kind: string; value: string }) =>
  `${i.system} ${i.kind} ${i.value}`;

export async function personOrThrow(db: TDb, id: string, field = "id") {
  const person = await db.person.findUnique({ where: { id } });
  if (!person) throw new DomainError("NOT_FOUND", "No person with this id.", field);
  return person;
}

/** A person who can take part in a merge, split or edit: not merged away. */
export async function activePersonOrThrow(db: TDb, id: string, field = "id") {
  const person = await personOrThrow(db, id, field);
  if (person.status === "merged")
    throw new DomainError(
      "CONFLICT",
      `${person.displayName} was merged into another person; open that person instead.`,
      field,
    );
  return person;
}

/** Row locks in id order, so two merges of the same people wait rather than deadlock. */
export async function lockPeople(tx: Prisma.TransactionClient, ids: string[]) {
  await tx.$queryRawUnsafe(
    `SELECT id FROM people WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [...new Set(ids)],
  );
}

/**
 * Re-resolves the xAPI actors these people hold and every unresolved one, inside the caller's
 * transaction, so a mapping change and what it means for past statements land together.
 */
export async function reresolve(tx: Prisma.TransactionClient, personIds: string[]) {
  return resolveStoredActors(sqlOf(tx), { scope: "unresolved", personIds });
}
