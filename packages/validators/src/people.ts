import { z } from "zod";
import { IDENTIFIER_KINDS, IDENTITY_SYSTEMS, ZIdentitySettingsSchema } from "./identity";
import { ZText } from "./text";

/** The People screens' inputs and outputs (core/src/people, api/src/routers/people.ts). */

const ZPersonId = z.uuid("must be a person id");
const ZOptionalId = (what: string) =>
  z.preprocess((v) => (v === "" ? null : v), z.uuid(`must be ${what}`).nullable());

export const ZPeopleSearchInputSchema = z.object({
  /** A name or name prefix, an e-mail, a login, an LMS/CRM id, an xAPI mbox or account. */
  q: ZText(300).default(""),
  limit: z.number().int().min(1).max(100).default(25),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type TPeopleSearchInput = z.input<typeof ZPeopleSearchInputSchema>;

const ZRef = z.object({ id: z.string(), name: z.string() });

export const ZPersonRowSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  status: z.enum(["active", "merged"]),
  organization: ZRef.nullable(),
  team: ZRef.nullable(),
  identifierCount: z.number().int(),
  /** What the search matched on: "name", or "<system> <kind>: <value>". */
  matched: z.string().nullable(),
});
export type TPersonRow = z.infer<typeof ZPersonRowSchema>;

export const ZPeopleSearchResultSchema = z.object({
  items: z.array(ZPersonRowSchema),
  total: z.number().int(),
  nextOffset: z.number().int().nullable(),
});
export type TPeopleSearchResult = z.infer<typeof ZPeopleSearchResultSchema>;

export const ZIdentifierSchema = z.object({
  id: z.string(),
  system: z.string(),
  kind: z.string(),
  value: z.string(),
  verified: z.boolean(),
  firstSeen: z.date(),
  lastSeen: z.date(),
  source: z.string(),
});
export type TIdentifier = z.infer<typeof ZIdentifierSchema>;

export const ZPersonMergeRowSchema = z.object({
  id: z.string(),
  survivor: ZRef,
  merged: ZRef,
  mergedAt: z.date(),
  mergedBy: z.string().nullable(),
  undoneAt: z.date().nullable(),
  identifiersMoved: z.number().int(),
  actorsMoved: z.number().int(),
  /** Null when the merge can be undone; else why not. */
  undoBlocker: z.string().nullable(),
});
export type TPersonMergeRow = z.infer<typeof ZPersonMergeRowSchema>;

const ZCounted = z.object({ id: z.string(), count: z.number().int() });

export const ZLearningSummarySchema = z.object({
  actors: z.array(z.string()),
  statements: z.number().int(),
  completions: z.number().int(),
  firstActivity: z.date().nullable(),
  lastActivity: z.date().nullable(),
  topVerbs: z.array(ZCounted),
  topActivities: z.array(ZCounted),
});
export type TLearningSummary = z.infer<typeof ZLearningSummarySchema>;

export const ZPersonDetailSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  status: z.enum(["active", "merged"]),
  mergedInto: ZRef.nullable(),
  organization: ZRef.nullable(),
  team: ZRef.nullable(),
  createdAt: z.date(),
  identifiers: z.array(ZIdentifierSchema),
  merges: z.array(ZPersonMergeRowSchema),
  learning: ZLearningSummarySchema,
});
export type TPersonDetail = z.infer<typeof ZPersonDetailSchema>;

export const ZPersonGetInputSchema = z.object({ id: ZPersonId });

export const ZPersonCreateSchema = z.object({
  displayName: ZText(200, 1),
  organizationId: ZOptionalId("an organisation id").default(null),
  teamId: ZOptionalId("a team id").default(null),
});
export type TPersonCreateInput = z.input<typeof ZPersonCreateSchema>;
export const ZPersonUpdateSchema = ZPersonCreateSchema.extend({ id: ZPersonId });
export type TPersonUpdateInput = z.input<typeof ZPersonUpdateSchema>;

export const ZOrganizationsSchema = z.array(
  z.object({ id: z.string(), name: z.string(), teams: z.array(ZRef) }),
);
export type TOrganizations = z.infer<typeof ZOrganizationsSchema>;

/** What a value of each kind must look like; other kinds are any non-empty text. */
const VALUE_SHAPES: Partial<Record<(typeof IDENTIFIER_KINDS)[number], [RegExp, string]>> = {
  email: [/^[^\s@]+@[^\s@]+$/, "must be an e-mail address, like ana@example.org"],
  mbox: [/^(mailto:)?[^\s@]+@[^\s@]+$/i, "must be an e-mail address or mailto: IRI"],
  mbox_sha1sum: [/^[0-9a-f]{40}$/i, "must be 40 hexadecimal characters (a SHA-1)"],
  account: [/^\S+:\/\/\S+ \S.*$/, "must be the account's homePage, a space, and its name"],
};

