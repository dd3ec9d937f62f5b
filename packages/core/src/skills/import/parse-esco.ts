import { readCsvSheet, type TSheet } from "../../files/csv";
import {
  fileProblem,
  headerKey,
  splitLabels,
  type TConceptColumns,
  type TImportConcept,
  type TImportProblem,
  type TParsedFramework,
  type TSourceRef,
  unguardedRows,
} from "./types";

// ESCO v1.x CSV export: skills_en.csv, skillGroups_en.csv and broaderRelationsSkillPillar_en.csv,
// told apart by their columns so the file names may be anything.

type TEscoFileKind = "skills" | "groups" | "broader";
export type TFileBytes = { fileName: string; bytes: Uint8Array };

export const ESCO_COLUMNS: TConceptColumns = {
  uri: "conceptUri",
  name: "preferredLabel",
  parent: "broaderUri",
  altLabels: "altLabels",
};
const REQUIRED: Record<TEscoFileKind, string[]> = {
  skills: ["conceptUri", "preferredLabel"],
  groups: ["conceptUri", "preferredLabel"],
  broader: ["conceptUri", "broaderUri"],
};

function fileKindOf(columns: Set<string>): TEscoFileKind | undefined {
  if (["broaderuri", "broadertype", "broaderlabel"].some((c) => columns.has(c))) return "broader";
  if (columns.has("skilltype") || columns.has("reuselevel")) return "skills";
  if (columns.has("preferredlabel") || columns.has("concepttype")) return "groups";
  return undefined;
}

function conceptOf(
  cells: Record<string, string>,
  fileKind: TEscoFileKind,
  at: TSourceRef,
): TImportConcept {
  const conceptType = (cells.concepttype ?? "").toLowerCase();
  const isGroup = conceptType === "" ? fileKind === "groups" : conceptType === "skillgroup";
  return {
    uri: cells.concepturi ?? "",
    kind: isGroup ? "group" : "skill",
    name: cells.preferredlabel ?? "",
    // ESCO writes one label per line inside a quoted cell.
    altLabels: splitLabels(cells.altlabels ?? "", "\n"),
    description: cells.description || cells.definition || "",
    parentUri: null,
    ...at,
  };
}

type TBroader = { childUri: string; parentUri: string; at: TSourceRef };

function readBroader(sheet: TSheet, file: string, errors: TImportProblem[]): TBroader[] {
  const relations: TBroader[] = [];
  for (const row of sheet.rows) {
    const childUri = row.cells.concepturi ?? "";
    const parentUri = row.cells.broaderuri ?? "";
    const at = { file, line: row.line };
    if (childUri === "") errors.push({ ...at, column: "conceptUri", message: "is required" });
    if (parentUri === "") errors.push({ ...at, column: "broaderUri", message: "is required" });
    if (childUri !== "" && parentUri !== "") relations.push({ childUri, parentUri, at });
  }
  return relations;
}

/** Gives each concept the first broader concept listed for it; ESCO lists several for some. */
function linkParents(concepts: TImportConcept[], relations: TBroader[], notes: string[]): void {
  const byUri = new Map(concepts.map((c) => [c.uri, c]));
  const linked = new Set<string>();
  let extra = 0;
  let extraConcepts = 0;
  let firstExtra: TSourceRef | undefined;
  let unknown = 0;
  let firstUnknown: TSourceRef | undefined;
  const counted = new Set<string>();
  for (const relation of relations) {
    const concept = byUri.get(relation.childUri);
    if (!concept) {
      unknown += 1;
      firstUnknown ??= relation.at;
    } else if (!linked.has(relation.childUri)) {
      concept.parentUri = relation.parentUri;
      concept.parentAt = relation.at;
      linked.add(relation.childUri);
    } else {
      extra += 1;
      firstExtra ??= relation.at;
      if (!counted.has(relation.childUri)) extraConcepts += 1;
      counted.add(relation.childUri);
    }
  }
  if (extra > 0 && firstExtra) {
    notes.push(
      `concepts with more than one broader concept: ${extraConcepts}; the first listed is kept ` +
        `as the parent, the other ${extra} relations are left out (first: ${firstExtra.file} line ${firstExtra.line})`,
    );
  }
  if (unknown > 0 && firstUnknown) {
    notes.push(
      `broader relations skipped because their concept is in none of the skills or skill ` +
        `groups files: ${unknown} (first: ${firstUnknown.file} line ${firstUnknown.line})`,
    );
  }
}

/** Reads the files of an ESCO CSV export into concepts; pure, stores nothing. */
export function parseEscoFiles(files: TFileBytes[]): TParsedFramework {
  const concepts: TImportConcept[] = [];
  const relations: TBroader[] = [];
  const errors: TImportProblem[] = [];
  const notes: string[] = [];
  const unreadFiles: string[] = [];
  let hasBroaderFile = false;
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
    const columns = new Set(sheet.columns);
    const kind = fileKindOf(columns);
    if (!kind) {
      errors.push({
        file,
        line: 1,
        message:
          "is not an ESCO skills, skill groups or broader relations file: its columns name " +
          "neither preferredLabel nor broaderUri",
      });
      unreadFiles.push(file);
      continue;
    }
    const missing = REQUIRED[kind].filter((c) => !columns.has(headerKey(c)));
    for (const column of missing) {
      errors.push({ file, line: 1, column, message: "this column is missing" });
    }
    if (missing.length > 0) {
      unreadFiles.push(file);
      continue;
    }
    if (kind === "broader") {
      hasBroaderFile = true;
      relations.push(...readBroader(sheet, file, errors));
    } else {
      for (const row of sheet.rows)
        concepts.push(conceptOf(row.cells, kind, { file, line: row.line }));
    }
  }
  if (concepts.length === 0 && errors.length === 0) {
    errors.push({
      file: files.map((f) => f.fileName).join(", "),
      line: 0,
      message:
        "hold no skills: add the skills file (skills_en.csv) and the skill groups file (skillGroups_en.csv)",
    });
  }
  if (!hasBroaderFile && concepts.length > 0) {
    notes.push(
      "no broader relations file (broaderRelationsSkillPillar_en.csv): every skill and group is placed at the top of the tree",
    );
  }
  linkParents(concepts, relations, notes);
  return { concepts, errors, notes, columns: ESCO_COLUMNS, unreadFiles };
}
