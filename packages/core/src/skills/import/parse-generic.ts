import { readCsvSheet, type TSheet } from "../../files/csv";
import type { TFileBytes } from "./parse-esco";
import {
  fileProblem,
  headerKey,
  type TConceptColumns,
  type TImportConcept,
  type TImportProblem,
  type TParsedFramework,
  unguardedRows,
} from "./types";

// A framework kept in a spreadsheet: one row per skill or group, parents named by URI.

export const GENERIC_COLUMNS: TConceptColumns = {
  uri: "uri",
  name: "name",
  parent: "parent_uri",
  altLabels: "alt_labels",
};
/** The columns a generic framework file may have, as the template spells them. */
export const GENERIC_COLUMN_NAMES = [
  "uri",
  "name",
  "alt_labels",
  "description",
  "parent_uri",
  "kind",
] as const;
const REQUIRED = ["uri", "name"];
const KNOWN = new Map(GENERIC_COLUMN_NAMES.map((c) => [headerKey(c), c]));

/**
 * alt_labels: labels separated by |. A label holding a bar writes it as \| and a backslash as
 * \\ (exports do); any other backslash is kept as it is.
 */
export function splitBarLabels(text: string): string[] {
  const labels: string[] = [];
  let label = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === "\\" && (next === "|" || next === "\\")) {
      label += next;
      i += 1;
    } else if (char === "|") {
      labels.push(label);
      label = "";
    } else label += char;
  }
  labels.push(label);
  return [...new Set(labels.map((l) => l.trim()).filter((l) => l !== ""))];
}

/** The alt_labels cell for labels: the inverse of splitBarLabels. */
export function joinBarLabels(labels: readonly string[]): string {
  return labels.map((l) => l.replace(/[\\|]/g, (c) => `\\${c}`)).join("|");
}

function checkColumns(sheet: TSheet, file: string): TImportProblem[] {
  const problems: TImportProblem[] = [];
  const columns = new Set(sheet.columns);
  for (const column of REQUIRED) {
    if (!columns.has(headerKey(column))) {
      problems.push({ file, line: 1, column, message: "this column is missing" });
    }
  }
  const seen = new Set<string>();
  for (const [index, column] of sheet.columns.entries()) {
    if (column === "") continue;
    if (!KNOWN.has(column)) {
      problems.push({
        file,
        line: 1,
        column: sheet.headers?.[index] ?? column,
        message: `is not a framework column (${GENERIC_COLUMN_NAMES.join(", ")})`,
      });
    } else if (seen.has(column)) {
      problems.push({ file, line: 1, column: KNOWN.get(column), message: "appears twice" });
    }
    seen.add(column);
  }
  return problems;
}

/** Reads generic framework CSV files (uri, name, alt_labels, description, parent_uri, kind). */
export function parseGenericFiles(files: TFileBytes[]): TParsedFramework {
  const concepts: TImportConcept[] = [];
  const errors: TImportProblem[] = [];
  const unreadFiles: string[] = [];
  for (const { fileName: file, bytes } of files) {
    let sheet: TSheet;
    try {
      const read = readCsvSheet(bytes, headerKey);
      sheet = { ...read, rows: unguardedRows(read.rows) };
    } catch (error) {
      errors.push(fileProblem(file, error));
      unreadFiles.push(file);
      continue;
    }
    const columnErrors = checkColumns(sheet, file);
    errors.push(...columnErrors);
    if (columnErrors.length > 0) {
      unreadFiles.push(file);
      continue;
    }
    for (const { line, cells } of sheet.rows) {
      const kind = (cells.kind ?? "").toLowerCase();
      if (kind !== "" && kind !== "group" && kind !== "skill") {
        errors.push({ file, line, column: "kind", message: "must be group or skill" });
      }
      concepts.push({
        uri: cells.uri ?? "",
        kind: kind === "group" ? "group" : "skill",
        name: cells.name ?? "",
        altLabels: splitBarLabels(cells.altlabels ?? ""),
        description: cells.description ?? "",
        parentUri: cells.parenturi || null,
        file,
        line,
      });
    }
  }
  return { concepts, errors, notes: [], columns: GENERIC_COLUMNS, unreadFiles };
}
