import type { TDb } from "../db";

const EXAMPLES = 20;

/**
 * Gaps in the taxonomy: assets with no skill or no goal tag, and skills a role requires that no
 * asset teaches. Statements whose activity maps to no asset are counted once the LRS stores them
 * (`unmappedStatements` is null until then).
 */
export async function coverageReport(db: TDb) {
  const noSkill = { skills: { none: {} } };
  const noGoal = { tags: { none: { tag: { vocabulary: "goal" as const } } } };
  const asset = { id: true, title: true, kind: true } as const;
  const [assetCount, withoutSkill, withoutSkillCount, withoutGoal, withoutGoalCount, required] =
    await Promise.all([
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
        where: { roles: { some: {} }, assets: { none: {} } },
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
    ]);
  return {
    assetCount,
    assetsWithoutSkill: { count: withoutSkillCount, examples: withoutSkill },
    assetsWithoutGoal: { count: withoutGoalCount, examples: withoutGoal },
    skillsNotTaught: {
      count: required.length,
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
