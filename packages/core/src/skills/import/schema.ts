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
});
export type TFrameworkImportInput = z.input<typeof ZFrameworkImportSchema>;
export type TFrameworkImport = z.output<typeof ZFrameworkImportSchema>;
