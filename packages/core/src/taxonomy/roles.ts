import {
  skillNameKey,
  ZJobRoleFieldsSchema,
  ZJobRoleUpdateSchema,
  ZRoleSkillSetSchema,
  type TRoleMatrix,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { checkLevel, frameworkLevels } from "../skills/frameworks";

const ROLE_FIELDS = { id: true, name: true, kind: true, description: true } as const;

async function nameIsFree(db: TDb, name: string, exceptId?: string) {
  const clash = await db.jobRole.findUnique({ where: { nameKey: skillNameKey(name) } });
  if (clash && clash.id !== exceptId) {
    throw new DomainError("CONFLICT", `a role named "${name}" already exists`, "name");
  }
}

export async function createJobRole(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZJobRoleFieldsSchema>,
): Promise<{ id: string }> {
  const input = ZJobRoleFieldsSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    await nameIsFree(tx, input.name);
    const row = await tx.jobRole.create({ data: { ...input, nameKey: skillNameKey(input.name) } });
    await recordAudit(tx, {
      actor,
      action: "role.create",
      entityType: "job_role",
      entityId: row.id,
      after: input,
    });
    return { id: row.id };
  });
}

export async function updateJobRole(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZJobRoleUpdateSchema>,
): Promise<{ id: string }> {
  const { id, ...input } = ZJobRoleUpdateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const before = await tx.jobRole.findUnique({ where: { id }, select: ROLE_FIELDS });
    if (!before) throw new DomainError("NOT_FOUND", "this role no longer exists", "id");
    await nameIsFree(tx, input.name, id);
    await tx.jobRole.update({
      where: { id },
      data: { ...input, nameKey: skillNameKey(input.name) },
    });
    await recordAudit(tx, {
      actor,
      action: "role.update",
      entityType: "job_role",
      entityId: id,
      before,
      after: input,
    });
    return { id };
  });
}

export async function deleteJobRole(db: TDb, actor: TActor, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const before = await tx.jobRole.findUnique({
      where: { id },
      select: {
        ...ROLE_FIELDS,
        skills: { select: { skillId: true, targetLevel: true, isEssential: true } },
      },
    });
    if (!before) throw new DomainError("NOT_FOUND", "this role no longer exists", "id");
    await tx.jobRole.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "role.delete",
      entityType: "job_role",
      entityId: id,
      before,
    });
    return { id };
  });
}

/** Sets a role's required skill (target level on the skill's framework scale, essential or optional). */
export async function setRoleSkill(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZRoleSkillSetSchema>,
): Promise<void> {
  const input = ZRoleSkillSetSchema.parse(raw);
  await inTransaction(db, async (tx) => {
    const [role, skill] = await Promise.all([
      tx.jobRole.findUnique({ where: { id: input.roleId } }),
      tx.skill.findUnique({ where: { id: input.skillId } }),
    ]);
    if (!role) throw new DomainError("NOT_FOUND", "this role no longer exists", "roleId");
    if (!skill || skill.kind !== "skill") {
      throw new DomainError("BAD_REQUEST", "must be a skill (not a group)", "skillId");
    }
    checkLevel(await frameworkLevels(tx, skill.frameworkId), input.targetLevel, "targetLevel");
    const key = { roleId_skillId: { roleId: input.roleId, skillId: input.skillId } };
    const before = await tx.roleSkill.findUnique({ where: key });
    const fields = { targetLevel: input.targetLevel, isEssential: input.isEssential };
    await tx.roleSkill.upsert({ where: key, create: input, update: fields });
    await recordAudit(tx, {
      actor,
      action: "role.skill.set",
      entityType: "job_role",
      entityId: input.roleId,
      before: before ? { skill: skill.name, ...before } : undefined,
      after: { skill: skill.name, ...input },
    });
  });
}

export async function removeRoleSkill(
  db: TDb,
  actor: TActor,
  input: { roleId: string; skillId: string },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const key = { roleId_skillId: input };
    const before = await tx.roleSkill.findUnique({ where: key });
    if (!before) return;
    await tx.roleSkill.delete({ where: key });
    await recordAudit(tx, {
      actor,
      action: "role.skill.remove",
      entityType: "job_role",
      entityId: input.roleId,
      before,
    });
  });
}

/** Roles by the skills they require: the role matrix. Skills are those any role requires. */
export async function roleMatrix(db: TDb): Promise<TRoleMatrix> {
  const [roles, cells] = await Promise.all([
    db.jobRole.findMany({ orderBy: { nameKey: "asc" }, select: ROLE_FIELDS }),
    db.roleSkill.findMany({
      select: {
        roleId: true,
        skillId: true,
        targetLevel: true,
        isEssential: true,
        skill: {
          select: { id: true, name: true, nameKey: true, frameworkId: true, retiredAt: true },
        },
      },
    }),
  ]);
  const skills = new Map<
    string,
    { id: string; name: string; nameKey: string; frameworkId: string; retiredAt: Date | null }
  >();
  for (const c of cells) skills.set(c.skillId, c.skill);
  const frameworkIds = [...new Set([...skills.values()].map((s) => s.frameworkId))];
  const levels = await db.proficiencyLevel.findMany({
    where: { frameworkId: { in: frameworkIds } },
    select: { frameworkId: true, level: true },
    orderBy: { level: "asc" },
  });
  return {
    roles,
    skills: [...skills.values()]
      .sort((a, b) => a.nameKey.localeCompare(b.nameKey))
      .map((s) => ({
        id: s.id,
        name: s.name,
        frameworkId: s.frameworkId,
        isRetired: s.retiredAt !== null,
        levels: levels.filter((l) => l.frameworkId === s.frameworkId).map((l) => l.level),
      })),
    cells: cells.map(({ skill: _skill, ...cell }) => cell),
  };
}
