import { z } from "zod";

// The skill map: frameworks with a proficiency scale, skills in a tree, behaviours per level.

const ZTrimmed = z.string().trim();
const ZName = ZTrimmed.min(2, "must be at least 2 characters").max(
  200,
  "must be at most 200 characters",
);
const ZDescription = ZTrimmed.max(4000, "must be at most 4000 characters").default("");
export const ZLevel = z
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(0, "must be 0 or more")
  .max(10, "must be 10 or less");

export const SKILL_KINDS = ["group", "skill"] as const;

/** The comparison key for names: case and extra spaces do not make a new skill, role or tag. */
export function skillNameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

// --- Frameworks ----------------------------------------------------------------------------------

export const ZProficiencyLevelSchema = z.object({
  level: ZLevel,
  name: ZTrimmed.min(1, "is required").max(80, "must be at most 80 characters"),
  description: ZTrimmed.max(500, "must be at most 500 characters").default(""),
});

const ZLevels = z
  .array(ZProficiencyLevelSchema)
  .min(1, "needs at least one level")
  .max(11, "must be at most 11 levels")
  .superRefine((levels, ctx) => {
    levels.forEach((l, i) => {
      if (i > 0 && l.level <= levels[i - 1]!.level) {
        ctx.addIssue({
          code: "custom",
          path: [i, "level"],
          message: "must be higher than the level above it",
        });
      }
    });
  });

export const ZFrameworkCreateSchema = z.object({
  name: ZName,
  description: ZDescription,
  levels: ZLevels,
});
export const ZFrameworkUpdateSchema = ZFrameworkCreateSchema.extend({
  id: z.uuid("must be a framework id"),
});
export type TFrameworkCreateInput = z.input<typeof ZFrameworkCreateSchema>;

export const ZFrameworkSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  source: z.enum(["manual", "esco", "generic"]),
  version: z.string(),
  levels: z.array(z.object({ level: z.number(), name: z.string(), description: z.string() })),
  skillCount: z.number().int(),
  groupCount: z.number().int(),
  retiredCount: z.number().int(),
});
export type TFramework = z.infer<typeof ZFrameworkSchema>;

/** One import of a framework release, for its release history. */
export const ZFrameworkVersionSchema = z.object({
  id: z.string(),
  version: z.string(),
  fileNames: z.array(z.string()),
  added: z.number().int(),
  changed: z.number().int(),
  retired: z.number().int(),
  actor: z.string().nullable(),
  importedAt: z.date(),
});
export type TFrameworkVersion = z.infer<typeof ZFrameworkVersionSchema>;

// --- Skills --------------------------------------------------------------------------------------

export const ZBehaviourSchema = z.object({
  level: ZLevel,
  text: ZTrimmed.min(2, "must be at least 2 characters").max(300, "must be at most 300 characters"),
});

export const ZSkillFieldsSchema = z.object({
  kind: z.enum(SKILL_KINDS, { error: "must be group or skill" }).default("skill"),
  name: ZName,
  uri: ZTrimmed.max(500, "must be at most 500 characters")
    .nullish()
    .transform((v) => (v ? v : null)),
  altLabels: z
    .array(ZTrimmed.min(1, "must not be empty").max(200, "must be at most 200 characters"))
    .max(100, "must be at most 100 labels")
    .default([]),
  description: ZDescription,
  parentId: z
    .uuid("must be a skill or group id")
    .nullish()
    .transform((v) => v ?? null),
  behaviours: z.array(ZBehaviourSchema).max(50, "must be at most 50 behaviours").default([]),
});
export type TSkillFields = z.input<typeof ZSkillFieldsSchema>;

export const ZSkillIdSchema = z.object({ id: z.uuid("must be a skill id") });
export const ZSkillCreateSchema = ZSkillFieldsSchema.extend({
  frameworkId: z.uuid("must be a framework id"),
});
export const ZSkillUpdateSchema = ZSkillFieldsSchema.extend(ZSkillIdSchema.shape);

export const ZSkillListInputSchema = z.object({
  frameworkId: z.uuid("must be a framework id").optional(),
  search: ZTrimmed.max(100, "must be at most 100 characters").optional(),
  /** Children of this group; null for the top of the tree. Ignored when searching. */
  parentId: z.uuid("must be a group id").nullish(),
  kind: z.enum(SKILL_KINDS).optional(),
  includeRetired: z.boolean().default(false),
  page: z.number().int().min(1, "must be 1 or more").default(1),
  pageSize: z.number().int().min(1).max(200, "must be at most 200").default(20),
});
export type TSkillListInput = z.input<typeof ZSkillListInputSchema>;

export const ZSkillSchema = z.object({
  id: z.string(),
  frameworkId: z.string(),
  kind: z.enum(SKILL_KINDS),
  uri: z.string().nullable(),
  name: z.string(),
  altLabels: z.array(z.string()),
  description: z.string(),
  parentId: z.string().nullable(),
  retiredAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  childCount: z.number().int(),
  /** Group names from the top of the tree down to the parent. */
  path: z.array(z.string()),
});
export type TSkill = z.infer<typeof ZSkillSchema>;

export const ZSkillDetailSchema = ZSkillSchema.extend({
  behaviours: z.array(z.object({ level: z.number(), text: z.string() })),
});
export type TSkillDetail = z.infer<typeof ZSkillDetailSchema>;

export const ZSkillPageSchema = z.object({
  items: z.array(ZSkillSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
});
export type TSkillPage = z.infer<typeof ZSkillPageSchema>;

/** What links to a skill: shown before a delete so nothing disappears unseen. */
export const ZSkillUsageSchema = z.object({
  children: z.number().int(),
  roles: z.array(z.object({ id: z.string(), name: z.string() })),
  assets: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type TSkillUsage = z.infer<typeof ZSkillUsageSchema>;

export const ZSkillDeleteSchema = ZSkillIdSchema.extend({
  /** Required when roles or assets link to the skill: their links go with it. */
  confirmLinked: z.boolean().default(false),
});
