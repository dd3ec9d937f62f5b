import type { TDb } from "../db";

const EXAMPLES = 20;

/** An asset "without a skill" has no current one: tags to retired skills do not count. */
export const NO_CURRENT_SKILL = { skills: { none: { skill: { retiredAt: null } } } } as const;

/**
 * Gaps in the taxonomy: assets with no skill or no goal tag, and skills a role requires that no
 * asset teaches. Retired skills are left out (the count of those roles still require is given).
 * And statements whose activity maps to no asset: which activities, with how many statements.
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
    unmappedStatements: await unmappedStatements(db),
  };
}

/**
 * Activities that statements name as their object but no learning asset claims, most used first.
 * Walks the LRS's activity list (one row per activity, small) and counts each unclaimed one's
 * statements through the (activity_id, stored) index, so it costs a few index ranges, not a scan
 * of every statement.
 */
async function unmappedStatements(db: TDb) {
  const rows = await db.$queryRaw<
    { activityId: string; name: string | null; statements: number }[]
  >`
    SELECT u.id AS "activityId", u.definition -> 'name' ->> 'en-US' AS name, u.n AS statements
      FROM (SELECT la.id, la.definition,
                   (SELECT count(*)::int FROM lrs_statements s
                     WHERE s.activity_id = la.id AND NOT s.voided) AS n
              FROM lrs_activities la
             WHERE NOT EXISTS (SELECT 1 FROM asset_activities aa WHERE aa.activity_id = la.id)) u
     WHERE u.n > 0
     ORDER BY u.n DESC, u.id`;
  return {
    count: rows.reduce((sum, r) => sum + r.statements, 0),
    activities: rows.length,
    examples: rows.slice(0, EXAMPLES),
  };
}
export type TCoverageReport = Awaited<ReturnType<typeof coverageReport>>;
