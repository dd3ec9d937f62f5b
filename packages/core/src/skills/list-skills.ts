import { Prisma } from "@xroi/db";
import {
  skillNameKey,
  ZSkillListInputSchema,
  type TSkill,
  type TSkillDetail,
  type TSkillListInput,
  type TSkillPage,
  type TSkillUsage,
} from "@xroi/validators";
import type { z } from "zod";
import type { TDb } from "../db";

export const SKILL_FIELDS = {
  id: true,
  frameworkId: true,
  kind: true,
  uri: true,
  name: true,
  altLabels: true,
  description: true,
  parentId: true,
  retiredAt: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { children: true } },
} as const satisfies Prisma.SkillSelect;

type TSkillRow = Prisma.SkillGetPayload<{ select: typeof SKILL_FIELDS }>;

/**
 * Group names from the top of the tree down to each skill's parent. Walks up one level per query
 * for the whole page at once (trees are shallow: ESCO is five levels deep).
 */
export async function pathsOf(
  db: TDb,
  rows: ReadonlyArray<{ id: string; parentId: string | null }>,
): Promise<Map<string, string[]>> {
  const nodes = new Map<string, { name: string; parentId: string | null }>();
  let wanted = new Set(rows.map((r) => r.parentId).filter((p): p is string => p !== null));
  for (let depth = 0; wanted.size > 0 && depth < 50; depth++) {
    const found = await db.skill.findMany({
      where: { id: { in: [...wanted] } },
      select: { id: true, name: true, parentId: true },
    });
    for (const f of found) nodes.set(f.id, f);
    wanted = new Set(
      found.map((f) => f.parentId).filter((p): p is string => p !== null && !nodes.has(p)),
    );
  }
  const paths = new Map<string, string[]>();
  for (const row of rows) {
    const path: string[] = [];
    const seen = new Set<string>();
    for (let at = row.parentId; at && !seen.has(at); at = nodes.get(at)?.parentId ?? null) {
      seen.add(at);
      const node = nodes.get(at);
      if (!node) break;
      path.unshift(node.name);
    }
    paths.set(row.id, path);
  }
  return paths;
}

function toSkill(row: TSkillRow, path: string[]): TSkill {
  const { _count, ...rest } = row;
  return { ...rest, childCount: _count.children, path };
}

/**
 * One page of a framework's skills: the children of a group (the tree editor opens one level at a
 * time), or with a search, matches anywhere in the tree by name, alternative label, URI or
 * description, each with its path.
 */
export async function listSkills(db: TDb, rawInput: TSkillListInput = {}): Promise<TSkillPage> {
  const input = ZSkillListInputSchema.parse(rawInput);
  const { total, rows } = input.search
    ? await searchSkills(db, { ...input, search: input.search })
    : await childrenOf(db, input);
  const paths = await pathsOf(db, rows);
  return {
    items: rows.map((r) => toSkill(r, paths.get(r.id) ?? [])),
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}

type TListInput = z.output<typeof ZSkillListInputSchema>;
// Groups first, then by name: a tree reads top-down.
const ORDER: Prisma.SkillOrderByWithRelationInput[] = [
  { kind: "asc" },
  { nameKey: "asc" },
  { id: "asc" },
];

async function childrenOf(db: TDb, input: TListInput) {
  const where: Prisma.SkillWhereInput = {};
  if (input.frameworkId) where.frameworkId = input.frameworkId;
  if (!input.includeRetired) where.retiredAt = null;
  if (input.kind) where.kind = input.kind;
  if (input.parentId !== undefined) where.parentId = input.parentId;
  const [total, rows] = await Promise.all([
    db.skill.count({ where }),
    db.skill.findMany({
      where,
      select: SKILL_FIELDS,
      orderBy: ORDER,
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  return { total, rows };
}

/** A LIKE pattern that finds the text anywhere, its own % and _ taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Matches anywhere in the tree by name, alternative label (any case, any part: Prisma cannot
 * look inside an array, so this is SQL), URI or description; then the page through Prisma.
 */
async function searchSkills(db: TDb, input: TListInput & { search: string }) {
  const key = containing(skillNameKey(input.search));
  const conditions = [
    Prisma.sql`(s."name_key" LIKE ${key}
      OR EXISTS (SELECT 1 FROM unnest(s."alt_labels") AS l(label) WHERE lower(l.label) LIKE ${key})
      OR s."uri" = ${input.search}
      OR s."description" ILIKE ${containing(input.search)})`,
  ];
  if (input.frameworkId) conditions.push(Prisma.sql`s."framework_id" = ${input.frameworkId}::uuid`);
  if (!input.includeRetired) conditions.push(Prisma.sql`s."retired_at" IS NULL`);
  if (input.kind) conditions.push(Prisma.sql`s."kind" = ${input.kind}::"SkillKind"`);
  const where = Prisma.join(conditions, " AND ");
  const [[count], page] = await Promise.all([
    db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM "skills" s WHERE ${where}`,
    db.$queryRaw<Array<{ id: string }>>`
      SELECT s."id" FROM "skills" s WHERE ${where}
      ORDER BY s."kind", s."name_key", s."id"
      LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
  ]);
  const found = await db.skill.findMany({
    where: { id: { in: page.map((p) => p.id) } },
    select: SKILL_FIELDS,
  });
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = page.map((p) => byId.get(p.id)).filter((r) => r !== undefined);
  return { total: count?.n ?? 0, rows };
}

export async function getSkill(db: TDb, id: string): Promise<TSkillDetail | null> {
  const row = await db.skill.findUnique({
    where: { id },
    select: {
      ...SKILL_FIELDS,
      behaviours: {
        select: { level: true, text: true },
        orderBy: [{ level: "asc" }, { position: "asc" }],
      },
    },
  });
  if (!row) return null;
  const { behaviours, ...rest } = row;
  const paths = await pathsOf(db, [row]);
  return { ...toSkill(rest, paths.get(row.id) ?? []), behaviours };
}

/** What links to a skill, shown before it is deleted. */
export async function skillUsage(db: TDb, id: string): Promise<TSkillUsage> {
  const [children, roles, assets] = await Promise.all([
    db.skill.count({ where: { parentId: id } }),
    db.roleSkill.findMany({
      where: { skillId: id },
      select: { role: { select: { id: true, name: true } } },
      orderBy: { role: { nameKey: "asc" } },
    }),
    db.assetSkill.findMany({
      where: { skillId: id },
      select: { asset: { select: { id: true, title: true } } },
      orderBy: { asset: { titleKey: "asc" } },
    }),
  ]);
  return { children, roles: roles.map((r) => r.role), assets: assets.map((a) => a.asset) };
}
