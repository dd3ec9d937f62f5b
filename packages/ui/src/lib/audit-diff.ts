/** Keys every audit entry carries that say nothing a person changed. */
const IGNORED = new Set(["id", "createdAt", "updatedAt", "childCount", "path", "nameKey"]);
const MAX_TEXT = 80;

export type TChange = { key: string; before?: string; after?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as short text for a history line: strings quoted, lists joined, long JSON cut. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return `“${cut(value)}”`;
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) {
    return value.length === 0 ? "none" : cut(value.join(", "));
  }
  return cut(JSON.stringify(value));
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * What changed between an audit entry's before and after, key by key: only keys whose value
 * differs, each shown short. A create has only "after" values, a delete only "before".
 */
export function auditChanges(before: unknown, after: unknown): TChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k));
  const changes: TChange[] = [];
  for (const key of keys) {
    const inBefore = key in b;
    const inAfter = key in a;
    if (inBefore && inAfter && JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
    changes.push({
      key,
      before: inBefore ? showValue(b[key]) : undefined,
      after: inAfter ? showValue(a[key]) : undefined,
    });
  }
  return changes;
}

/** "skill.update" -> "Updated", "asset.bulk_tag" -> "Bulk tagged", "role.skill.set" -> "Skill set". */
export function actionLabel(action: string): string {
  const words: Record<string, string> = {
    create: "Created",
    update: "Updated",
    delete: "Deleted",
    rename: "Renamed",
    merge: "Merged",
    bulk_tag: "Bulk tagged",
    "skill.set": "Required skill set",
    "skill.remove": "Required skill removed",
    import: "Imported",
    import_add: "Added by an import",
    import_change: "Changed by an import",
    import_retire: "Retired by an import",
  };
  // Shown in a program's history: what was deleted with or from it.
  const whole: Record<string, string> = {
    "cost_item.delete": "Cost item deleted",
    "cost_allocation.delete": "Allocation deleted",
  };
  const rest = action.split(".").slice(1).join(".");
  return whole[action] ?? words[rest] ?? (rest || action).replace(/[._]/g, " ");
}
