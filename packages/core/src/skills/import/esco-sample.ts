import { ESCO_HEADERS } from "../export/framework-files";

// ESCO-shaped CSV files made up in code, for tests and the import benchmark. Column names, quoting
// and multi-line altLabels follow the ESCO v1.x export; the skills and their words are invented.

export type TEscoRow = {
  uri: string;
  type: "group" | "skill";
  name: string;
  altLabels: string[];
  description: string;
  /** Broader concepts in the order the broader relations file lists them. */
  broader: string[];
};
export type TEscoFiles = { skills: string; groups: string; broader: string };

const SKILLS_HEADER = ESCO_HEADERS.skills;
const GROUPS_HEADER = ESCO_HEADERS.groups;
const BROADER_HEADER = ESCO_HEADERS.broader;
const VERBS = ["apply", "manage", "analyse", "design", "negotiate", "maintain", "teach", "assess"];
const OBJECTS = ["contracts", "pipelines", "budgets", "crops", "networks", "patients", "engines"];

export function escoUri(type: "group" | "skill", n: number): string {
  const hex = n.toString(16).padStart(12, "0");
  return `http://data.europa.eu/esco/skill/${type === "group" ? "0000" : "5ea1"}0000-0000-4000-8000-${hex}`;
}

/** A tree of groups (about 8 at the top) with skills under them; every tenth skill has two broader groups. */
export function escoSampleRows(options: { groups: number; skills: number }): TEscoRow[] {
  const rows: TEscoRow[] = [];
  const top = Math.min(8, options.groups);
  for (let g = 0; g < options.groups; g++) {
    rows.push({
      uri: escoUri("group", g),
      type: "group",
      name: `group ${g} of ${OBJECTS[g % OBJECTS.length]}`,
      altLabels: g % 3 === 0 ? [`field ${g}`] : [],
      description: `Skills about ${OBJECTS[g % OBJECTS.length]}, "broadly", group ${g}.`,
      broader: g < top ? [] : [escoUri("group", g % top)],
    });
  }
  for (let s = 0; s < options.skills; s++) {
    const group = options.groups > 0 ? escoUri("group", s % options.groups) : undefined;
    const second = options.groups > 1 ? escoUri("group", (s + 1) % options.groups) : undefined;
    const verb = VERBS[s % VERBS.length];
    const object = OBJECTS[s % OBJECTS.length];
    rows.push({
      uri: escoUri("skill", s),
      type: "skill",
      name: `${verb} ${object} ${s}`,
      altLabels: [`${verb} ${object} number ${s}`, `${object}, ${verb} (${s})`, `“${verb}” ${s}`],
      description: `Able to ${verb} ${object}, including the "hard" cases; skill ${s}.\nSecond line.`,
      broader: [group, s % 10 === 0 ? second : undefined].filter((u): u is string => !!u),
    });
  }
  return rows;
}

function cell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], records: string[][]): string {
  return [header, ...records].map((r) => r.map(cell).join(",")).join("\n") + "\n";
}

/** The three files of an ESCO export for these rows. */
export function escoFiles(rows: TEscoRow[]): TEscoFiles {
  const byUri = new Map(rows.map((r) => [r.uri, r]));
  const typeOf = (r: TEscoRow) => (r.type === "group" ? "SkillGroup" : "KnowledgeSkillCompetence");
  const skills = rows
    .filter((r) => r.type === "skill")
    .map((r) => [
      typeOf(r),
      r.uri,
      "skill/competence",
      "sector-specific",
      r.name,
      r.altLabels.join("\n"),
      "",
      "released",
      "2024-01-15T10:00:00.000Z",
      "",
      "",
      "http://data.europa.eu/esco/concept-scheme/skills",
      r.description,
    ]);
  const groups = rows
    .filter((r) => r.type === "group")
    .map((r, i) => [
      typeOf(r),
      r.uri,
      r.name,
      r.altLabels.join("\n"),
      "",
      "released",
      "2024-01-15T10:00:00.000Z",
      "",
      "http://data.europa.eu/esco/concept-scheme/skills",
      r.description,
      `S${i}`,
    ]);
  const broader = rows.flatMap((r) =>
    r.broader.map((b) => {
      const parent = byUri.get(b);
      return [
        typeOf(r),
        r.uri,
        r.name,
        parent ? typeOf(parent) : "SkillGroup",
        b,
        parent?.name ?? "",
      ];
    }),
  );
  return {
    skills: csv(SKILLS_HEADER, skills),
    groups: csv(GROUPS_HEADER, groups),
    broader: csv(BROADER_HEADER, broader),
  };
}

/** The files as an import input takes them. */
export function escoUpload(files: TEscoFiles): Array<{ fileName: string; contentBase64: string }> {
  const upload = (fileName: string, text: string) => ({
    fileName,
    contentBase64: Buffer.from(text, "utf8").toString("base64"),
  });
  return [
    upload("skills_en.csv", files.skills),
    upload("skillGroups_en.csv", files.groups),
    upload("broaderRelationsSkillPillar_en.csv", files.broader),
  ];
}