export const ZIdentifierAddSchema = z
  .object({
    personId: ZPersonId,
    system: z.enum(IDENTITY_SYSTEMS, { error: `must be one of ${IDENTITY_SYSTEMS.join(", ")}` }),
    kind: z.enum(IDENTIFIER_KINDS, { error: `must be one of ${IDENTIFIER_KINDS.join(", ")}` }),
    value: ZText(500, 1),
    verified: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    const shape = VALUE_SHAPES[v.kind];
    if (shape && v.value !== "" && !shape[0].test(v.value))
      ctx.addIssue({ code: "custom", path: ["value"], message: shape[1] });
  });
export type TIdentifierAddInput = z.input<typeof ZIdentifierAddSchema>;
export const ZIdentifierRefSchema = z.object({ id: z.uuid("must be an identifier id") });
export const ZIdentifierVerifySchema = ZIdentifierRefSchema.extend({ verified: z.boolean() });

export const ZMergeInputSchema = z
  .object({
    survivorId: ZPersonId,
    mergedId: ZPersonId,
    /** Per clash (both hold a CRM id of one kind), the identifier to keep; the other goes. */
    keepIdentifierIds: z.array(z.uuid("must be an identifier id")).max(50).default([]),
    /** The review-queue candidate this merge decides, if any. */
    candidateId: z.uuid("must be a candidate id").optional(),
  })
  .refine((m) => m.survivorId !== m.mergedId, {
    path: ["mergedId"],
    message: "must be a different person from the one kept",
  });
export type TMergeInput = z.input<typeof ZMergeInputSchema>;

export const ZMergePreviewInputSchema = z.object({ survivorId: ZPersonId, mergedId: ZPersonId });
export const ZMergeClashSchema = z.object({
  system: z.string(),
  kind: z.string(),
  survivorIdentifier: ZIdentifierSchema,
  mergedIdentifier: ZIdentifierSchema,
});
export type TMergeClash = z.infer<typeof ZMergeClashSchema>;
export const ZMergePreviewSchema = z.object({
  survivor: ZRef,
  merged: ZRef,
  identifiers: z.number().int(),
  actors: z.number().int(),
  clashes: z.array(ZMergeClashSchema),
});
export type TMergePreview = z.infer<typeof ZMergePreviewSchema>;
export const ZMergeResultSchema = z.object({
  mergeId: z.string(),
  survivorId: z.string(),
  identifiersMoved: z.number().int(),
  identifiersRemoved: z.number().int(),
  actorsMoved: z.number().int(),
});
export const ZMergeRefSchema = z.object({ mergeId: z.uuid("must be a merge id") });

export const ZSplitInputSchema = z.object({
  personId: ZPersonId,
  identifierIds: z
    .array(z.uuid("must be an identifier id"))
    .min(1, "choose at least one identifier to move")
    .max(500),
  displayName: ZText(200, 1),
});
export type TSplitInput = z.input<typeof ZSplitInputSchema>;
export const ZSplitResultSchema = z.object({
  newPersonId: z.string(),
  identifiersMoved: z.number().int(),
  actorsMoved: z.number().int(),
});

export const CANDIDATE_REASONS = ["same_name", "similar_name", "shared_email_local_part"] as const;
export type TCandidateReason = (typeof CANDIDATE_REASONS)[number];
export const CANDIDATE_REASON_LABELS: Record<TCandidateReason, string> = {
  same_name: "Same name in one organisation",
  similar_name: "Similar name in one organisation",
  shared_email_local_part: "Same e-mail name at different domains",
};

export const ZCandidatePersonSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  organization: ZRef.nullable(),
  team: ZRef.nullable(),
  identifiers: z.array(ZIdentifierSchema),
});
export const ZCandidateSchema = z.object({
  id: z.string(),
  reason: z.string(),
  score: z.number(),
  createdAt: z.date(),
  a: ZCandidatePersonSchema,
  b: ZCandidatePersonSchema,
});
export type TCandidate = z.infer<typeof ZCandidateSchema>;
export const ZCandidateListInputSchema = z.object({
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).default(0),
});
export const ZCandidateListSchema = z.object({
  items: z.array(ZCandidateSchema),
  total: z.number().int(),
});
export const ZCandidateRefSchema = z.object({ id: z.uuid("must be a candidate id") });
export const ZFindCandidatesResultSchema = z.object({
  found: z.number().int(),
  added: z.number().int(),
  open: z.number().int(),
});

/** What admins change on the match-settings screen; alert thresholds live on the quality page. */
export const ZMatchSettingsSchema = ZIdentitySettingsSchema.omit({ qualityThresholds: true });
export type TMatchSettings = z.infer<typeof ZMatchSettingsSchema>;
export const ZMatchSettingsResultSchema = ZMatchSettingsSchema.extend({
  reresolved: z.object({ checked: z.number().int(), changed: z.number().int() }).optional(),
});

/** One change to a person, from the audit log, in words (person page "History"). */
export const ZPersonHistoryEntrySchema = z.object({
  id: z.string(),
  at: z.date(),
  actor: z.string().nullable(),
  action: z.string(),
  summary: z.string(),
});
export type TPersonHistoryEntry = z.infer<typeof ZPersonHistoryEntrySchema>;
