import Papa from "papaparse";
import { GENERIC_COLUMN_NAMES, joinBarLabels } from "../import/parse-generic";
import type { TConceptKind } from "../import/types";

// A framework's skills written in the three formats the import reads, so each file imports back
// into the same tree. Pure: the skills come in already in tree order.

/** One skill or group as the files state it: its URI, and its parent's. */
export type TExportConcept = {
  uri: string;
  kind: TConceptKind;
  name: string;
  altLabels: string[];
  description: string;
  parentUri: string | null;
};
export type TFileText = { fileName: string; contentType: string; text: string };

/** The columns of ESCO v1.x's skills, skill groups and broader relations files. */
export const ESCO_HEADERS = {
  skills: [
    "conceptType",
    "conceptUri",
    "skillType",
    "reuseLevel",
    "preferredLabel",
    "altLabels",
    "hiddenLabels",
    "status",
    "modifiedDate",
    "scopeNote",
    "definition",
    "inScheme",
    "description",
  ],
  groups: [
    "conceptType",
    "conceptUri",
    "preferredLabel",
    "altLabels",
    "hiddenLabels",
    "status",
    "modifiedDate",
    "scopeNote",
    "inScheme",
    "description",
    "code",
  ],
  broader: [
    "conceptType",
    "conceptUri",
    "conceptLabel",
    "broaderType",
    "broaderUri",
    "broaderLabel",
  ],
} as const;
export const ESCO_FILE_NAMES = {
  skills: "skills_en.csv",
  groups: "skillGroups_en.csv",
  broader: "broaderRelationsSkillPillar_en.csv",
} as const;

const CSV_TYPE = "text/csv; charset=utf-8";
// A cell a spreadsheet would run as a formula gets a leading apostrophe; imports take it off again.
// Papa's own guard skips multi-line cells, so the pattern is ours.
const FORMULA = /^[=+\-@\t\r]/;

function csv(header: readonly string[], records: string[][]): string {
  const text = Papa.unparse(
    { fields: [...header], data: records },
    { newline: "\n", escapeFormulae: FORMULA },
  );
  return `${text}\n`;
}

const escoType = (kind: TConceptKind) =>
  kind === "group" ? "SkillGroup" : "KnowledgeSkillCompetence";

/** ESCO-shaped CSV: a skills file, a skill groups file and a broader relations file. */
export function escoFiles(concepts: readonly TExportConcept[], prefix: string): TFileText[] {
  const byUri = new Map(concepts.map((c) => [c.uri, c]));
  const row = (c: TExportConcept, cells: Record<string, string>, header: readonly string[]) =>
    header.map((column) => cells[column] ?? "");
  const common = (c: TExportConcept) => ({
    conceptType: escoType(c.kind),
    conceptUri: c.uri,
    preferredLabel: c.name,
    // ESCO writes one alternative label per line inside the cell.
    altLabels: c.altLabels.join("\n"),
    description: c.description,
  });
  const skills = concepts
    .filter((c) => c.kind === "skill")
    .map((c) => row(c, common(c), ESCO_HEADERS.skills));
  const groups = concepts
    .filter((c) => c.kind === "group")
    .map((c) => row(c, common(c), ESCO_HEADERS.groups));
  const broader = concepts
    .filter((c) => c.parentUri !== null)
    .map((c) => {
      const parent = byUri.get(c.parentUri!);
      return row(
        c,
        {
          conceptType: escoType(c.kind),
          conceptUri: c.uri,
          conceptLabel: c.name,
          broaderType: parent ? escoType(parent.kind) : "",
          broaderUri: c.parentUri!,
          broaderLabel: parent?.name ?? "",
        },
        ESCO_HEADERS.broader,
      );
    });
  return [
    {
      fileName: `${prefix}${ESCO_FILE_NAMES.skills}`,
      contentType: CSV_TYPE,
      text: csv(ESCO_HEADERS.skills, skills),
    },
    {
      fileName: `${prefix}${ESCO_FILE_NAMES.groups}`,
      contentType: CSV_TYPE,
      text: csv(ESCO_HEADERS.groups, groups),
    },
    {
      fileName: `${prefix}${ESCO_FILE_NAMES.broader}`,
      contentType: CSV_TYPE,
      text: csv(ESCO_HEADERS.broader, broader),
    },
  ];
}

/** The generic CSV: uri, name, alt_labels (|-separated), description, parent_uri, kind. */
export function genericCsvFile(concepts: readonly TExportConcept[], prefix: string): TFileText {
  const records = concepts.map((c) => [
    c.uri,
    c.name,
    joinBarLabels(c.altLabels),
    c.description,
    c.parentUri ?? "",
    c.kind,
  ]);
  return {
    fileName: `${prefix}skills.csv`,
    contentType: CSV_TYPE,
    text: csv(GENERIC_COLUMN_NAMES, records),
  };
}

/** The JSON the import reads: the framework's name and version, and its skills. */
export function jsonFile(
  framework: { name: string; version: string },
  concepts: readonly TExportConcept[],
  prefix: string,
): TFileText {
  const body = {
    framework: { name: framework.name, version: framework.version },
    skills: concepts.map((c) => ({
      uri: c.uri,
      name: c.name,
      altLabels: c.altLabels,
      description: c.description,
      parentUri: c.parentUri,
      kind: c.kind,
    })),
  };
  return {
    fileName: `${prefix}skills.json`,
    contentType: "application/json",
    text: `${JSON.stringify(body, null, 2)}\n`,
  };
}
