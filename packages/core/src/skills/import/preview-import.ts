import type { TDb } from "../../db";
import {
  analyseParsed,
  frameworkOrThrow,
  loadFrameworkSkills,
  parseFrameworkFiles,
} from "./analyse-import";
import { diffExamples, type TDiffExamples } from "./diff-examples";
import type { TImportCounts } from "./diff-framework";
import { noProgress, type TReportProgress } from "./progress";
import { ZFrameworkImportSchema, type TFrameworkImportInput } from "./schema";
import { unitOf, type TImportFormat, type TImportProblem } from "./types";

/** The preview lists this many problems; errorCount says how many there are in all. */
export const MAX_PREVIEW_ERRORS = 200;

export type TFrameworkImportPreview = {
  format: TImportFormat;
  version: string;
  fileNames: string[];
  /** How problems count places: "line" in CSV files, "item" in JSON. */
  unit: "line" | "item";
  errors: TImportProblem[];
  errorCount: number;
  notes: string[];
  /** All zero when there are errors. */
  counts: TImportCounts;
  examples: TDiffExamples;
  /** Skills and groups read from the files. */
  total: number;
};

const NO_COUNTS: TImportCounts = { added: 0, changed: 0, retired: 0, unchanged: 0, restored: 0 };
const NO_EXAMPLES: TDiffExamples = { added: [], changed: [], retired: [], unchanged: [] };

/** Reads and checks a framework release against the framework's skills; stores nothing. */
export async function previewFrameworkImport(
  db: TDb,
  raw: TFrameworkImportInput,
  report: TReportProgress = noProgress,
): Promise<TFrameworkImportPreview> {
  const input = ZFrameworkImportSchema.parse(raw);
  await frameworkOrThrow(db, input.frameworkId);
  await report("reading");
  const parsed = parseFrameworkFiles(input);
  await report("loading");
  const existing = await loadFrameworkSkills(db, input.frameworkId);
  await report("checking");
  const analysis = analyseParsed(parsed, existing, input.format);
  const { diff } = analysis;
  await report("done");
  return {
    format: input.format,
    version: input.version,
    fileNames: input.files.map((f) => f.fileName),
    unit: unitOf(input.format),
    errors: analysis.errors.slice(0, MAX_PREVIEW_ERRORS),
    errorCount: analysis.errors.length,
    notes: analysis.notes,
    counts: diff ? diff.counts : NO_COUNTS,
    examples: diff ? diffExamples(diff, parsed.concepts, existing) : NO_EXAMPLES,
    total: parsed.concepts.length,
  };
}
