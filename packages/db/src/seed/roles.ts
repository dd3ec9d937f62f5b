import { skillNameKey } from "@xroi/validators";
import type { Prisma } from "../generated/prisma/client";
import { CHAMBER_SEGMENTS, VENDOR_ROLE_SKILLS, VENDOR_ROLES } from "./data";

// Who needs which skills: the vendor's job roles (with behaviours at their target levels) and the
// chamber's member segments. Each run replaces a role's requirements with the documented ones.

type TTx = Prisma.TransactionClient;

/** A role by name, its requirements cleared; a description given is restored, else left as is. */
async function upsertRole(
  tx: TTx,
  name: string,
  kind: "job_role" | "member_segment",
  description?: string,
) {
  const nameKey = skillNameKey(name);
  const role = await tx.jobRole.upsert({
    where: { nameKey },
    create: { name, nameKey, kind, description },
    update: description === undefined ? {} : { kind, description },
  });
  await tx.roleSkill.deleteMany({ where: { roleId: role.id } });
  return role.id;
}

export async function upsertVendorRoles(tx: TTx, skillIds: Map<string, string>): Promise<number> {
  for (const [key, name] of Object.entries(VENDOR_ROLES)) {
    const roleId = await upsertRole(tx, name, "job_role");
    for (const required of VENDOR_ROLE_SKILLS[key as keyof typeof VENDOR_ROLES]) {
      const skillId = skillIds.get(required.skill);
      if (!skillId) throw new Error(`role ${name}: unknown skill ${required.skill}`);
      await tx.roleSkill.create({
        data: { roleId, skillId, targetLevel: required.targetLevel, isEssential: true },
      });
      // Behaviours describe the skill at the role's target level; shared across roles, so replace.
      await tx.skillBehaviour.deleteMany({ where: { skillId, level: required.targetLevel } });
      await tx.skillBehaviour.createMany({
        data: required.behaviours.map((text, position) => ({
          skillId,
          level: required.targetLevel,
          position,
          text,
        })),
      });
    }
  }
  return Object.keys(VENDOR_ROLES).length;
}

/** The chamber's member segments with the skills their learning should build. */
export async function upsertChamberSegments(
  tx: TTx,
  skillIds: Map<string, string>,
): Promise<number> {
  for (const segment of CHAMBER_SEGMENTS) {
    const roleId = await upsertRole(tx, segment.name, "member_segment", segment.description);
    await tx.roleSkill.createMany({
      data: segment.skills.map((required) => {
        const skillId = skillIds.get(required.skill);
        if (!skillId) throw new Error(`segment ${segment.name}: unknown skill ${required.skill}`);
        return {
          roleId,
          skillId,
          targetLevel: required.targetLevel,
          isEssential: required.isEssential,
        };
      }),
    });
  }
  return CHAMBER_SEGMENTS.length;
}
