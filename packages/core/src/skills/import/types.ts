import { DomainError } from "../../errors";
import type { TSheetRow } from "../../files/csv";

export type TImportFormat = "esco" | "generic" | "json";
export type TConceptKind = "group" | "skill";

/** Where a value was read: a file and its line (CSV) or item number (JSON). */
export type TSourceRef = { file: string; line: number };

/** One skill or group as a framework file states it, before it is checked against anything. */
export type TImportConcept = {
  uri: string;
  kind: TConceptKind;
  name: string;
  altLabels: string[];
  description: string;
  parentUri: string | null;
  file: string;
  line: number;
  /** Where the parent was named when not on the concept's own line (ESCO broader relations). */
  parentAt?: TSourceRef;
};

/**
 * A problem that stops the import. `line` is the CSV line or JSON item number; 0 means the file as
 * a whole (not UTF-8, not JSON, not a file this format knows).
 */
export type TImportProblem = { file: string; line: number; column?: string; message: string };

/** How each format names the fields that problems point at. */
export type TConceptColumns = { uri: string; name: string; parent: string; altLabels: string };

export type TParsedFramework = {
  concepts: TImportConcept[];
  errors: TImportProblem[];
  /** Worth knowing but not wrong: extra broader concepts dropped, files without a hierarchy. */
  notes: string[];
  columns: TConceptColumns;
  /** Files not read at all (encoding, columns): checks across files would only add noise. */
  unreadFiles: string[];
};

/**
 * The URI an export gives a skill made by hand (it has none): an import of that file into the same
 * framework finds the skill by its id, so exports round-trip without inventing URIs in the database.
 */
export function localSkillUri(id: string): string {
  return `urn:xroi:skill:${id}`;
}

/** A skill's URI, or for one made by hand, the local URI its export names it by. */
export function skillKey(skill: { id: string; uri: string | null }): string {
  return skill.uri ?? localSkillUri(skill.id);
}

/** Our CSV exports guard cells a spreadsheet would run as formulas with a leading apostrophe. */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;
export function withoutFormulaGuard(cell: string): string {
  return cell.replace(FORMULA_GUARD, "");
}

/** At most this many skills and groups in one import. */
export const MAX_IMPORT_CONCEPTS = 100_000;

/** "line" for CSV files, "item" for the skills array of a JSON file. */
export function unitOf(format: TImportFormat): "line" | "item" {
  return format === "json" ? "item" : "line";
}

/** "skills_en.csv line 12 conceptUri: appears twice (also line 4)". */
export function describeProblem(problem: TImportProblem, format: TImportFormat): string {
  const where = problem.line > 0 ? ` ${unitOf(format)} ${problem.line}` : "";
  const column = problem.column ? ` ${problem.column}` : "";
  return `${problem.file}${where}${column}: ${problem.message}`;
}

/** A file-level problem from a DomainError the CSV reader threw (encoding, unclosed quote). */
export function fileProblem(file: string, error: unknown): TImportProblem {
  if (!(error instanceof DomainError)) throw error;
  const quoted = /^line (\d+): (.*)$/.exec(error.message);
  return quoted
    ? { file, line: Number(quoted[1]), message: quoted[2]! }
    : { file, line: 0, message: error.message };
}

/** Newline- or bar-separated labels, trimmed, without blanks or repeats. */
export function splitLabels(text: string, separator: string | RegExp): string[] {
  const labels = text
    .split(separator)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return [...new Set(labels)];
}

/** A CSV sheet's cells without the formula guard our exports add (see withoutFormulaGuard). */
export function unguardedRows(rows: TSheetRow[]): TSheetRow[] {
  return rows.map((row) => ({
    line: row.line,
    cells: Object.fromEntries(
      Object.entries(row.cells).map(([column, cell]) => [column, withoutFormulaGuard(cell)]),
    ),
  }));
}

/** Header spellings that name the same column: "conceptUri", "concept_uri", "Concept URI". */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}
