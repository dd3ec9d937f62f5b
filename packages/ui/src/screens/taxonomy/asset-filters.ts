import type { ASSET_KINDS, TAssetListInput } from "@xroi/validators";

export type TAssetKind = (typeof ASSET_KINDS)[number];

/** What the asset list is narrowed to; the facets panel edits it. */
export type TAssetFilters = {
  search: string;
  kinds: TAssetKind[];
  language?: string;
  region?: string;
  missing?: "skill" | "goal";
  tagIds: string[];
};

export const NO_FILTERS: TAssetFilters = { search: "", kinds: [], tagIds: [] };

/** The list call for a page of filtered assets (blank search and empty choices left out). */
export function assetQuery(
  filters: TAssetFilters,
  page: number,
  pageSize: number,
): TAssetListInput {
  return {
    search: filters.search.trim() || undefined,
    kinds: filters.kinds,
    tagIds: filters.tagIds,
    language: filters.language || undefined,
    region: filters.region || undefined,
    missing: filters.missing,
    page,
    pageSize,
  };
}

export function hasFilters(filters: TAssetFilters): boolean {
  return (
    filters.search.trim() !== "" ||
    filters.kinds.length > 0 ||
    filters.tagIds.length > 0 ||
    !!filters.language ||
    !!filters.region ||
    !!filters.missing
  );
}

/** Page selection: "all" when every row on the page is selected, "some", or "none". */
export function pageSelection(pageIds: readonly string[], selected: ReadonlySet<string>) {
  const count = pageIds.filter((id) => selected.has(id)).length;
  return count === 0 ? "none" : count === pageIds.length ? "all" : "some";
}

/** Selecting all on a page adds its rows; clearing removes only them, keeping other pages' picks. */
export function withPage(
  selected: ReadonlySet<string>,
  pageIds: readonly string[],
  on: boolean,
): Set<string> {
  const next = new Set(selected);
  for (const id of pageIds) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}
