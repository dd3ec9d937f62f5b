import type { TFrameworkImportPreview } from "@xroi/validators";

export type TImportChange = "added" | "changed" | "retired";
export type TImportExample = {
  change: TImportChange;
  name: string;
  kind: "group" | "skill";
  parent: string;
  detail: string;
};

/** Rows per kind of change the preview shows; the server sends up to 50 of each. */
export const EXAMPLES_PER_CHANGE = 8;

/**
 * The preview's examples as one list for a table: a few added, changed (with what changed, before
 * → after) and retired skills. Unchanged ones are left out: they are the bulk and say nothing.
 */
export function importExamples(
  examples: TFrameworkImportPreview["examples"],
  perChange = EXAMPLES_PER_CHANGE,
): TImportExample[] {
  const rows = (change: TImportChange, list: TFrameworkImportPreview["examples"]["added"]) =>
    list.slice(0, perChange).map((e) => ({
      change,
      name: e.name,
      kind: e.kind,
      parent: e.parent,
      detail: "",
    }));
  const changed = examples.changed.slice(0, perChange).map((e) => ({
    change: "changed" as const,
    name: e.name,
    kind: e.kind,
    parent: e.parent,
    detail: e.changes.map((c) => `${c.field}: “${c.before}” → “${c.after}”`).join("; "),
  }));
  return [...rows("added", examples.added), ...changed, ...rows("retired", examples.retired)];
}

/** How many changes applying would make (what the Import button counts). */
export function importChangeCount(counts: TFrameworkImportPreview["counts"]): number {
  return counts.added + counts.changed + counts.retired + counts.restored;
}
