import type { Prisma } from "@xroi/db";
import {
  skillNameKey,
  ZSkillCreateSchema,
  ZSkillDeleteSchema,
  ZSkillUpdateSchema,
  type TSkillDetail,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { checkLevel, frameworkLevels } from "./frameworks";
import { getSkill, skillUsage } from "./list-skills";

type TTx = Prisma.TransactionClient;
type TFields = Omit<z.output<typeof ZSkillCreateSchema>, "frameworkId">;

/**
 * A group sits at the top or in another group; a skill sits in a group or under a broader skill
 * (ESCO has skill-to-skill broader relations). Same framework, and never under itself.
 */
async function checkParent(
  tx: TTx,
  frameworkId: string,
  kind: "group" | "skill",
  parentId: string | null,
  selfId?: string,
) {
  if (!parentId) return;
  const parent = await tx.skill.findUnique({ where: { id: parentId } });
  if (!parent || parent.frameworkId !== frameworkId) {
    throw new DomainError(
      "BAD_REQUEST",
      "must be a group or skill in the same framework",
      "parentId",
    );
  }
  if (kind === "group" && parent.kind !== "group") {
    throw new DomainError(
      "BAD_REQUEST",
      `“${parent.name}” is a skill; a group can only sit in another group`,
      "parentId",
    );
  }
  // Walk up from the new parent; meeting the item itself means the move would make a cycle.
  for (let at: string | null = parentId, steps = 0; at && steps < 100; steps++) {
    if (at === selfId) {
      throw new DomainError(
        "BAD_REQUEST",
        "must not be the item itself or one under it",
        "parentId",
      );
    }
    const row: { parentId: string | null } | null = await tx.skill.findUnique({
      where: { id: at },
      select: { parentId: true },
    });
    at = row?.parentId ?? null;
  }
}

async function checkUnique(tx: TTx, frameworkId: string, fields: TFields, selfId?: string) {
  const clash = await tx.skill.findFirst({
    where: {
      frameworkId,
      retiredAt: null,
      OR: [
        { nameKey: skillNameKey(fields.name), parentId: fields.parentId },
        ...(fields.uri ? [{ uri: fields.uri }] : []),
      ],
      NOT: selfId ? { id: selfId } : undefined,
    },
  });
  if (!clash) return;
  if (fields.uri && clash.uri === fields.uri) {
    throw new DomainError("CONFLICT", `“${clash.name}” already has this URI`, "uri");
  }
  throw new DomainError(
    "CONFLICT",
    `a skill named "${fields.name}" is already in this group`,
    "name",
  );
}

async function writeBehaviours(tx: TTx, frameworkId: string, skillId: string, fields: TFields) {
  const levels = await frameworkLevels(tx, frameworkId);
  fields.behaviours.forEach((b, i) => checkLevel(levels, b.level, `behaviours.${i}.level`));
  await tx.skillBehaviour.deleteMany({ where: { skillId } });
  const position = new Map<number, number>();
  await tx.skillBehaviour.createMany({
    data: fields.behaviours.map((b) => {
      const next = position.get(b.level) ?? 0;
      position.set(b.level, next + 1);
      return { skillId, level: b.level, position: next, text: b.text };
    }),
  });
}

function dataOf(fields: TFields) {
  const { behaviours: _behaviours, ...rest } = fields;
  return { ...rest, nameKey: skillNameKey(fields.name) };
}

export async function createSkill(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZSkillCreateSchema>,
): Promise<TSkillDetail> {
  const { frameworkId, ...fields } = ZSkillCreateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    if (!(await tx.skillFramework.findUnique({ where: { id: frameworkId } }))) {
      throw new DomainError("NOT_FOUND", "this framework does not exist", "frameworkId");
    }
    await checkParent(tx, frameworkId, fields.kind, fields.parentId);
    await checkUnique(tx, frameworkId, fields);
    const row = await tx.skill.create({ data: { ...dataOf(fields), frameworkId } });
    await writeBehaviours(tx, frameworkId, row.id, fields);
    const after = (await getSkill(tx, row.id))!;
    await recordAudit(tx, {
      actor,
      action: "skill.create",
      entityType: "skill",
      entityId: row.id,
      after,
    });
    return after;
  });
}

export async function updateSkill(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZSkillUpdateSchema>,
): Promise<TSkillDetail> {
  const { id, ...fields } = ZSkillUpdateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const before = await getSkill(tx, id);
    if (!before) throw new DomainError("NOT_FOUND", "this skill no longer exists", "id");
    if (before.kind === "group" && fields.kind === "skill") {
      const groups = await tx.skill.count({ where: { parentId: id, kind: "group" } });
      if (groups > 0) {
        throw new DomainError(
          "BAD_REQUEST",
          "a group with groups in it cannot become a skill",
          "kind",
        );
      }
    }
    await checkParent(tx, before.frameworkId, fields.kind, fields.parentId, id);
    await checkUnique(tx, before.frameworkId, fields, id);
    await tx.skill.update({ where: { id }, data: dataOf(fields) });
    await writeBehaviours(tx, before.frameworkId, id, fields);
    const after = (await getSkill(tx, id))!;
    await recordAudit(tx, {
      actor,
      action: "skill.update",
      entityType: "skill",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Deletes a skill. A group must be emptied first; a skill that roles or assets link to is deleted
 * only with confirmLinked, and its links go with it (all recorded in the audit entry).
 */
export async function deleteSkill(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZSkillDeleteSchema>,
): Promise<{ id: string }> {
  const { id, confirmLinked } = ZSkillDeleteSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const before = await getSkill(tx, id);
    if (!before) throw new DomainError("NOT_FOUND", "this skill no longer exists", "id");
    const usage = await skillUsage(tx, id);
    if (usage.children > 0) {
      throw new DomainError(
        "CONFLICT",
        `“${before.name}” holds ${usage.children} skill${usage.children === 1 ? "" : "s"}; move or delete them first`,
        "id",
      );
    }
    const links = usage.roles.length + usage.assets.length;
    if (links > 0 && !confirmLinked) {
      throw new DomainError(
        "CONFLICT",
        `“${before.name}” is used by ${usage.roles.length} role(s) and ${usage.assets.length} asset(s); confirm to remove those links too`,
        "confirmLinked",
      );
    }
    await tx.roleSkill.deleteMany({ where: { skillId: id } });
    await tx.assetSkill.deleteMany({ where: { skillId: id } });
    await tx.skill.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "skill.delete",
      entityType: "skill",
      entityId: id,
      before: { ...before, links: usage },
    });
    return { id };
  });
}
