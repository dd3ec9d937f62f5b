import { z } from "zod";

const ZTrimmed = z.string().trim();

export const ZSkillFieldsSchema = z.object({
  name: ZTrimmed.min(2, "must be at least 2 characters").max(120, "must be at most 120 characters"),
  description: ZTrimmed.max(2000, "must be at most 2000 characters").default(""),
  category: ZTrimmed.max(60, "must be at most 60 characters")
    .nullish()
    .transform((value) => (value ? value : null)),
});
export type TSkillFields = z.input<typeof ZSkillFieldsSchema>;

export const ZSkillIdSchema = z.object({ id: z.uuid("must be a skill id") });

export const ZSkillCreateSchema = ZSkillFieldsSchema;
export const ZSkillUpdateSchema = ZSkillFieldsSchema.extend(ZSkillIdSchema.shape);

export const ZSkillListInputSchema = z.object({
  search: ZTrimmed.max(100, "must be at most 100 characters").optional(),
  category: ZTrimmed.max(60).optional(),
  page: z.number().int().min(1, "must be 1 or more").default(1),
  pageSize: z.number().int().min(1).max(100, "must be at most 100").default(20),
});
export type TSkillListInput = z.input<typeof ZSkillListInputSchema>;

export const ZSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TSkill = z.infer<typeof ZSkillSchema>;

export const ZSkillPageSchema = z.object({
  items: z.array(ZSkillSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
});
export type TSkillPage = z.infer<typeof ZSkillPageSchema>;

/** The comparison key for skill names: case and extra spaces do not make a new skill. */
export function skillNameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
