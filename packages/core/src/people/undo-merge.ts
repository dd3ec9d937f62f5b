import type { Prisma } from "@xroi/db";
import { ZMergeRefSchema } from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import type { TMoved } from "./merge";
import { describeIdentifier, lockPeople, reresolve, TX_OPTIONS } from "./shared";

type TMergeRow = Prisma.PersonMergeGetPayload<object>;

/**
 * Why a merge cannot be undone now, or null. Undo puts back exactly what moved, so it is refused
 * when that is no longer there to put back: an identifier that moved was since removed or moved
 * on (a split, a later merge), a dropped one's value is now held by someone, or either person was
 * merged again since.
 */
export async function undoBlocker(db: TDb, merge: TMergeRow): Promise<string | null> {
  if (merge.undoneAt) return "This merge was already undone.";
  const moved = merge.moved as TMoved;
  const [survivor, merged] = await Promise.all([
    db.person.findUnique({ where: { id: merge.survivorId } }),
    db.person.findUnique({ where: { id: merge.mergedId } }),
  ]);
  if (!survivor || !merged) return "One of the two people no longer exists.";
  if (survivor.status === "merged")
    return `${survivor.displayName} was since merged into another person; undo that merge first.`;
  if (merged.status !== "merged" || merged.mergedIntoId !== survivor.id)
    return `${merged.displayName} is no longer merged into ${survivor.displayName}.`;
  const now = await db.personIdentifier.findMany({
    where: { id: { in: moved.identifiers } },
    include: { person: { select: { displayName: true } } },
  });
  const byId = new Map(now.map((i) => [i.id, i]));
  for (const id of moved.identifiers) {
    const i = byId.get(id);
    if (!i) return "An identifier that moved in this merge was since removed.";
    if (i.personId !== survivor.id)
      return `${describeIdentifier(i)} now belongs to ${i.person.displayName}.`;
  }
  for (const r of moved.removed) {
    const holder = await db.personIdentifier.findUnique({
      where: { system_kind_matchKey: { system: r.system, kind: r.kind, matchKey: r.matchKey } },
      include: { person: { select: { displayName: true } } },
    });
    if (holder) return `${describeIdentifier(r)} is now held by ${holder.person.displayName}.`;
  }
  return null;
}

/** Undoes a merge exactly: identifiers, dropped identifiers, actors and the person come back. */
export async function undoMerge(db: TDb, actor: TActor, raw: z.input<typeof ZMergeRefSchema>) {
  const input = ZMergeRefSchema.parse(raw);
  return inTransaction(
    db,
    async (tx) => {
      const found = await tx.personMerge.findUnique({ where: { id: input.mergeId } });
      if (!found) throw new DomainError("NOT_FOUND", "No merge with this id.", "mergeId");
      await lockPeople(tx, [found.survivorId, found.mergedId]);
      const merge = await tx.personMerge.findUniqueOrThrow({ where: { id: found.id } });
      const blocker = await undoBlocker(tx, merge);
      if (blocker) throw new DomainError("CONFLICT", `This merge cannot be undone: ${blocker}`);
      const moved = merge.moved as TMoved;
      await tx.personIdentifier.updateMany({
        where: { id: { in: moved.identifiers } },
        data: { personId: merge.mergedId },
      });
      if (moved.removed.length > 0)
        await tx.personIdentifier.createMany({
          data: moved.removed.map((r) => ({
            ...r,
            firstSeen: new Date(r.firstSeen),
            lastSeen: new Date(r.lastSeen),
          })),
        });
      // Actors still on the survivor go back; any the rules moved since, re-resolving decides.
      const actors = await tx.lrsActor.updateMany({
        where: { actorIfi: { in: moved.actors }, personId: merge.survivorId },
        data: { personId: merge.mergedId, resolvedAt: new Date() },
      });
      await tx.person.update({
        where: { id: merge.mergedId },
        data: { status: "active", mergedIntoId: null, ...moved.person },
      });
      await tx.matchCandidate.updateMany({
        where: { id: { in: moved.candidates }, status: "merged" },
        data: { status: "open", decidedBy: null, decidedAt: null },
      });
      await tx.personMerge.update({ where: { id: merge.id }, data: { undoneAt: new Date() } });
      await recordAudit(tx, {
        actor,
        action: "people.merge.undo",
        entityType: "person",
        entityId: merge.survivorId,
        before: { mergeId: merge.id },
        after: {
          restored: merge.mergedId,
          identifiers: moved.identifiers.length + moved.removed.length,
        },
      });
      await recordAudit(tx, {
        actor,
        action: "people.merge.undone",
        entityType: "person",
        entityId: merge.mergedId,
        after: { mergeId: merge.id, survivor: merge.survivorId },
      });
      await reresolve(tx, [merge.survivorId, merge.mergedId]);
      return {
        mergeId: merge.id,
        restoredPersonId: merge.mergedId,
        identifiersRestored: moved.identifiers.length + moved.removed.length,
        actorsRestored: actors.count,
      };
    },
    TX_OPTIONS,
  );
}
