export { previewFrameworkImport, MAX_PREVIEW_ERRORS } from "./preview-import";
export type { TFrameworkImportPreview } from "./preview-import";
export { applyFrameworkImport } from "./apply-import";
export type { TFrameworkImportResult } from "./apply-import";
export {
  ZFrameworkImportSchema,
  ZFrameworkImportFileSchema,
  FRAMEWORK_IMPORT_FORMATS,
} from "./schema";
export type { TFrameworkImportInput, TFrameworkImport } from "./schema";
export { parseFrameworkFiles } from "./analyse-import";
export { parseEscoFiles, ESCO_COLUMNS } from "./parse-esco";
export { parseGenericFiles, GENERIC_COLUMNS, GENERIC_COLUMN_NAMES } from "./parse-generic";
export { parseJsonFiles, JSON_COLUMNS } from "./parse-json";
export { validateConcepts } from "./validate-concepts";
export { diffFramework } from "./diff-framework";
export type {
  TExistingSkill,
  TFrameworkDiff,
  TImportCounts,
  TChangedField,
} from "./diff-framework";
export { diffExamples, MAX_EXAMPLES } from "./diff-examples";
export type { TDiffExamples, TConceptExample, TFieldChange } from "./diff-examples";
export { describeProblem, MAX_IMPORT_CONCEPTS } from "./types";
export type { TImportConcept, TImportProblem, TImportFormat, TParsedFramework } from "./types";
export { progressReporter, watchImportProgress, noProgress, watchedImports } from "./progress";
export type { TReportProgress } from "./progress";
