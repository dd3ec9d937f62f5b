import {
  skillNameKey,
  TAG_VOCABULARIES,
  ZTagDeleteSchema,
  ZTagFieldsSchema,
  ZTagMergeSchema,
  ZTagRenameSchema,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";

type TVocabulary = (typeof TAG_VOCABULARIES)[number];

/** Every tag of a vocabulary (or all), with how many assets carry it. */
export async function listTags(db: TDb, vocabulary?: TVocabulary) {
  const rows = await db.tag.findMany({
    where: vocabulary ? { vocabulary } : {},
    orderBy: [{ vocabulary: "asc" }, { labelKey: "asc" }],
    select: {
      id: true,
      vocabulary: true,
      label: true,
      description: true,
      _count: { select: { assets: true } },
    },
  });
  return rows.map(({ _count, ...tag }) => ({ ...tag, assetCount: _count.assets }));
}

async function labelIsFree(db: TDb, vocabulary: TVocabulary, label: string, exceptId?: string) {
  const clash = await db.tag.findUnique({
    where: { vocabulary_labelKey: { vocabulary, labelKey: skillNameKey(label) } },
  });
  if (clash && clash.id !== exceptId) {
    throw new DomainError(
      "CONFLICT",
      `“${clash.label}” is already in this vocabulary; merge instead`,
      "label",
    );
  }
}

export async function createTag(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZTagFieldsSchema>,
): Promise<{ id: string }> {
  const input = ZTagFieldsSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    await labelIsFree(tx, input.vocabulary, input.label);
    const { id } = await tx.tag.create({ data: { ...input, labelKey: skillNameKey(input.label) } });
    await recordAudit(tx, {
      actor,
      action: "tag.create",
      entityType: "tag",
      entityId: id,
      after: input,
    });
    return { id };
  });
}

/** Renames a tag in place: every asset keeps it, because links point at the id, not the label. */
export async function renameTag(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZTagRenameSchema>,
): Promise<{ id: string }> {
  const input = ZTagRenameSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const before = await tx.tag.findUnique({ where: { id: input.id } });
    if (!before) throw new DomainError("NOT_FOUND", "this tag no longer exists", "id");
    await labelIsFree(tx, before.vocabulary, input.label, input.id);
    await tx.tag.update({
      where: { id: input.id },
      data: {
        label: input.label,
        labelKey: skillNameKey(input.label),
        description: input.description,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "tag.rename",
      entityType: "tag",
      entityId: input.id,
      before: { label: before.label, description: before.description },
      after: { label: input.label, description: input.description },
    });
    return { id: input.id };
  });
}

/** Moves every asset of the source tag onto the target (same vocabulary), then removes the source. */
export async function mergeTags(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZTagMergeSchema>,
): Promise<{ moved: number }> {
  const { sourceId, targetId } = ZTagMergeSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const [source, target] = await Promise.all([
      tx.tag.findUnique({ where: { id: sourceId } }),
      tx.tag.findUnique({ where: { id: targetId } }),
    ]);
    if (!source) throw new DomainError("NOT_FOUND", "this tag no longer exists", "sourceId");
    if (!target) throw new DomainError("NOT_FOUND", "this tag no longer exists", "targetId");
    if (source.vocabulary !== target.vocabulary) {
      throw new DomainError("BAD_REQUEST", "must be in the same vocabulary", "targetId");
    }
    const links = await tx.assetTag.findMany({
      where: { tagId: sourceId },
      select: { assetId: true },
    });
    await tx.assetTag.createMany({
      data: links.map((l) => ({ assetId: l.assetId, tagId: targetId })),
      skipDuplicates: true,
    });
    await tx.assetTag.deleteMany({ where: { tagId: sourceId } });
    await tx.tag.delete({ where: { id: sourceId } });
    await recordAudit(tx, {
      actor,
      action: "tag.merge",
      entityType: "tag",
      entityId: targetId,
      before: {
        source: { id: source.id, label: source.label },
        assets: links.map((l) => l.assetId),
      },
      after: { target: { id: target.id, label: target.label } },
    });
    await recordAudit(tx, {
      actor,
      action: "tag.merged_into",
      entityType: "tag",
      entityId: sourceId,
      before: { label: source.label },
      after: { mergedInto: targetId },
    });
    return { moved: links.length };
  });
}

/** The assets that carry a tag, shown before it is deleted (as a skill's links are). */
export async function tagUsage(db: TDb, id: string) {
  const tag = await db.tag.findUnique({
    where: { id },
    select: {
      assets: {
        select: { asset: { select: { id: true, title: true } } },
        orderBy: { asset: { titleKey: "asc" } },
      },
    },
  });
  if (!tag) throw new DomainError("NOT_FOUND", "this tag no longer exists", "id");
  return { assets: tag.assets.map((a) => a.asset) };
}

/** Deletes a tag; one that assets carry needs confirmLinked, and comes off them. */
export async function deleteTag(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZTagDeleteSchema>,
): Promise<{ id: string }> {
  const { id, confirmLinked } = ZTagDeleteSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const before = await tx.tag.findUnique({
      where: { id },
      include: {
        assets: {
          select: { asset: { select: { id: true, title: true } } },
          orderBy: { asset: { titleKey: "asc" } },
        },
      },
    });
    if (!before) throw new DomainError("NOT_FOUND", "this tag no longer exists", "id");
    const assets = before.assets.map((a) => a.asset);
    if (assets.length > 0 && !confirmLinked) {
      throw new DomainError(
        "CONFLICT",
        `“${before.label}” is on ${assets.length} asset(s) (${assets
          .slice(0, 3)
          .map((a) => a.title)
          .join(", ")}${assets.length > 3 ? ", …" : ""}); confirm to take it off them`,
        "confirmLinked",
      );
    }
    await tx.assetTag.deleteMany({ where: { tagId: id } });
    await tx.tag.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "tag.delete",
      entityType: "tag",
      entityId: id,
      before: { label: before.label, vocabulary: before.vocabulary, assets },
    });
    return { id };
  });
}
