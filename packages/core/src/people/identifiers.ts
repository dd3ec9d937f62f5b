import {
  ZIdentifierAddSchema,
  ZIdentifierRefSchema,
  ZIdentifierVerifySchema,
  type TIdentifierAddInput,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { emailSha1, isEmailKind, matchKeyOf } from "../identity/normalize";
import { readIdentitySettings } from "../identity/settings";
import { sqlOf } from "../quality/sql";
import {
  activePersonOrThrow,
  describeIdentifier,
  lockPeople,
  reresolve,
  TX_OPTIONS,
} from "./shared";

/**
 * Adds an identifier by hand. A value belongs to one person per system and kind (compared
 * normalised), so one already held is refused naming who holds it. Actors re-resolve after, so
 * past statements from a matching actor now count for this person.
 */
export async function addIdentifier(db: TDb, actor: TActor, raw: TIdentifierAddInput) {
  const input = ZIdentifierAddSchema.parse(raw);
  return inTransaction(
    db,
    async (tx) => {
      // Locked first: a merge of this person waits for us, or we see it merged and refuse.
      await lockPeople(tx, [input.personId]);
      const person = await activePersonOrThrow(tx, input.personId, "personId");
      const settings = await readIdentitySettings(sqlOf(tx));
      const matchKey = matchKeyOf(input.kind, input.value, settings);
      if (matchKey === "") throw new DomainError("BAD_REQUEST", "value: is required", "value");
      const holder = await tx.personIdentifier.findUnique({
        where: { system_kind_matchKey: { system: input.system, kind: input.kind, matchKey } },
        include: { person: { select: { displayName: true } } },
      });
      if (holder)
        throw new DomainError(
          "CONFLICT",
          holder.personId === person.id
            ? `${person.displayName} already has ${describeIdentifier(holder)}.`
            : `${describeIdentifier(holder)} already belongs to ${holder.person.displayName}; merge the two people if they are one.`,
          "value",
        );
      const created = await tx.personIdentifier.create({
        data: {
          personId: person.id,
          system: input.system,
          kind: input.kind,
          value: input.value,
          matchKey,
          emailSha1: isEmailKind(input.kind) ? emailSha1(matchKey) : null,
          verified: input.verified,
          source: "manual",
        },
      });
      await recordAudit(tx, {
        actor,
        action: "people.identifier.add",
        entityType: "person",
        entityId: person.id,
        after: { id: created.id, system: created.system, kind: created.kind, value: created.value },
      });
      // Actors another person held through this e-mail in another system may now be ambiguous.
      const sharing = isEmailKind(input.kind)
        ? await tx.personIdentifier.findMany({
            where: { matchKey, kind: { in: ["email", "mbox"] } },
            select: { personId: true },
          })
        : [];
      const resolved = await reresolve(tx, [person.id, ...sharing.map((s) => s.personId)]);
      return { id: created.id, changedActors: resolved.changed };
    },
    TX_OPTIONS,
  );
}

async function identifierOrThrow(db: TDb, id: string) {
  const found = await db.personIdentifier.findUnique({ where: { id } });
  if (!found) throw new DomainError("NOT_FOUND", "No identifier with this id.", "id");
  return found;
}

/** Removes an identifier; actors it resolved re-resolve (and may become unmapped). Audited. */
export async function removeIdentifier(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZIdentifierRefSchema>,
) {
  const input = ZIdentifierRefSchema.parse(raw);
  return inTransaction(
    db,
    async (tx) => {
      // Lock its person, then read it again: a merge may have moved it meanwhile.
      await lockPeople(tx, [(await identifierOrThrow(tx, input.id)).personId]);
      const found = await identifierOrThrow(tx, input.id);
      await tx.personIdentifier.delete({ where: { id: found.id } });
      await recordAudit(tx, {
        actor,
        action: "people.identifier.remove",
        entityType: "person",
        entityId: found.personId,
        before: found,
      });
      const resolved = await reresolve(tx, [found.personId]);
      return { id: found.id, changedActors: resolved.changed };
    },
    TX_OPTIONS,
  );
}

/** Marks an identifier verified (someone checked it) or not. */
export async function verifyIdentifier(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZIdentifierVerifySchema>,
) {
  const input = ZIdentifierVerifySchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const found = await identifierOrThrow(tx, input.id);
    await tx.personIdentifier.update({
      where: { id: found.id },
      data: { verified: input.verified },
    });
    await recordAudit(tx, {
      actor,
      action: "people.identifier.verify",
      entityType: "person",
      entityId: found.personId,
      before: { id: found.id, verified: found.verified },
      after: { id: found.id, verified: input.verified },
    });
    return { id: found.id, verified: input.verified };
  });
}
