import { nameKey } from "../identity/normalize";
import { ZSplitInputSchema, type TSplitInput } from "@xroi/validators";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { activePersonOrThrow, lockPeople, reresolve, TX_OPTIONS } from "./shared";

/**
 * Splits a person: the chosen identifiers move to a new person (same organisation and team), and
 * the xAPI actors those identifiers resolve follow them when actors re-resolve, in the same
 * transaction. At least one identifier stays, or it would be a rename. Audited with what moved.
 */
export async function splitPerson(db: TDb, actor: TActor, raw: TSplitInput) {
  const input = ZSplitInputSchema.parse(raw);
  return inTransaction(
    db,
    async (tx) => {
      await lockPeople(tx, [input.personId]);
      const person = await activePersonOrThrow(tx, input.personId, "personId");
      const held = await tx.personIdentifier.findMany({ where: { personId: person.id } });
      const heldIds = new Set(held.map((i) => i.id));
      const chosen = [...new Set(input.identifierIds)];
      if (chosen.some((id) => !heldIds.has(id)))
        throw new DomainError(
          "BAD_REQUEST",
          `Every identifier to move must belong to ${person.displayName}.`,
          "identifierIds",
        );
      if (chosen.length === held.length)
        throw new DomainError(
          "BAD_REQUEST",
          "Leave at least one identifier with the person; to rename them, edit the name instead.",
          "identifierIds",
        );
      const created = await tx.person.create({
        data: {
          displayName: input.displayName,
          nameKey: nameKey(input.displayName),
          organizationId: person.organizationId,
          teamId: person.teamId,
        },
      });
      await tx.personIdentifier.updateMany({
        where: { id: { in: chosen } },
        data: { personId: created.id },
      });
      const before = await tx.lrsActor.findMany({
        where: { personId: person.id },
        select: { actorIfi: true },
      });
      await reresolve(tx, [person.id]);
      const moved = await tx.lrsActor.findMany({
        where: { personId: created.id, actorIfi: { in: before.map((a) => a.actorIfi) } },
        select: { actorIfi: true },
      });
      await recordAudit(tx, {
        actor,
        action: "people.split",
        entityType: "person",
        entityId: person.id,
        before: { identifiers: held.map((i) => i.id) },
        after: {
          newPersonId: created.id,
          displayName: created.displayName,
          identifiers: chosen,
          actors: moved.map((a) => a.actorIfi),
        },
      });
      await recordAudit(tx, {
        actor,
        action: "people.split.from",
        entityType: "person",
        entityId: created.id,
        after: {
          fromPersonId: person.id,
          fromName: person.displayName,
          identifiers: chosen.length,
        },
      });
      return {
        newPersonId: created.id,
        identifiersMoved: chosen.length,
        actorsMoved: moved.length,
      };
    },
    TX_OPTIONS,
  );
}
