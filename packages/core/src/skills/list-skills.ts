import type { Prisma } from "@xroi/db";
import { ZSkillListInputSchema, type TSkillListInput, type TSkillPage } from "@xroi/validators";
import type { TDb } from "../db";

export const SKILL_FIELDS = {
  id: true,
  name: true,
  description: true,
  category: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.SkillSelect;

/** One page of skills, name order, filtered by a search over name, description and category. */
export async function listSkills(db: TDb, rawInput: TSkillListInput = {}): Promise<TSkillPage> {
  const input = ZSkillListInputSchema.parse(rawInput);
  const where: Prisma.SkillWhereInput = {};
  if (input.search) {
    where.OR = [
      { name: { contains: input.search, mode: "insensitive" } },
      { description: { contains: input.search, mode: "insensitive" } },
      { category: { contains: input.search, mode: "insensitive" } },
    ];
  }
  if (input.category) where.category = input.category;
  const [total, items] = await Promise.all([
    db.skill.count({ where }),
    db.skill.findMany({
      where,
      select: SKILL_FIELDS,
      orderBy: [{ nameKey: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  return {
    items,
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}

export async function getSkill(db: TDb, id: string) {
  return db.skill.findUnique({ where: { id }, select: SKILL_FIELDS });
}

/** The distinct categories in use, for filters and form suggestions. */
export async function listSkillCategories(db: TDb): Promise<string[]> {
  const rows = await db.skill.findMany({
    where: { category: { not: null } },
    distinct: ["category"],
    select: { category: true },
    orderBy: { category: "asc" },
  });
  return rows.map((r) => r.category).filter((c): c is string => c !== null);
}
