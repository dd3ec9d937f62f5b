import type { TDb } from "../db";

export type TActivityEnrichment = {
  activityId: string;
  asset: { id: string; title: string; kind: string };
  skills: Array<{ id: string; name: string; targetLevel: number | null }>;
  goals: Array<{ id: string; label: string }>;
};

/**
 * From statements' activity ids to their asset, skills and business goals: what ROI reports join
 * on. One query through the asset_activities primary key; ids that map to no asset are left out.
 */
export async function enrichActivities(
  db: TDb,
  activityIds: readonly string[],
): Promise<Map<string, TActivityEnrichment>> {
  const rows = await db.assetActivity.findMany({
    where: { activityId: { in: [...new Set(activityIds)] } },
    select: {
      activityId: true,
      asset: {
        select: {
          id: true,
          title: true,
          kind: true,
          skills: { select: { targetLevel: true, skill: { select: { id: true, name: true } } } },
          tags: {
            where: { tag: { vocabulary: "goal" } },
            select: { tag: { select: { id: true, label: true } } },
          },
        },
      },
    },
  });
  return new Map(
    rows.map((r) => [
      r.activityId,
      {
        activityId: r.activityId,
        asset: { id: r.asset.id, title: r.asset.title, kind: r.asset.kind },
        skills: r.asset.skills.map((s) => ({ ...s.skill, targetLevel: s.targetLevel })),
        goals: r.asset.tags.map((t) => t.tag),
      },
    ]),
  );
}
