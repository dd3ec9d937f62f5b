import { COST_CATEGORIES, COST_CATEGORY_LABELS, COST_PHASES } from "@xroi/validators";

export const GROUP_BY = ["none", "category", "phase"] as const;
export type TGroupBy = (typeof GROUP_BY)[number];
export const GROUP_BY_LABELS: Record<TGroupBy, string> = {
  none: "None",
  category: "Category",
  phase: "Phase",
};

type TCategory = (typeof COST_CATEGORIES)[number];
type TPhase = (typeof COST_PHASES)[number];

/** "participant_time" -> "Participant time"; phases have no label table of their own. */
export function phaseLabel(phase: string): string {
  const words = phase.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type TGroupableItem = { category: TCategory; phase: TPhase; amountInWindowMinor: bigint };

export type TItemGroup<T> = {
  key: string;
  label: string;
  items: T[];
  /** Sum of the items' amounts in the window, exact in minor units. */
  subtotalMinor: bigint;
};

/**
 * The ledger's rows under their category or phase, in the validators' order (not alphabetical),
 * each group with its exact subtotal. Empty groups are left out; "none" gives one group of all.
 */
export function groupItems<T extends TGroupableItem>(
  items: readonly T[],
  by: TGroupBy,
): TItemGroup<T>[] {
  if (by === "none") {
    const subtotalMinor = items.reduce((sum, item) => sum + item.amountInWindowMinor, 0n);
    return [{ key: "all", label: "All items", items: [...items], subtotalMinor }];
  }
  const keys: readonly string[] = by === "category" ? COST_CATEGORIES : COST_PHASES;
  const label = (key: string) =>
    by === "category" ? COST_CATEGORY_LABELS[key as TCategory] : phaseLabel(key);
  const groups = new Map<string, TItemGroup<T>>();
  for (const item of items) {
    const key = by === "category" ? item.category : item.phase;
    const group = groups.get(key) ?? { key, label: label(key), items: [], subtotalMinor: 0n };
    group.items.push(item);
    group.subtotalMinor += item.amountInWindowMinor;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => keys.indexOf(a.key) - keys.indexOf(b.key));
}
