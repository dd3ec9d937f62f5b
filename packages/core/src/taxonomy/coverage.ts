import type { TDb } from "../db";

const EXAMPLES = 20;

/** An asset "without a skill" has no current one: tags to retired skills do not count. */
export const NO_CURRENT_SKILL = { skills: { none: { skill: { retiredAt: null } } } } as const;

/**
 * Gaps in the taxonomy: assets with no skill or no goal tag, and skills a role requires that no
 * asset teaches. Retired skills are left out (the count of those roles still require is given).
 * Statements whose activity maps to no asset are counted once the LRS stores them
 * (`unmappedStatements` is null until then).
 */
export async function coverageReport(db: TDb) {
  const noSkill = NO_CURRENT_SKILL;
  const noGoal = { tags: { none: { tag: { vocabulary: "goal" as const } } } };
  const asset = { id: true, title: true, kind: true } as const;
  const [
    assetCount,
    withoutSkill,
    withoutSkillCount,
    withoutGoal,
    withoutGoalCount,
    required,
    retiredRequired,
  ] = await Promise.all([
    db.learningAsset.count(),
    db.learningAsset.findMany({
      where: noSkill,
      select: asset,
      orderBy: { titleKey: "asc" },
      take: EXAMPLES,
    }),
    db.learningAsset.count({ where: noSkill }),
    db.learningAsset.findMany({
      where: noGoal,
      select: asset,
      orderBy: { titleKey: "asc" },
      take: EXAMPLES,
    }),
    db.learningAsset.count({ where: noGoal }),
    db.skill.findMany({
      where: { retiredAt: null, roles: { some: {} }, assets: { none: {} } },
      select: {
        id: true,
        name: true,
        roles: {
          select: {
            isEssential: true,
            targetLevel: true,
            role: { select: { id: true, name: true } },
          },
        },
      },
      orderBy: { nameKey: "asc" },
    }),
    db.skill.count({ where: { retiredAt: { not: null }, roles: { some: {} } } }),
  ]);
  return {
    assetCount,
    assetsWithoutSkill: { count: withoutSkillCount, examples: withoutSkill },
    assetsWithoutGoal: { count: withoutGoalCount, examples: withoutGoal },
    skillsNotTaught: {
      count: required.length,
      /** Retired skills roles still require: not gaps to fill, but requirements to revisit. */
      retiredLeftOut: retiredRequired,
      examples: required.slice(0, EXAMPLES).map((s) => ({
        id: s.id,
        name: s.name,
        roles: s.roles.map((r) => ({
          ...r.role,
          isEssential: r.isEssential,
          targetLevel: r.targetLevel,
        })),
      })),
    },
    unmappedStatements: null as null | { count: number; examples: string[] },
  };
}
export type TCoverageReport = Awaited<ReturnType<typeof coverageReport>>;
