import { skillKey, type TConceptKind, type TImportConcept } from "./types";

// What an import would do to a framework, matched by URI. Pure: the current skills come in as rows.

/** A skill of the framework as stored, with its parent's URI (or local URI: see skillKey). */
export type TExistingSkill = {
  id: string;
  uri: string | null;
  kind: TConceptKind;
  name: string;
  altLabels: string[];
  description: string;
  parentId: string | null;
  parentUri: string | null;
  retiredAt: Date | null;
};

export type TChangedField = "name" | "altLabels" | "description" | "parent" | "kind" | "restored";
export type TConceptChange = {
  concept: TImportConcept;
  existing: TExistingSkill;
  fields: TChangedField[];
};
export type TImportCounts = {
  added: number;
  /** Includes the restored ones. */
  changed: number;
  retired: number;
  unchanged: number;
  /** Retired by an earlier import and back in this one. */
  restored: number;
};
export type TFrameworkDiff = {
  added: TImportConcept[];
  changed: TConceptChange[];
  retired: TExistingSkill[];
  unchanged: TImportConcept[];
  counts: TImportCounts;
};

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((label, i) => label === b[i]);
}

function changedFields(concept: TImportConcept, existing: TExistingSkill): TChangedField[] {
  const fields: TChangedField[] = [];
  if (concept.name !== existing.name) fields.push("name");
  if (!sameLabels(concept.altLabels, existing.altLabels)) fields.push("altLabels");
  if (concept.description !== existing.description) fields.push("description");
  // A parent made by hand is named by its local URI (see localSkillUri), as exports name it.
  if (concept.parentUri !== existing.parentUri) fields.push("parent");
  if (concept.kind !== existing.kind) fields.push("kind");
  if (existing.retiredAt !== null) fields.push("restored");
  return fields;
}

/**
 * Sorts the file's concepts into added, changed and unchanged, and finds the framework's skills
 * the release no longer has. Skills without a URI were made by hand and are never retired; a file
 * names them by their local URI (an export of the framework does).
 */
export function diffFramework(
  concepts: readonly TImportConcept[],
  existing: readonly TExistingSkill[],
): TFrameworkDiff {
  const byUri = new Map<string, TExistingSkill>();
  for (const skill of existing) byUri.set(skillKey(skill), skill);
  const diff: TFrameworkDiff = {
    added: [],
    changed: [],
    retired: [],
    unchanged: [],
    counts: { added: 0, changed: 0, retired: 0, unchanged: 0, restored: 0 },
  };
  const seen = new Set<string>();
  for (const concept of concepts) {
    seen.add(concept.uri);
    const current = byUri.get(concept.uri);
    if (!current) {
      diff.added.push(concept);
      continue;
    }
    const fields = changedFields(concept, current);
    if (fields.length === 0) diff.unchanged.push(concept);
    else diff.changed.push({ concept, existing: current, fields });
    if (fields.includes("restored")) diff.counts.restored += 1;
  }
  for (const skill of byUri.values()) {
    if (skill.uri !== null && !seen.has(skill.uri) && skill.retiredAt === null) {
      diff.retired.push(skill);
    }
  }
  diff.counts.added = diff.added.length;
  diff.counts.changed = diff.changed.length;
  diff.counts.retired = diff.retired.length;
  diff.counts.unchanged = diff.unchanged.length;
  return diff;
}
