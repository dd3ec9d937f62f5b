import type { Prisma } from "@xroi/db";
import {
  skillNameKey,
  ZAssetFieldsSchema,
  ZAssetListInputSchema,
  ZAssetUpdateSchema,
  type TAssetListInput,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { NO_CURRENT_SKILL } from "./coverage";

type TTx = Prisma.TransactionClient;
type TFields = z.output<typeof ZAssetFieldsSchema>;

export const ASSET_SELECT = {
  id: true,
  title: true,
  kind: true,
  owner: true,
  format: true,
  durationMinutes: true,
  language: true,
  regions: true,
  description: true,
  updatedAt: true,
  activities: { select: { activityId: true }, orderBy: { activityId: "asc" } },
  skills: {
    select: { targetLevel: true, skill: { select: { id: true, name: true } } },
    orderBy: { skill: { nameKey: "asc" } },
  },
  tags: {
    select: { tag: { select: { id: true, label: true, vocabulary: true } } },
    orderBy: { tag: { labelKey: "asc" } },
  },
} as const satisfies Prisma.LearningAssetSelect;

type TAssetRow = Prisma.LearningAssetGetPayload<{ select: typeof ASSET_SELECT }>;

function toAsset(row: TAssetRow) {
  return {
    ...row,
    activityIds: row.activities.map((a) => a.activityId),
    skills: row.skills.map((s) => ({ ...s.skill, targetLevel: s.targetLevel })),
    tags: row.tags.map((t) => t.tag),
  };
}
export type TAsset = ReturnType<typeof toAsset>;

/** Each activity id belongs to one asset, so a statement can never map to two. */
async function claimActivities(tx: TTx, assetId: string, ids: readonly string[]) {
  const taken = await tx.assetActivity.findMany({
    where: { activityId: { in: [...ids] }, NOT: { assetId } },
    select: { activityId: true, asset: { select: { title: true } } },
  });
  if (taken[0]) {
    const index = ids.indexOf(taken[0].activityId);
    throw new DomainError(
      "CONFLICT",
      `already belongs to “${taken[0].asset.title}”`,
      `activityIds.${index}`,
    );
  }
  await tx.assetActivity.deleteMany({ where: { assetId } });
  await tx.assetActivity.createMany({ data: ids.map((activityId) => ({ activityId, assetId })) });
}

async function titleIsFree(tx: TTx, title: string, exceptId?: string) {
  const clash = await tx.learningAsset.findUnique({ where: { titleKey: skillNameKey(title) } });
  if (clash && clash.id !== exceptId) {
    throw new DomainError("CONFLICT", `an asset titled "${title}" already exists`, "title");
  }
}

const dataOf = ({ activityIds: _ids, ...fields }: TFields) => ({
  ...fields,
  titleKey: skillNameKey(fields.title),
});

export async function createAsset(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZAssetFieldsSchema>,
): Promise<TAsset> {
  const input = ZAssetFieldsSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    await titleIsFree(tx, input.title);
    const { id } = await tx.learningAsset.create({ data: dataOf(input) });
    await claimActivities(tx, id, input.activityIds);
    const after = toAsset(
      await tx.learningAsset.findUniqueOrThrow({ where: { id }, select: ASSET_SELECT }),
    );
    await recordAudit(tx, {
      actor,
      action: "asset.create",
      entityType: "learning_asset",
      entityId: id,
      after,
    });
    return after;
  });
}

export async function updateAsset(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZAssetUpdateSchema>,
): Promise<TAsset> {
  const { id, ...input } = ZAssetUpdateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const beforeRow = await tx.learningAsset.findUnique({ where: { id }, select: ASSET_SELECT });
    if (!beforeRow) throw new DomainError("NOT_FOUND", "this asset no longer exists", "id");
    await titleIsFree(tx, input.title, id);
    await tx.learningAsset.update({ where: { id }, data: dataOf(input) });
    await claimActivities(tx, id, input.activityIds);
    const after = toAsset(
      await tx.learningAsset.findUniqueOrThrow({ where: { id }, select: ASSET_SELECT }),
    );
    await recordAudit(tx, {
      actor,
      action: "asset.update",
      entityType: "learning_asset",
      entityId: id,
      before: toAsset(beforeRow),
      after,
    });
    return after;
  });
}

export async function deleteAsset(db: TDb, actor: TActor, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const before = await tx.learningAsset.findUnique({ where: { id }, select: ASSET_SELECT });
    if (!before) throw new DomainError("NOT_FOUND", "this asset no longer exists", "id");
    await tx.learningAsset.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "asset.delete",
      entityType: "learning_asset",
      entityId: id,
      before: toAsset(before),
    });
    return { id };
  });
}

function whereOf(input: z.output<typeof ZAssetListInputSchema>): Prisma.LearningAssetWhereInput {
  const and: Prisma.LearningAssetWhereInput[] = [];
  if (input.search) {
    and.push({
      OR: [
        { titleKey: { contains: skillNameKey(input.search) } },
        { owner: { contains: input.search, mode: "insensitive" } },
        { activities: { some: { activityId: input.search } } },
      ],
    });
  }
  if (input.kinds.length > 0) and.push({ kind: { in: input.kinds } });
  for (const tagId of input.tagIds) and.push({ tags: { some: { tagId } } });
  if (input.skillId) and.push({ skills: { some: { skillId: input.skillId } } });
  if (input.language) and.push({ language: input.language });
  if (input.region) and.push({ regions: { has: input.region } });
  if (input.missing === "skill") and.push(NO_CURRENT_SKILL);
  if (input.missing === "goal") and.push({ tags: { none: { tag: { vocabulary: "goal" } } } });
  return { AND: and };
}

/** A page of assets with their tags, plus facet counts (kind, language, region) over the matches. */
export async function listAssets(db: TDb, raw: TAssetListInput = {}) {
  const input = ZAssetListInputSchema.parse(raw);
  const where = whereOf(input);
  const [matches, rows] = await Promise.all([
    db.learningAsset.findMany({ where, select: { kind: true, language: true, regions: true } }),
    db.learningAsset.findMany({
      where,
      select: ASSET_SELECT,
      orderBy: [{ titleKey: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count);
  };
  return {
    items: rows.map(toAsset),
    total: matches.length,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(matches.length / input.pageSize)),
    facets: {
      kind: count(matches.map((m) => m.kind)),
      language: count(matches.map((m) => m.language)),
      region: count(matches.flatMap((m) => m.regions)),
    },
  };
}
