import type { Prisma } from "@xroi/db";
import {
  ZMergeInputSchema,
  ZMergePreviewInputSchema,
  type TMergeClash,
  type TMergeInput,
  type TMergePreview,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import {
  activePersonOrThrow,
  describeIdentifier,
  identifierOut,
  lockPeople,
  reresolve,
  TX_OPTIONS,
} from "./shared";

/** Systems where a person has one ID of a kind: two after a merge would be a contradiction. */
export const SINGLE_VALUED_SYSTEMS = ["crm"] as const;

type TIdentifierRow = Prisma.PersonIdentifierGetPayload<object>;

/** What a merge moved, stored in person_merges.moved so undo puts back exactly that. */
export type TMoved = {
  person: { displayName: string; organizationId: string | null; teamId: string | null };
  identifiers: string[];
  /** Identifiers dropped to settle a clash, whole, with the person who held them. */
  removed: (Omit<TIdentifierRow, "firstSeen" | "lastSeen"> & {
    firstSeen: string;
    lastSeen: string;
  })[];
  actors: string[];
  candidates: string[];
};

/** Pairs of identifiers of one single-valued system and kind that both people hold. */
export function clashesOf(survivor: TIdentifierRow[], merged: TIdentifierRow[]) {
  const single = (i: TIdentifierRow) =>
    (SINGLE_VALUED_SYSTEMS as readonly string[]).includes(i.system);
  return survivor.filter(single).flatMap((s) =>
    merged
      .filter((m) => m.system === s.system && m.kind === s.kind && m.matchKey !== s.matchKey)
      .map((m) => ({
        system: s.system,
        kind: s.kind,
        survivorIdentifier: s,
        mergedIdentifier: m,
      })),
  );
}

/** What merging `mergedId` into `survivorId` would move, and the clashes to settle first. */
export async function previewMerge(
  db: TDb,
  raw: z.input<typeof ZMergePreviewInputSchema>,
): Promise<TMergePreview> {
  const input = ZMergePreviewInputSchema.parse(raw);
  const survivor = await activePersonOrThrow(db, input.survivorId, "survivorId");
  const merged = await activePersonOrThrow(db, input.mergedId, "mergedId");
  const [a, b, actors] = await Promise.all([
    db.personIdentifier.findMany({ where: { personId: survivor.id } }),
    db.personIdentifier.findMany({ where: { personId: merged.id } }),
    db.lrsActor.count({ where: { personId: merged.id } }),
  ]);
  return {
    survivor: { id: survivor.id, name: survivor.displayName },
    merged: { id: merged.id, name: merged.displayName },
    identifiers: b.length,
    actors,
    clashes: clashesOf(a, b).map((c): TMergeClash => ({
      system: c.system,
      kind: c.kind,
      survivorIdentifier: identifierOut(c.survivorIdentifier),
      mergedIdentifier: identifierOut(c.mergedIdentifier),
    })),
  };
}

/**
 * Merges one person into another: the merged person's identifiers and xAPI actors move to the
 * survivor, the merged person stays as a `merged` row pointing at the survivor, and what moved
 * is kept in person_merges so the merge can be undone exactly. Where both hold an ID of one CRM
 * kind the caller names the one to keep (keepIdentifierIds); without that the merge is refused
 * with a CONFLICT naming the clash. One transaction, audited; actors re-resolve after.
 */
export async function mergePeople(db: TDb, actor: TActor, raw: TMergeInput) {
  const input = ZMergeInputSchema.parse(raw);
  return inTransaction(
    db,
    async (tx) => {
      await lockPeople(tx, [input.survivorId, input.mergedId]);
      const survivor = await activePersonOrThrow(tx, input.survivorId, "survivorId");
      const merged = await activePersonOrThrow(tx, input.mergedId, "mergedId");
      const [a, b] = await Promise.all([
        tx.personIdentifier.findMany({ where: { personId: survivor.id } }),
        tx.personIdentifier.findMany({ where: { personId: merged.id } }),
      ]);
      const keep = new Set(input.keepIdentifierIds);
      const drop: TIdentifierRow[] = [];
      const unsettled: string[] = [];
      for (const c of clashesOf(a, b)) {
        const keepA = keep.has(c.survivorIdentifier.id);
        const keepB = keep.has(c.mergedIdentifier.id);
        if (keepA === keepB)
          unsettled.push(
            `${describeIdentifier(c.survivorIdentifier)} (${survivor.displayName}) or ${c.mergedIdentifier.value} (${merged.displayName})`,
          );
        else drop.push(keepA ? c.mergedIdentifier : c.survivorIdentifier);
      }
      if (unsettled.length > 0)
        throw new DomainError(
          "CONFLICT",
          `Both people hold a CRM ID of the same kind; choose which to keep: ${unsettled.join("; ")}.`,
          "keepIdentifierIds",
        );
      const dropped = new Set(drop.map((d) => d.id));
      const moving = b.filter((i) => !dropped.has(i.id));
      if (drop.length > 0)
        await tx.personIdentifier.deleteMany({ where: { id: { in: [...dropped] } } });
      await tx.personIdentifier.updateMany({
        where: { id: { in: moving.map((i) => i.id) } },
        data: { personId: survivor.id },
      });
      const actors = await tx.lrsActor.findMany({
        where: { personId: merged.id },
        select: { actorIfi: true },
      });
      await tx.lrsActor.updateMany({
        where: { personId: merged.id },
        data: { personId: survivor.id, resolvedAt: new Date() },
      });
      // The review-queue pair this merge decides is the pair of these two, and no other.
      if (input.candidateId) {
        const pair = await tx.matchCandidate.findUnique({ where: { id: input.candidateId } });
        const people = new Set([pair?.personAId, pair?.personBId]);
        if (!pair || !people.has(survivor.id) || !people.has(merged.id))
          throw new DomainError(
            "BAD_REQUEST",
            "This review-queue pair is not these two people.",
            "candidateId",
          );
      }
      const candidates = await tx.matchCandidate.findMany({
        where: {
          status: "open",
          OR: [
            { personAId: survivor.id, personBId: merged.id },
            { personAId: merged.id, personBId: survivor.id },
          ],
        },
        select: { id: true },
      });
      await tx.matchCandidate.updateMany({
        where: { id: { in: candidates.map((c) => c.id) } },
        data: { status: "merged", decidedBy: actor?.id ?? null, decidedAt: new Date() },
      });
      await tx.person.update({
        where: { id: merged.id },
        data: { status: "merged", mergedIntoId: survivor.id },
      });
      const moved: TMoved = {
        person: {
          displayName: merged.displayName,
          organizationId: merged.organizationId,
          teamId: merged.teamId,
        },
        identifiers: moving.map((i) => i.id),
        removed: drop.map((d) => ({
          ...d,
          firstSeen: d.firstSeen.toISOString(),
          lastSeen: d.lastSeen.toISOString(),
        })),
        actors: actors.map((x) => x.actorIfi),
        candidates: candidates.map((c) => c.id),
      };
      const merge = await tx.personMerge.create({
        data: { survivorId: survivor.id, mergedId: merged.id, moved, mergedBy: actor?.id ?? null },
      });
      await recordAudit(tx, {
        actor,
        action: "people.merge",
        entityType: "person",
        entityId: survivor.id,
        before: { merged: merged.id, name: merged.displayName },
        after: { mergeId: merge.id, ...moved },
      });
      await recordAudit(tx, {
        actor,
        action: "people.merged_into",
        entityType: "person",
        entityId: merged.id,
        after: { mergeId: merge.id, survivor: survivor.id, name: survivor.displayName },
      });
      await reresolve(tx, [survivor.id, merged.id]);
      return {
        mergeId: merge.id,
        survivorId: survivor.id,
        identifiersMoved: moving.length,
        identifiersRemoved: drop.length,
        actorsMoved: actors.length,
      };
    },
    TX_OPTIONS,
  );
}
