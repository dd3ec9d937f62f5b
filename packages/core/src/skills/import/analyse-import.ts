import { skillNameKey } from "@xroi/validators";
import type { TDb } from "../../db";
import { DomainError } from "../../errors";
import { diffFramework, type TExistingSkill, type TFrameworkDiff } from "./diff-framework";
import { parseEscoFiles, type TFileBytes } from "./parse-esco";
import { parseGenericFiles } from "./parse-generic";
import { parseJsonFiles } from "./parse-json";
import type { TFrameworkImport } from "./schema";
import {
  skillKey,
  unitOf,
  type TConceptKind,
  type TImportConcept,
  type TImportProblem,
  type TParsedFramework,
} from "./types";
import { validateConcepts } from "./validate-concepts";

/** Reads the uploaded files in the input's format; pure, stores nothing. */
export function parseFrameworkFiles(input: TFrameworkImport): TParsedFramework {
  const files: TFileBytes[] = input.files.map((f) => ({
    fileName: f.fileName,
    bytes: Buffer.from(f.contentBase64, "base64"),
  }));
  if (input.format === "esco") return parseEscoFiles(files);
  if (input.format === "generic") return parseGenericFiles(files);
  return parseJsonFiles(files, input.version);
}

/** The framework's skills, retired ones too, each with its parent's URI. */
export async function loadFrameworkSkills(db: TDb, frameworkId: string): Promise<TExistingSkill[]> {
  const rows = await db.skill.findMany({
    where: { frameworkId },
    select: {
      id: true,
      uri: true,
      kind: true,
      name: true,
      altLabels: true,
      description: true,
      parentId: true,
      retiredAt: true,
    },
  });
  // A parent made by hand has no URI: it is named by its local URI, as exports name it.
  const keyById = new Map(rows.map((r) => [r.id, skillKey(r)]));
  return rows.map((r) => ({
    ...r,
    parentUri: r.parentId === null ? null : (keyById.get(r.parentId) ?? null),
  }));
}

export async function frameworkOrThrow(
  db: TDb,
  frameworkId: string,
): Promise<{ id: string; version: string; source: string }> {
  const framework = await db.skillFramework.findUnique({
    where: { id: frameworkId },
    select: { id: true, version: true, source: true },
  });
  if (!framework)
    throw new DomainError("NOT_FOUND", "this framework no longer exists", "frameworkId");
  return framework;
}

export type TImportAnalysis = {
  parsed: TParsedFramework;
  existing: TExistingSkill[];
  errors: TImportProblem[];
  notes: string[];
  /** Undefined when there are errors: a diff of a wrong file would mislead. */
  diff?: TFrameworkDiff;
};

function hierarchyNotes(
  diff: TFrameworkDiff,
  existing: TExistingSkill[],
  unit: "line" | "item",
): string[] {
  const notes: string[] = [];
  const inFiles = new Set(
    [...diff.unchanged, ...diff.changed.map((c) => c.concept)].map((c) => c.uri),
  );
  const handMade = existing.filter(
    (s) => s.uri === null && s.retiredAt === null && !inFiles.has(skillKey(s)),
  ).length;
  if (handMade > 0) {
    notes.push(
      `skills of this framework without a URI (made by hand), left as they are: ${handMade}`,
    );
  }
  const retiring = new Set(diff.retired.map((s) => s.uri));
  const kept = [...diff.added, ...diff.unchanged, ...diff.changed.map((c) => c.concept)];
  const orphans = kept.filter((c) => c.parentUri !== null && retiring.has(c.parentUri)).length;
  if (orphans > 0) {
    notes.push(`skills or groups kept under a parent that this release retires: ${orphans}`);
  }
  // ESCO relates some skills to a broader skill rather than a group: the tree shows them under it.
  const kindOf = new Map<string, string>();
  for (const s of existing) kindOf.set(skillKey(s), s.kind);
  for (const c of kept) kindOf.set(c.uri, c.kind);
  const narrower = kept.filter((c) => c.parentUri !== null && kindOf.get(c.parentUri) === "skill");
  if (narrower.length > 0) {
    const first = narrower[0]!;
    notes.push(
      `skills whose parent is a broader skill rather than a group: ${narrower.length}; they are ` +
        `kept under that skill (first: “${first.name}”, ${first.file} ${unit} ${first.line})`,
    );
  }
  // The skill form refuses a second name in one group; an import takes the source as it is.
  const names = new Set<string>();
  let repeated = 0;
  let example = "";
  for (const c of kept) {
    const key = `${c.parentUri ?? ""}\u0000${skillNameKey(c.name)}`;
    if (names.has(key)) {
      repeated += 1;
      example ||= `“${c.name}”, ${c.file} ${unit} ${c.line}`;
    }
    names.add(key);
  }
  if (repeated > 0) {
    notes.push(`skills named like another under the same parent: ${repeated} (first: ${example})`);
  }
  return notes;
}

/** A group made by hand must not end up under an item that this release makes a skill. */
function handMadeGroupsUnderSkills(
  concepts: readonly TImportConcept[],
  existing: readonly TExistingSkill[],
  uriColumn: string,
): TImportProblem[] {
  const uriById = new Map(existing.map((s) => [s.id, skillKey(s)]));
  const byUri = new Map(concepts.map((c) => [c.uri, c]));
  const blocked = new Map<string, { parent: TImportConcept; group: string }>();
  for (const s of existing) {
    // Hand-made groups the files name (by local URI) are checked with the files.
    if (s.kind !== "group" || s.uri !== null || s.retiredAt !== null || !s.parentId) continue;
    if (byUri.has(skillKey(s))) continue;
    const parentUri = uriById.get(s.parentId);
    const parent = parentUri ? byUri.get(parentUri) : undefined;
    if (parent?.kind === "skill" && !blocked.has(parent.uri)) {
      blocked.set(parent.uri, { parent, group: s.name });
    }
  }
  return [...blocked.values()].map(({ parent, group }) => ({
    file: parent.file,
    line: parent.line,
    column: uriColumn,
    message: `is a skill in the files, but the group “${group}” (made by hand) sits in it; move that group first`,
  }));
}

/** Checks parsed files against the framework's current skills and works out what would change. */
export function analyseParsed(
  parsed: TParsedFramework,
  existing: TExistingSkill[],
  format: TFrameworkImport["format"],
): TImportAnalysis {
  const existingParents = new Map<string, string | null>();
  const existingKinds = new Map<string, TConceptKind>();
  for (const s of existing) {
    existingParents.set(skillKey(s), s.parentUri);
    existingKinds.set(skillKey(s), s.kind);
  }
  const errors = [...parsed.errors];
  if (parsed.unreadFiles.length === 0) {
    const unit = unitOf(format);
    const options = { columns: parsed.columns, unit, existingParents, existingKinds };
    errors.push(...validateConcepts(parsed.concepts, options));
    errors.push(...handMadeGroupsUnderSkills(parsed.concepts, existing, parsed.columns.uri));
  }
  if (errors.length > 0) return { parsed, existing, errors, notes: parsed.notes };
  const diff = diffFramework(parsed.concepts, existing);
  return {
    parsed,
    existing,
    errors,
    notes: [...parsed.notes, ...hierarchyNotes(diff, existing, unitOf(format))],
    diff,
  };
}
