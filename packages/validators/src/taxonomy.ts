import { z } from "zod";
import { ZLevel } from "./skills";

// Roles with required skills, learning assets, and the controlled vocabularies assets are tagged with.

const ZTrimmed = z.string().trim();
const ZName = ZTrimmed.min(2, "must be at least 2 characters").max(
  200,
  "must be at most 200 characters",
);
const ZId = (what: string) => z.uuid(`must be ${what} id`);

// --- Roles ---------------------------------------------------------------------------------------

export const JOB_ROLE_KINDS = ["job_role", "member_segment"] as const;

export const ZJobRoleFieldsSchema = z.object({
  name: ZName,
  kind: z.enum(JOB_ROLE_KINDS, { error: "must be job_role or member_segment" }).default("job_role"),
  description: ZTrimmed.max(2000, "must be at most 2000 characters").default(""),
});
export const ZJobRoleUpdateSchema = ZJobRoleFieldsSchema.extend({ id: ZId("a role") });

export const ZRoleSkillSetSchema = z.object({
  roleId: ZId("a role"),
  skillId: ZId("a skill"),
  targetLevel: ZLevel,
  isEssential: z.boolean().default(true),
});

export const ZRoleMatrixSchema = z.object({
  roles: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(JOB_ROLE_KINDS),
      description: z.string(),
    }),
  ),
  skills: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      frameworkId: z.string(),
      /** A newer release of its framework dropped it; roles still require it until changed. */
      isRetired: z.boolean(),
      levels: z.array(z.number()),
    }),
  ),
  cells: z.array(
    z.object({
      roleId: z.string(),
      skillId: z.string(),
      targetLevel: z.number(),
      isEssential: z.boolean(),
    }),
  ),
});
export type TRoleMatrix = z.infer<typeof ZRoleMatrixSchema>;

// --- Learning assets -----------------------------------------------------------------------------

export const ASSET_KINDS = [
  "course",
  "webinar",
  "practice_task",
  "code_lab",
  "peer_session",
  "job_aid",
] as const;
export const ASSET_KIND_LABELS: Record<(typeof ASSET_KINDS)[number], string> = {
  course: "Course",
  webinar: "Webinar",
  practice_task: "Practice task",
  code_lab: "Code lab",
  peer_session: "Peer session",
  job_aid: "Job aid",
};

/** An xAPI activity id is an absolute IRI: a scheme, a colon, no spaces. */
export const ZActivityIdSchema = ZTrimmed.min(1, "is required")
  .max(2048, "must be at most 2048 characters")
  .regex(
    /^[a-z][a-z0-9+.-]*:[^\s]+$/i,
    "must be an absolute IRI like https://example.com/course/1",
  );

export const ZAssetFieldsSchema = z.object({
  title: ZName,
  kind: z.enum(ASSET_KINDS, { error: `must be one of ${ASSET_KINDS.join(", ")}` }),
  owner: ZTrimmed.max(200, "must be at most 200 characters").default(""),
  format: ZTrimmed.max(60, "must be at most 60 characters").default(""),
  durationMinutes: z
    .number({ error: "must be a whole number of minutes" })
    .int("must be a whole number of minutes")
    .min(1, "must be at least 1 minute")
    .max(100_000, "must be at most 100000 minutes")
    .nullish()
    .transform((v) => v ?? null),
  language: ZTrimmed.regex(
    /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
    "must be a language code like en or fr-CA",
  ).default("en"),
  regions: z.array(ZTrimmed.min(1).max(80)).max(50, "must be at most 50 regions").default([]),
  description: ZTrimmed.max(4000, "must be at most 4000 characters").default(""),
  activityIds: z
    .array(ZActivityIdSchema)
    .max(50, "must be at most 50 activity ids")
    .default([])
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: "custom", path: [i], message: "is listed twice" });
        seen.add(id);
      });
    }),
});
export const ZAssetUpdateSchema = ZAssetFieldsSchema.extend({ id: ZId("an asset") });
export type TAssetFields = z.input<typeof ZAssetFieldsSchema>;

export const ZAssetListInputSchema = z.object({
  search: ZTrimmed.max(100, "must be at most 100 characters").optional(),
  kinds: z.array(z.enum(ASSET_KINDS)).default([]),
  tagIds: z.array(ZId("a tag")).max(20).default([]),
  skillId: ZId("a skill").optional(),
  language: ZTrimmed.max(20).optional(),
  region: ZTrimmed.max(80).optional(),
  /** Only assets missing a skill tag, or missing a goal tag. */
  missing: z.enum(["skill", "goal"]).optional(),
  page: z.number().int().min(1, "must be 1 or more").default(1),
  pageSize: z.number().int().min(1).max(200, "must be at most 200").default(50),
});
export type TAssetListInput = z.input<typeof ZAssetListInputSchema>;

// --- Tags (controlled vocabularies) --------------------------------------------------------------

