import { ZBulkTagSchema, type TBulkTagInput } from "@xroi/validators";
import { auditJson } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { checkLevel, frameworkLevels } from "../skills/frameworks";

const LINKS = {
  id: true,
  skills: { select: { skillId: true, targetLevel: true } },
  tags: { select: { tagId: true } },
} as const;

/**
 * Adds and removes skills and tags on many assets at once, in one transaction; each asset's
 * before and after goes to the audit log, so its history shows the bulk change too.
 */
export async function bulkTagAssets(
  db: TDb,
  actor: TActor,
  raw: TBulkTagInput,
): Promise<{ assets: number }> {
  const input = ZBulkTagSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const before = await tx.learningAsset.findMany({
      where: { id: { in: input.assetIds } },
      select: LINKS,
    });
    if (before.length !== new Set(input.assetIds).size) {
      throw new DomainError(
        "NOT_FOUND",
        "some selected assets no longer exist; reload",
        "assetIds",
      );
    }
    const skills = await tx.skill.findMany({
      where: { id: { in: input.addSkills.map((s) => s.skillId) } },
    });
    for (const [i, add] of input.addSkills.entries()) {
      const skill = skills.find((s) => s.id === add.skillId);
      if (!skill || skill.kind !== "skill") {
        throw new DomainError(
          "BAD_REQUEST",
          "must be a skill (not a group)",
          `addSkills.${i}.skillId`,
        );
      }
      if (add.targetLevel !== null) {
        checkLevel(
          await frameworkLevels(tx, skill.frameworkId),
          add.targetLevel,
          `addSkills.${i}.targetLevel`,
        );
      }
    }
    const tagCount = await tx.tag.count({ where: { id: { in: input.addTagIds } } });
    if (tagCount !== new Set(input.addTagIds).size) {
      throw new DomainError("NOT_FOUND", "some chosen tags no longer exist; reload", "addTagIds");
    }
    const assetIds = before.map((a) => a.id);
    await tx.assetSkill.deleteMany({
      where: {
        assetId: { in: assetIds },
        skillId: { in: [...input.removeSkillIds, ...input.addSkills.map((s) => s.skillId)] },
      },
    });
    await tx.assetSkill.createMany({
      data: assetIds.flatMap((assetId) => input.addSkills.map((s) => ({ assetId, ...s }))),
      skipDuplicates: true,
    });
    await tx.assetTag.deleteMany({
      where: { assetId: { in: assetIds }, tagId: { in: input.removeTagIds } },
    });
    await tx.assetTag.createMany({
      data: assetIds.flatMap((assetId) => input.addTagIds.map((tagId) => ({ assetId, tagId }))),
      skipDuplicates: true,
    });
    const after = await tx.learningAsset.findMany({
      where: { id: { in: assetIds } },
      select: LINKS,
    });
    await tx.auditLog.createMany({
      data: before.map((b) => ({
        actorId: actor?.id ?? null,
        action: "asset.bulk_tag",
        entityType: "learning_asset",
        entityId: b.id,
        before: auditJson(b),
        after: auditJson({ ...after.find((a) => a.id === b.id), change: input }),
      })),
    });
    return { assets: assetIds.length };
  });
}
