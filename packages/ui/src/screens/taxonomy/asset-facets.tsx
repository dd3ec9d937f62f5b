import {
  ASSET_KIND_LABELS,
  ASSET_KINDS,
  TAG_VOCABULARIES,
  TAG_VOCABULARY_LABELS,
  type TTag,
} from "@xroi/validators";
import type { ReactNode } from "react";
import { Button } from "../../components/button";
import { NativeSelect } from "../../components/input";
import { hasFilters, NO_FILTERS, type TAssetFilters } from "./asset-filters";

type TFacet = { value: string; count: number }[];
export type TAssetFacets = { kind: TFacet; language: TFacet; region: TFacet };

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
        {title}
      </legend>
      {children}
    </fieldset>
  );
}

const countOf = (facet: TFacet | undefined, value: string) =>
  facet?.find((f) => f.value === value)?.count;

/** Narrow the asset list: kind, gaps, language, region and tags, with counts over the matches. */
export function AssetFacets({
  filters,
  onChange,
  facets,
  tags,
}: {
  filters: TAssetFilters;
  onChange: (next: TAssetFilters) => void;
  facets?: TAssetFacets;
  tags: TTag[];
}) {
  const set = (patch: Partial<TAssetFilters>) => onChange({ ...filters, ...patch });
  const chosenTags = tags.filter((t) => filters.tagIds.includes(t.id));
  const valueSelect = (key: "language" | "region", label: string, facet?: TFacet) => (
    <NativeSelect
      aria-label={label}
      value={filters[key] ?? ""}
      onChange={(e) => set({ [key]: e.target.value || undefined })}
    >
      <option value="">Any {label.toLowerCase()}</option>
      {filters[key] && !countOf(facet, filters[key]) ? (
        <option value={filters[key]}>{filters[key]}</option>
      ) : null}
      {facet?.map((f) => (
        <option key={f.value} value={f.value}>
          {f.value} ({f.count})
        </option>
      ))}
    </NativeSelect>
  );
  return (
    <div aria-label="Filters" role="group" className="grid content-start gap-5">
      <Group title="Kind">
        {ASSET_KINDS.map((kind) => {
          const count = countOf(facets?.kind, kind);
          return (
            <label key={kind} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={filters.kinds.includes(kind)}
                onChange={(e) =>
                  set({
                    kinds: e.target.checked
                      ? [...filters.kinds, kind]
                      : filters.kinds.filter((k) => k !== kind),
                  })
                }
              />
              {ASSET_KIND_LABELS[kind]}
              {count !== undefined ? (
                <span className="ml-auto text-xs tabular-nums text-muted-foreground">{count}</span>
              ) : null}
            </label>
          );
        })}
      </Group>
      <Group title="Gaps">
        {(
          [
            [undefined, "All assets"],
            ["skill", "Missing a skill"],
            ["goal", "Missing a goal"],
          ] as const
        ).map(([value, label]) => (
          <label key={label} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="asset-missing"
              checked={filters.missing === value}
              onChange={() => set({ missing: value })}
            />
            {label}
          </label>
        ))}
      </Group>
      <Group title="Language and region">
        {valueSelect("language", "Language", facets?.language)}
        {valueSelect("region", "Region", facets?.region)}
      </Group>
      <Group title="Tags">
        <NativeSelect
          aria-label="Filter by tag"
          value=""
          onChange={(e) => e.target.value && set({ tagIds: [...filters.tagIds, e.target.value] })}
        >
          <option value="">Add a tag filter…</option>
          {TAG_VOCABULARIES.map((v) => (
            <optgroup key={v} label={TAG_VOCABULARY_LABELS[v]}>
              {tags
                .filter((t) => t.vocabulary === v && !filters.tagIds.includes(t.id))
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </NativeSelect>
        {chosenTags.length > 0 ? (
          <ul aria-label="Tag filters" className="flex flex-wrap gap-1.5">
            {chosenTags.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  aria-label={`Remove tag filter ${t.label}`}
                  className="inline-flex items-center gap-1 rounded-full bg-primary/10 px-2 py-0.5 text-xs font-medium text-primary hover:bg-primary/20"
                  onClick={() => set({ tagIds: filters.tagIds.filter((id) => id !== t.id) })}
                >
                  {t.label} <span aria-hidden>×</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </Group>
      {hasFilters(filters) ? (
        <Button
          variant="link"
          size="sm"
          className="justify-start px-0"
          onClick={() => onChange(NO_FILTERS)}
        >
          Clear all filters
        </Button>
      ) : null}
    </div>
  );
}
