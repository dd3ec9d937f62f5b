import type { TChangedField, TExistingSkill, TFrameworkDiff } from "./diff-framework";
import { skillKey, type TConceptKind, type TImportConcept } from "./types";

// A readable sample of each bucket for the import preview.

export const MAX_EXAMPLES = 50;

export type TConceptExample = {
  uri: string;
  name: string;
  kind: TConceptKind;
  /** The parent's name, or "" at the top of the tree. */
  parent: string;
};
export type TFieldChange = { field: TChangedField; before: string; after: string };
export type TDiffExamples = {
  added: TConceptExample[];
  changed: Array<TConceptExample & { changes: TFieldChange[] }>;
  retired: TConceptExample[];
  unchanged: TConceptExample[];
};

function short(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** Up to MAX_EXAMPLES of each bucket, parents shown by name. */
export function diffExamples(
  diff: TFrameworkDiff,
  concepts: readonly TImportConcept[],
  existing: readonly TExistingSkill[],
): TDiffExamples {
  const names = new Map<string, string>();
  const namesById = new Map<string, string>();
  for (const s of existing) {
    namesById.set(s.id, s.name);
    names.set(skillKey(s), s.name);
  }
  for (const c of concepts) names.set(c.uri, c.name);
  const parentName = (uri: string | null) => (uri === null ? "" : (names.get(uri) ?? uri));
  const existingParent = (s: TExistingSkill) =>
    s.parentId === null ? "" : (namesById.get(s.parentId) ?? s.parentUri ?? "");
  const ofConcept = (c: TImportConcept): TConceptExample => ({
    uri: c.uri,
    name: c.name,
    kind: c.kind,
    parent: parentName(c.parentUri),
  });
  const ofExisting = (s: TExistingSkill): TConceptExample => ({
    uri: s.uri ?? "",
    name: s.name,
    kind: s.kind,
    parent: existingParent(s),
  });
  return {
    added: diff.added.slice(0, MAX_EXAMPLES).map(ofConcept),
    changed: diff.changed.slice(0, MAX_EXAMPLES).map(({ concept, existing: before, fields }) => ({
      ...ofConcept(concept),
      changes: fields.map((field): TFieldChange => {
        switch (field) {
          case "name":
            return { field, before: before.name, after: concept.name };
          case "altLabels":
            return {
              field,
              before: before.altLabels.join(" | "),
              after: concept.altLabels.join(" | "),
            };
          case "description":
            return { field, before: short(before.description), after: short(concept.description) };
          case "parent":
            return { field, before: existingParent(before), after: parentName(concept.parentUri) };
          case "kind":
            return { field, before: before.kind, after: concept.kind };
          case "restored":
            return { field, before: "retired", after: "current" };
        }
      }),
    })),
    retired: diff.retired.slice(0, MAX_EXAMPLES).map(ofExisting),
    unchanged: diff.unchanged.slice(0, MAX_EXAMPLES).map(ofConcept),
  };
}
