import { z } from "zod";

export const FRAMEWORK_IMPORT_FORMATS = ["esco", "generic", "json"] as const;
/** Per file, as base64: about 48 MB of CSV, well above an ESCO release in one language. */
const MAX_BASE64_CHARS = 64_000_000;

export const ZFrameworkImportFileSchema = z.object({
  fileName: z.string().trim().min(1, "is required").max(255, "must be at most 255 characters"),
  contentBase64: z
    .base64("must be the file's content in base64")
    .max(MAX_BASE64_CHARS, "must be at most 48 MB"),
});

/** A release of a framework to import: its files as they were uploaded. */
export const ZFrameworkImportSchema = z.object({
  frameworkId: z.uuid("must be a framework id"),
  format: z.enum(FRAMEWORK_IMPORT_FORMATS, { error: "must be esco, generic or json" }),
  version: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(100, "must be at most 100 characters"),
  files: z
    .array(ZFrameworkImportFileSchema)
    .min(1, "needs at least one file")
    .max(10, "must be at most 10 files")
    .refine(
      (files) => new Set(files.map((f) => f.fileName)).size === files.length,
      "each file must have its own name",
    ),
  /** Made by the client to follow this import's phases through skills.importProgress. */
  progressId: z.uuid("must be a progress id").optional(),
});
export type TFrameworkImportInput = z.input<typeof ZFrameworkImportSchema>;
export type TFrameworkImport = z.output<typeof ZFrameworkImportSchema>;

/**
 * What the server is doing with an import, in order: reading the files, waiting for the
 * framework (another import of it may be running), loading its skills, checking, writing skills,
 * writing their history, saving the release; then done.
 */
export const IMPORT_PHASES = [
  "reading",
  "waiting",
  "loading",
  "checking",
  "writing",
  "history",
  "saving",
  "done",
] as const;
export const ZImportProgressSchema = z.object({
  phase: z.enum(IMPORT_PHASES),
  /** Rows written so far and in all, while writing skills or their history. */
  done: z.number().int().nullable(),
  total: z.number().int().nullable(),
});
export type TImportProgress = z.infer<typeof ZImportProgressSchema>;
export type TImportPhase = TImportProgress["phase"];

const ZCounts = z.object({
  added: z.number().int(),
  changed: z.number().int(),
  retired: z.number().int(),
  unchanged: z.number().int(),
  restored: z.number().int(),
});
const ZExample = z.object({
  uri: z.string(),
  name: z.string(),
  kind: z.enum(["group", "skill"]),
  parent: z.string(),
});

export const ZFrameworkImportPreviewSchema = z.object({
  format: z.enum(FRAMEWORK_IMPORT_FORMATS),
  version: z.string(),
  fileNames: z.array(z.string()),
  unit: z.enum(["line", "item"]),
  errors: z.array(
    z.object({
      file: z.string(),
      line: z.number().int(),
      column: z.string().optional(),
      message: z.string(),
    }),
  ),
  errorCount: z.number().int(),
  notes: z.array(z.string()),
  counts: ZCounts,
  examples: z.object({
    added: z.array(ZExample),
    changed: z.array(
      ZExample.extend({
        changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
      }),
    ),
    retired: z.array(ZExample),
    unchanged: z.array(ZExample),
  }),
  total: z.number().int(),
});
export type TFrameworkImportPreview = z.infer<typeof ZFrameworkImportPreviewSchema>;

export const ZFrameworkImportResultSchema = z.object({
  frameworkId: z.string(),
  versionId: z.string(),
  version: z.string(),
  fileNames: z.array(z.string()),
  counts: ZCounts,
  total: z.number().int(),
  notes: z.array(z.string()),
});

// --- Export --------------------------------------------------------------------------------------

/** ESCO-shaped CSV (skills, skill groups, broader relations), the generic CSV, or JSON. */
export const ZFrameworkExportSchema = z.object({
  frameworkId: z.uuid("must be a framework id"),
  format: z.enum(FRAMEWORK_IMPORT_FORMATS, { error: "must be esco, generic or json" }),
});
export type TFrameworkExportInput = z.input<typeof ZFrameworkExportSchema>;

export const ZFrameworkExportResultSchema = z.object({
  format: z.enum(FRAMEWORK_IMPORT_FORMATS),
  files: z.array(
    z.object({ fileName: z.string(), contentType: z.string(), contentBase64: z.string() }),
  ),
  total: z.number().int(),
  notes: z.array(z.string()),
});
export type TFrameworkExportResult = z.infer<typeof ZFrameworkExportResultSchema>;
