import {
  MAX_IMPORT_CONCEPTS,
  type TConceptColumns,
  type TConceptKind,
  type TImportConcept,
  type TImportProblem,
  type TSourceRef,
} from "./types";

// Checks that need every concept at once: required fields, repeated URIs, parents that exist
// and a tree without circles. Pure: the framework's current skills come in as a map.

/** Limits that match the skill form, so an imported skill can be edited without trimming it. */
const LIMITS = { uri: 500, name: 200, description: 4000, label: 200, labels: 100 };

export type TValidateOptions = {
  columns: TConceptColumns;
  unit: "line" | "item";
  /** The framework's skills by URI, with the URI of their parent (null at the top). */
  existingParents: ReadonlyMap<string, string | null>;
  /** The framework's skills by URI with their kind, to keep groups out from under skills. */
  existingKinds?: ReadonlyMap<string, TConceptKind>;
};

function at(concept: TImportConcept): TSourceRef {
  return { file: concept.file, line: concept.line };
}

function fieldProblems(c: TImportConcept, columns: TConceptColumns): TImportProblem[] {
  const problems: TImportProblem[] = [];
  const add = (column: string, message: string) => problems.push({ ...at(c), column, message });
  if (c.uri === "") add(columns.uri, "is required");
  else if (c.uri.length > LIMITS.uri) add(columns.uri, `must be at most ${LIMITS.uri} characters`);
  if (c.name === "") add(columns.name, "is required");
  else if (c.name.length > LIMITS.name)
    add(columns.name, `must be at most ${LIMITS.name} characters`);
  if (c.description.length > LIMITS.description) {
    add("description", `must be at most ${LIMITS.description} characters`);
  }
  if (c.altLabels.length > LIMITS.labels) {
    add(columns.altLabels, `must be at most ${LIMITS.labels} labels`);
  } else if (c.altLabels.some((l) => l.length > LIMITS.label)) {
    add(columns.altLabels, `each label must be at most ${LIMITS.label} characters`);
  }
  return problems;
}

function whereElse(first: TSourceRef, here: TSourceRef, unit: string): string {
  return first.file === here.file ? `${unit} ${first.line}` : `${first.file} ${unit} ${first.line}`;
}

/** Every circle in the parent links that passes through a concept of the files, once each. */
function findCycles(
  concepts: TImportConcept[],
  parentOf: (uri: string) => string | null | undefined,
): string[][] {
  const state = new Map<string, "walking" | "done">();
  const cycles: string[][] = [];
  for (const start of concepts) {
    const path: string[] = [];
    let uri: string | null | undefined = start.uri;
    while (uri && !state.has(uri)) {
      state.set(uri, "walking");
      path.push(uri);
      uri = parentOf(uri);
    }
    if (uri && state.get(uri) === "walking") cycles.push(path.slice(path.indexOf(uri)));
    for (const u of path) state.set(u, "done");
  }
  return cycles;
}

function describeCycle(cycle: string[]): string {
  if (cycle.length === 1) return `${cycle[0]} is its own parent`;
  const shown = cycle.length > 8 ? [...cycle.slice(0, 8), "…"] : cycle;
  return `the hierarchy goes round in a circle: ${[...shown, cycle[0]].join(" → ")}`;
}

/** Problems that stop the import, in file order within each kind of check. */
export function validateConcepts(
  concepts: TImportConcept[],
  options: TValidateOptions,
): TImportProblem[] {
  const { columns, unit, existingParents, existingKinds } = options;
  if (concepts.length > MAX_IMPORT_CONCEPTS) {
    return [
      {
        file: [...new Set(concepts.map((c) => c.file))].join(", "),
        line: 0,
        message: `hold ${concepts.length} skills and groups; at most ${MAX_IMPORT_CONCEPTS} per import`,
      },
    ];
  }
  const problems: TImportProblem[] = [];
  const byUri = new Map<string, TImportConcept>();
  for (const c of concepts) {
    problems.push(...fieldProblems(c, columns));
    if (c.uri === "") continue;
    const first = byUri.get(c.uri);
    if (first) {
      problems.push({
        ...at(c),
        column: columns.uri,
        message: `appears twice (also ${whereElse(at(first), at(c), unit)})`,
      });
    } else byUri.set(c.uri, c);
  }
  for (const c of byUri.values()) {
    if (c.parentUri === null || byUri.has(c.parentUri) || existingParents.has(c.parentUri))
      continue;
    problems.push({
      ...(c.parentAt ?? at(c)),
      column: columns.parent,
      message: `names a parent that is neither in the files nor in the framework: ${c.parentUri}`,
    });
  }
  // A skill may sit under a broader skill (ESCO has such relations); a group only in a group.
  for (const c of byUri.values()) {
    if (c.kind !== "group" || c.parentUri === null) continue;
    const parentKind = byUri.get(c.parentUri)?.kind ?? existingKinds?.get(c.parentUri);
    if (parentKind !== "skill") continue;
    problems.push({
      ...(c.parentAt ?? at(c)),
      column: columns.parent,
      message: `names a skill as the parent of a group (${c.parentUri}); a group can only sit in another group`,
    });
  }
  const parentOf = (uri: string) => {
    const concept = byUri.get(uri);
    return concept ? concept.parentUri : existingParents.get(uri);
  };
  const order = new Map([...byUri.keys()].map((uri, index) => [uri, index]));
  for (const cycle of findCycles([...byUri.values()], parentOf)) {
    // Point at the member the files list first; the cycle may pass through framework skills too.
    const first = cycle
      .filter((uri) => order.has(uri))
      .sort((a, b) => order.get(a)! - order.get(b)!)[0];
    const member = first === undefined ? undefined : byUri.get(first);
    if (!member) continue;
    problems.push({
      ...(member.parentAt ?? at(member)),
      column: columns.parent,
      message: describeCycle(cycle),
    });
  }
  return problems;
}
