import { z } from "zod";

/** What the LRS screens show and ask for: the statement browser, ingest, rejections. */

/** Enough to pick a credential in a filter or name a chart series (analysts see no keys). */
export const ZLrsCredentialOptionSchema = z.object({
  id: z.string(),
  name: z.string(),
  isRevoked: z.boolean(),
});
export type TLrsCredentialOption = z.infer<typeof ZLrsCredentialOptionSchema>;

export const ZLrsScoreSchema = z.object({
  scaled: z.number().nullable(),
  raw: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

/** One row of the statement browser: the parts a person scans, not the whole statement. */
export const ZLrsStatementRowSchema = z.object({
  id: z.string(),
  /** ISO 8601 to the microsecond, as the LRS returns it. */
  stored: z.string(),
  actor: z.object({ name: z.string().nullable(), ifi: z.string() }),
  verb: z.object({ id: z.string(), display: z.string().nullable() }),
  object: z.object({
    type: z.string(),
    id: z.string().nullable(),
    name: z.string().nullable(),
  }),
  result: z
    .object({
      success: z.boolean().nullable(),
      completion: z.boolean().nullable(),
      score: ZLrsScoreSchema.nullable(),
    })
    .nullable(),
  isVoided: z.boolean(),
  credentialName: z.string().nullable(),
});
export type TLrsStatementRow = z.infer<typeof ZLrsStatementRowSchema>;

export const ZLrsStatementPageSchema = z.object({
  items: z.array(ZLrsStatementRowSchema),
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** The IFI the actor filter searched for, so the screen can say what it matched. */
  actorIfi: z.string().nullable(),
});
export type TLrsStatementPage = z.infer<typeof ZLrsStatementPageSchema>;

export const ZLrsStatementIdSchema = z.object({ id: z.uuid("must be a statement id") });

export const ZLrsStatementDetailSchema = z.object({
  id: z.string(),
  stored: z.string(),
  isVoided: z.boolean(),
  statement: z.record(z.string(), z.unknown()),
});
export type TLrsStatementDetail = z.infer<typeof ZLrsStatementDetailSchema>;

export const LRS_INGEST_RANGES = ["24h", "30d"] as const;
export type TLrsIngestRange = (typeof LRS_INGEST_RANGES)[number];
export const ZLrsIngestQuerySchema = z.object({
  range: z.enum(LRS_INGEST_RANGES, { error: "must be 24h or 30d" }).default("24h"),
});

export const ZLrsIngestSchema = z.object({
  range: z.enum(LRS_INGEST_RANGES),
  unit: z.enum(["hour", "day"]),
  /** Start of each bucket (ISO, UTC), oldest first; the last one is the current hour or day. */
  buckets: z.array(z.string()),
  series: z.array(
    z.object({
      /** Null for statements whose credential no longer exists. */
      credentialId: z.string().nullable(),
      name: z.string(),
      isRevoked: z.boolean(),
      counts: z.array(z.number().int()),
      total: z.number().int(),
    }),
  ),
  total: z.number().int(),
});
export type TLrsIngest = z.infer<typeof ZLrsIngestSchema>;

/**
 * Which refused requests to show. The LRS keeps refusals below 500 but 404s; `auth` is 401 and
 * 403, `invalid` the requests it could not accept (400, 405, 413, 415), `conflict` 409 and 412.
 */
export const LRS_REJECTION_CLASSES = ["all", "auth", "invalid", "conflict"] as const;
export type TLrsRejectionClass = (typeof LRS_REJECTION_CLASSES)[number];
export const LRS_REJECTION_CLASS_LABELS: Record<TLrsRejectionClass, string> = {
  all: "All refusals",
  auth: "Not authenticated or not allowed (401, 403)",
  invalid: "Invalid requests (400, 405, 413, 415)",
  conflict: "Conflicts (409, 412)",
};
export const LRS_REJECTION_CLASS_STATUSES: Record<TLrsRejectionClass, readonly number[] | null> = {
  all: null,
  auth: [401, 403],
  invalid: [400, 405, 413, 415],
  conflict: [409, 412],
};

export const ZLrsRejectionFilterSchema = z.object({
  statusClass: z.enum(LRS_REJECTION_CLASSES, { error: "must be a status class" }).default("all"),
  /** The id of the last row of the previous page; the next page holds older rows. */
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, "must be a cursor from an earlier page")
    .optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type TLrsRejectionFilter = z.input<typeof ZLrsRejectionFilterSchema>;

export const ZLrsRejectionSchema = z.object({
  id: z.string(),
  at: z.date(),
  credentialId: z.string().nullable(),
  /** Null when the request named no valid credential. */
  credentialName: z.string().nullable(),
  method: z.string(),
  path: z.string(),
  status: z.number().int(),
  message: z.string(),
});
export type TLrsRejection = z.infer<typeof ZLrsRejectionSchema>;

export const ZLrsRejectionPageSchema = z.object({
  items: z.array(ZLrsRejectionSchema),
  nextCursor: z.string().nullable(),
});
