import {
  skillNameKey,
  ZFrameworkCreateSchema,
  ZFrameworkUpdateSchema,
  type TFramework,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";

const LEVEL_FIELDS = { level: true, name: true, description: true } as const;

export async function listFrameworks(db: TDb): Promise<TFramework[]> {
  const [frameworks, counts] = await Promise.all([
    db.skillFramework.findMany({
      orderBy: { nameKey: "asc" },
      include: { levels: { select: LEVEL_FIELDS, orderBy: { level: "asc" } } },
    }),
    db.skill.groupBy({
      by: ["frameworkId", "kind", "retiredAt"],
      _count: { _all: true },
    }),
  ]);
  return frameworks.map((f) => {
    const mine = counts.filter((c) => c.frameworkId === f.id);
    const count = (pick: (c: (typeof mine)[number]) => boolean) =>
      mine.filter(pick).reduce((sum, c) => sum + c._count._all, 0);
    return {
      id: f.id,
      name: f.name,
      description: f.description,
      source: f.source,
      version: f.version,
      levels: f.levels,
      skillCount: count((c) => c.kind === "skill" && c.retiredAt === null),
      groupCount: count((c) => c.kind === "group" && c.retiredAt === null),
      retiredCount: count((c) => c.retiredAt !== null),
    };
  });
}

/** The levels a framework's scale allows, for checking target levels and behaviours. */
export async function frameworkLevels(db: TDb, frameworkId: string): Promise<Set<number>> {
  const levels = await db.proficiencyLevel.findMany({
    where: { frameworkId },
    select: { level: true },
  });
  return new Set(levels.map((l) => l.level));
}

export function checkLevel(levels: Set<number>, level: number, field: string): void {
  if (!levels.has(level)) {
    const allowed = [...levels].sort((a, b) => a - b).join(", ");
    throw new DomainError(
      "BAD_REQUEST",
      `must be a level of the framework's scale (${allowed})`,
      field,
    );
  }
}

async function nameIsFree(db: TDb, name: string, exceptId?: string) {
  const clash = await db.skillFramework.findUnique({ where: { nameKey: skillNameKey(name) } });
  if (clash && clash.id !== exceptId) {
    throw new DomainError("CONFLICT", `a framework named "${name}" already exists`, "name");
  }
}

export async function createFramework(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZFrameworkCreateSchema>,
): Promise<{ id: string }> {
  const input = ZFrameworkCreateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    await nameIsFree(tx, input.name);
    const row = await tx.skillFramework.create({
      data: {
        name: input.name,
        nameKey: skillNameKey(input.name),
        description: input.description,
        levels: { create: input.levels },
      },
    });
    await recordAudit(tx, {
      actor,
      action: "framework.create",
      entityType: "skill_framework",
      entityId: row.id,
      after: input,
    });
    return { id: row.id };
  });
}

/** Levels in use (by behaviours or role targets) cannot be dropped from the scale. */
async function levelsInUse(db: TDb, frameworkId: string): Promise<Set<number>> {
  const [behaviours, targets] = await Promise.all([
    db.skillBehaviour.findMany({
      where: { skill: { frameworkId } },
      distinct: ["level"],
      select: { level: true },
    }),
    db.roleSkill.findMany({
      where: { skill: { frameworkId } },
      distinct: ["targetLevel"],
      select: { targetLevel: true },
    }),
  ]);
  return new Set([...behaviours.map((b) => b.level), ...targets.map((t) => t.targetLevel)]);
}

export async function updateFramework(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZFrameworkUpdateSchema>,
): Promise<{ id: string }> {
  const { id, ...input } = ZFrameworkUpdateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const before = await tx.skillFramework.findUnique({
      where: { id },
      include: { levels: { select: LEVEL_FIELDS, orderBy: { level: "asc" } } },
    });
    if (!before) throw new DomainError("NOT_FOUND", "this framework no longer exists", "id");
    await nameIsFree(tx, input.name, id);
    const kept = new Set(input.levels.map((l) => l.level));
    const dropped = [...(await levelsInUse(tx, id))].filter((l) => !kept.has(l));
    if (dropped.length > 0) {
      throw new DomainError(
        "BAD_REQUEST",
        `level ${dropped.join(", ")} is still used by behaviours or role targets`,
        "levels",
      );
    }
    await tx.proficiencyLevel.deleteMany({ where: { frameworkId: id } });
    await tx.skillFramework.update({
      where: { id },
      data: {
        name: input.name,
        nameKey: skillNameKey(input.name),
        description: input.description,
        levels: { create: input.levels },
      },
    });
    await recordAudit(tx, {
      actor,
      action: "framework.update",
      entityType: "skill_framework",
      entityId: id,
      before: { name: before.name, description: before.description, levels: before.levels },
      after: input,
    });
    return { id };
  });
}