export const TAG_VOCABULARIES = ["goal", "outcome", "topic", "region", "audience"] as const;
export const TAG_VOCABULARY_LABELS: Record<(typeof TAG_VOCABULARIES)[number], string> = {
  goal: "Business goals",
  outcome: "Outcomes",
  topic: "Topics",
  region: "Regions",
  audience: "Audiences",
};

export const ZTagFieldsSchema = z.object({
  vocabulary: z.enum(TAG_VOCABULARIES, { error: `must be one of ${TAG_VOCABULARIES.join(", ")}` }),
  label: ZTrimmed.min(2, "must be at least 2 characters").max(
    120,
    "must be at most 120 characters",
  ),
  description: ZTrimmed.max(2000, "must be at most 2000 characters").default(""),
});
export const ZTagRenameSchema = z.object({
  id: ZId("a tag"),
  label: ZTagFieldsSchema.shape.label,
  description: ZTagFieldsSchema.shape.description,
});
export const ZTagMergeSchema = z
  .object({ sourceId: ZId("a tag"), targetId: ZId("a tag") })
  .refine((m) => m.sourceId !== m.targetId, {
    path: ["targetId"],
    message: "must be a different tag",
  });
export const ZTagDeleteSchema = z.object({
  id: ZId("a tag"),
  /** Required when assets carry the tag: the tag comes off them. */
  confirmLinked: z.boolean().default(false),
});

export const ZBulkTagSchema = z
  .object({
    assetIds: z
      .array(ZId("an asset"))
      .min(1, "select at least one asset")
      .max(1000, "must be at most 1000 assets at once"),
    addSkills: z
      .array(
        z.object({
          skillId: ZId("a skill"),
          targetLevel: ZLevel.nullish().transform((v) => v ?? null),
        }),
      )
      .max(100)
      .default([]),
    removeSkillIds: z.array(ZId("a skill")).max(100).default([]),
    addTagIds: z.array(ZId("a tag")).max(100).default([]),
    removeTagIds: z.array(ZId("a tag")).max(100).default([]),
  })
  .refine(
    (b) =>
      b.addSkills.length + b.removeSkillIds.length + b.addTagIds.length + b.removeTagIds.length > 0,
    { path: ["addTagIds"], message: "choose at least one tag or skill to add or remove" },
  );
export type TBulkTagInput = z.input<typeof ZBulkTagSchema>;

// --- Outputs -------------------------------------------------------------------------------------

export const ZAssetSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(ASSET_KINDS),
  owner: z.string(),
  format: z.string(),
  durationMinutes: z.number().nullable(),
  language: z.string(),
  regions: z.array(z.string()),
  description: z.string(),
  updatedAt: z.date(),
  activityIds: z.array(z.string()),
  skills: z.array(
    z.object({ id: z.string(), name: z.string(), targetLevel: z.number().nullable() }),
  ),
  tags: z.array(
    z.object({ id: z.string(), label: z.string(), vocabulary: z.enum(TAG_VOCABULARIES) }),
  ),
});
export type TAssetView = z.infer<typeof ZAssetSchema>;

const ZFacet = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const ZAssetPageSchema = z.object({
  items: z.array(ZAssetSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  facets: z.object({ kind: ZFacet, language: ZFacet, region: ZFacet }),
});

export const ZTagSchema = z.object({
  id: z.string(),
  vocabulary: z.enum(TAG_VOCABULARIES),
  label: z.string(),
  description: z.string(),
  assetCount: z.number().int(),
});
export type TTag = z.infer<typeof ZTagSchema>;

/** The assets that carry a tag: shown before it is deleted. */
export const ZTagUsageSchema = z.object({
  assets: z.array(z.object({ id: z.string(), title: z.string() })),
});

const ZAssetRef = z.object({ id: z.string(), title: z.string(), kind: z.enum(ASSET_KINDS) });
export const ZCoverageSchema = z.object({
  assetCount: z.number().int(),
  assetsWithoutSkill: z.object({ count: z.number().int(), examples: z.array(ZAssetRef) }),
  assetsWithoutGoal: z.object({ count: z.number().int(), examples: z.array(ZAssetRef) }),
  skillsNotTaught: z.object({
    count: z.number().int(),
    retiredLeftOut: z.number().int(),
    examples: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        roles: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            isEssential: z.boolean(),
            targetLevel: z.number(),
          }),
        ),
      }),
    ),
  }),
  unmappedStatements: z.object({
    count: z.number().int(),
    activities: z.number().int(),
    examples: z.array(
      z.object({
        activityId: z.string(),
        name: z.string().nullable(),
        statements: z.number().int(),
      }),
    ),
  }),
});
export type TCoverage = z.infer<typeof ZCoverageSchema>;

export const ZAuditEntrySchema = z.object({
  id: z.string(),
  at: z.date(),
  actor: z.string().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntrySchema>;
