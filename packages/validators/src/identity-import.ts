import { z } from "zod";
import { IDENTIFIER_KINDS, IDENTITY_SYSTEMS } from "./identity";
import { ZText } from "./text";

/**
 * Mapping imports (docs/identity-import.md): a CSV or connector rows, one person a row, matched
 * to people by their identifiers. Shared by the router, the CLI and the import wizard.
 */

/** What a CSV column can hold: a person field, the row's system, or an identifier kind. */
export const IMPORT_FIELD_TARGETS = [
  "ignore",
  "name",
  "organization",
  "organization_id",
  "team",
  "system",
] as const;
export const IMPORT_TARGETS = [...IMPORT_FIELD_TARGETS, ...IDENTIFIER_KINDS] as const;
export type TImportTarget = (typeof IMPORT_TARGETS)[number];
export const IMPORT_TARGET_LABELS: Record<TImportTarget, string> = {
  ignore: "Ignore this column",
  name: "Person's name",
  organization: "Organisation (name)",
  organization_id: "Organisation (CRM id)",
  team: "Team",
  system: "System of the row",
  user_id: "ID: user id",
  email: "ID: e-mail",
  contact_id: "ID: contact id",
  account_id: "ID: account id",
  login: "ID: login",
  mbox: "ID: xAPI mbox",
  mbox_sha1sum: "ID: xAPI mbox_sha1sum",
  openid: "ID: xAPI openid",
  account: "ID: xAPI account (homePage name)",
};

/** Kinds a person holds at most one of per system: a second, different value is a conflict. */
export const SINGLE_VALUE_KINDS: readonly string[] = [
  "user_id",
  "contact_id",
  "account_id",
  "login",
  "account",
];

export const MAX_IMPORT_FILE_BYTES = 16 * 1024 * 1024;
export const MAX_IMPORT_CSV_ROWS = 100_000;
export const MAX_UPSERT_ROWS = 5000;
/** Problems listed in a report; the total is always given. */
export const MAX_LISTED_PROBLEMS = 200;
export const IMPORT_PREVIEW_ROWS = 20;

const ZSystem = z.enum(IDENTITY_SYSTEMS, "must be one of " + IDENTITY_SYSTEMS.join(", "));

export const ZImportMappingSchema = z
  .record(ZText(200, 1), z.enum(IMPORT_TARGETS, "is not a column target"))
  .refine((m) => Object.keys(m).length <= 100, "must map at most 100 columns");
export type TImportMapping = z.infer<typeof ZImportMappingSchema>;

export const ZIdentityImportCsvSchema = z.object({
  /** The system every row belongs to, unless a column maps to "system". */
  system: ZSystem.optional(),
  fileName: ZText(255, 1).regex(/\.(csv|txt)$/i, "must be a .csv file"),
  contentBase64: z
    .string()
    .min(1, "is empty")
    .max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4, "must be at most 16 MB")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"),
  /** Header as written -> target; columns left out are suggested from their header. */
  mapping: ZImportMappingSchema.optional(),
});
export type TIdentityImportCsvInput = z.infer<typeof ZIdentityImportCsvSchema>;

/** One connector row: the same semantics as a CSV line. */
export const ZUpsertRowSchema = z.object({
  name: ZText(200).optional(),
  organization: ZText(200).optional(),
  organizationId: ZText(200).optional(),
  team: ZText(200).optional(),
  /** Overrides the batch's system for this row. */
  system: z.string().max(50).optional(),
  identifiers: z
    .array(z.object({ kind: z.enum(IDENTIFIER_KINDS), value: z.string().max(1000) }))
    .max(50),
});
export const ZUpsertBatchSchema = z.object({
  system: ZSystem.optional(),
  /** Names the batch in the import history, e.g. "crm-sync 2026-12-01". */
  label: ZText(255, 1).default("connector"),
  rows: z
    .array(ZUpsertRowSchema)
    .min(1, "must hold at least one row")
    .max(MAX_UPSERT_ROWS, `must hold at most ${MAX_UPSERT_ROWS} rows`),
});
export type TUpsertBatchInput = z.input<typeof ZUpsertBatchSchema>;

export const ZImportCountsSchema = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  matched: z.number().int(),
  unchanged: z.number().int(),
  conflicting: z.number().int(),
  errors: z.number().int(),
  identifiersAdded: z.number().int(),
  organizationsCreated: z.number().int(),
  teamsCreated: z.number().int(),
});
export type TImportCounts = z.infer<typeof ZImportCountsSchema>;

export const ZImportProblemSchema = z.object({
  /** CSV line (the header is line 1), or the connector row's position from 1. */
  line: z.number().int(),
  column: z.string(),
  value: z.string(),
  kind: z.enum(["error", "conflict"]),
  reason: z.string(),
  heldBy: z.object({ personId: z.string(), displayName: z.string() }).nullable(),
});
export type TImportProblem = z.infer<typeof ZImportProblemSchema>;

export const ZImportPreviewRowSchema = z.object({
  line: z.number().int(),
  action: z.enum(["new", "matched", "unchanged", "problem"]),
  personId: z.string().nullable(),
  displayName: z.string(),
  organization: z.string(),
  team: z.string(),
  identifiers: z.array(
    z.object({ system: z.string(), kind: z.string(), value: z.string(), isNew: z.boolean() }),
  ),
});
export type TImportPreviewRow = z.infer<typeof ZImportPreviewRowSchema>;

export const ZImportReportSchema = z.object({
  /** True only after apply wrote everything; false for a dry run or a refused apply. */
  applied: z.boolean(),
  importId: z.string().nullable(),
  system: z.string().nullable(),
  /** The mapping used (CSV): the given one completed by suggestions. */
  mapping: z.record(z.string(), z.enum(IMPORT_TARGETS)),
  /** Problems with the file or the mapping as a whole: no line was read. */
  fileErrors: z.array(z.string()),
  counts: ZImportCountsSchema,
  problems: z.array(ZImportProblemSchema),
  problemCount: z.number().int(),
  preview: z.array(ZImportPreviewRowSchema),
  /** After apply: actors in the LRS that now resolve to a person. */
  actorsResolved: z.number().int(),
});
export type TImportReport = z.infer<typeof ZImportReportSchema>;

export const ZIdentityImportSummarySchema = z.object({
  id: z.string(),
  system: z.string(),
  fileName: z.string(),
  counts: ZImportCountsSchema.partial(),
  importedBy: z.string().nullable(),
  importedAt: z.date(),
});
export type TIdentityImportSummary = z.infer<typeof ZIdentityImportSummarySchema>;
