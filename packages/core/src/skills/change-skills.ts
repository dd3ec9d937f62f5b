import { isUniqueViolation } from "@xroi/db";
import {
  skillNameKey,
  ZSkillCreateSchema,
  ZSkillUpdateSchema,
  type TSkill,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { SKILL_FIELDS } from "./list-skills";

function duplicateName(name: string): DomainError {
  return new DomainError("CONFLICT", `a skill named "${name}" already exists`, "name");
}

async function withDuplicateCheck<T>(name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(name);
    throw error;
  }
}

export async function createSkill(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZSkillCreateSchema>,
): Promise<TSkill> {
  const input = ZSkillCreateSchema.parse(raw);
  return withDuplicateCheck(input.name, () =>
    inTransaction(db, async (tx) => {
      const skill = await tx.skill.create({
        data: { ...input, nameKey: skillNameKey(input.name) },
        select: SKILL_FIELDS,
      });
      await recordAudit(tx, {
        actor,
        action: "skill.create",
        entityType: "skill",
        entityId: skill.id,
        after: skill,
      });
      return skill;
    }),
  );
}

export async function updateSkill(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZSkillUpdateSchema>,
): Promise<TSkill> {
  const { id, ...fields } = ZSkillUpdateSchema.parse(raw);
  return withDuplicateCheck(fields.name, () =>
    inTransaction(db, async (tx) => {
      const before = await tx.skill.findUnique({ where: { id }, select: SKILL_FIELDS });
      if (!before) throw new DomainError("NOT_FOUND", "this skill no longer exists", "id");
      const after = await tx.skill.update({
        where: { id },
        data: { ...fields, nameKey: skillNameKey(fields.name) },
        select: SKILL_FIELDS,
      });
      await recordAudit(tx, {
        actor,
        action: "skill.update",
        entityType: "skill",
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}

export async function deleteSkill(db: TDb, actor: TActor, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const before = await tx.skill.findUnique({ where: { id }, select: SKILL_FIELDS });
    if (!before) throw new DomainError("NOT_FOUND", "this skill no longer exists", "id");
    await tx.skill.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "skill.delete",
      entityType: "skill",
      entityId: id,
      before,
    });
    return { id };
  });
}
