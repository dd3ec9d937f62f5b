/** What the tree knows about each visible row, in screen order. */
export type TTreeRow = { id: string; level: number; isExpandable: boolean; isExpanded: boolean };

export type TTreeMove =
  | { type: "focus"; index: number }
  | { type: "expand"; id: string }
  | { type: "collapse"; id: string }
  | { type: "activate"; id: string };

/**
 * The WAI-ARIA tree keys: arrows move and open or close groups, Left on a closed item goes to its
 * group, Home/End jump, Enter/Space activate. Returns null for keys the tree leaves alone.
 */
export function treeKeyMove(
  rows: readonly TTreeRow[],
  index: number,
  key: string,
): TTreeMove | null {
  const row = rows[index];
  if (!row) return rows.length > 0 ? { type: "focus", index: 0 } : null;
  switch (key) {
    case "ArrowDown":
      return index + 1 < rows.length ? { type: "focus", index: index + 1 } : null;
    case "ArrowUp":
      return index > 0 ? { type: "focus", index: index - 1 } : null;
    case "Home":
      return { type: "focus", index: 0 };
    case "End":
      return { type: "focus", index: rows.length - 1 };
    case "ArrowRight": {
      if (row.isExpandable && !row.isExpanded) return { type: "expand", id: row.id };
      const next = rows[index + 1];
      return row.isExpanded && next && next.level > row.level
        ? { type: "focus", index: index + 1 }
        : null;
    }
    case "ArrowLeft": {
      if (row.isExpandable && row.isExpanded) return { type: "collapse", id: row.id };
      for (let i = index - 1; i >= 0; i--) {
        if (rows[i]!.level < row.level) return { type: "focus", index: i };
      }
      return null;
    }
    case "Enter":
    case " ":
      return { type: "activate", id: row.id };
    default:
      return null;
  }
}

/** The next page to ask for and how many rows it brings, for a group's "Show more" row. */
export function moreRows(total: number, shown: number, pageSize: number) {
  const remaining = Math.max(0, total - shown);
  return { remaining, next: Math.min(pageSize, remaining) };
}

/** A set with one id added or removed, as a new set (React state never mutates). */
export function toggled(set: ReadonlySet<string>, id: string, on?: boolean): Set<string> {
  const next = new Set(set);
  if (on ?? !next.has(id)) next.add(id);
  else next.delete(id);
  return next;
}
