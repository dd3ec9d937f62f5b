import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TAssetView } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { ConfirmDialog } from "../../components/dialog";
import { Input } from "../../components/input";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useDebounced } from "../../lib/use-debounced";
import { useTRPC } from "../../trpc";
import { HistoryDialog } from "../history-dialog";
import { AssetDialog } from "./asset-dialog";
import { AssetFacets } from "./asset-facets";
import { assetQuery, hasFilters, NO_FILTERS, withPage, type TAssetFilters } from "./asset-filters";
import { AssetTable } from "./asset-table";
import { BulkTagDialog } from "./bulk-tag-dialog";

const PAGE_SIZE = 50;

/** Learning assets: facets and search on the left, a selectable list, bulk tagging, edit and delete. */
export function AssetsSection({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<TAssetFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<TAssetView | "new" | null>(null);
  const [deleting, setDeleting] = useState<TAssetView | null>(null);
  const [history, setHistory] = useState<TAssetView | null>(null);
  const [isTagging, setIsTagging] = useState(false);
  const [notice, setNotice] = useState<string>();
  const search = useDebounced(filters.search, 250);
  const assets = useQuery({
    ...trpc.taxonomy.assets.queryOptions(assetQuery({ ...filters, search }, page, PAGE_SIZE)),
    placeholderData: keepPreviousData,
  });
  const tags = useQuery(trpc.taxonomy.tags.queryOptions({}));
  const remove = useMutation(
    trpc.taxonomy.deleteAsset.mutationOptions({
      onSuccess: () => {
        setNotice(`Deleted “${deleting?.title}”.`);
        setSelected((s) => withPage(s, [deleting?.id ?? ""], false));
        setDeleting(null);
        void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
      },
    }),
  );
  const changeFilters = (next: TAssetFilters) => {
    setFilters(next);
    setPage(1);
    setSelected(new Set());
  };
  const data = assets.data;
  const items = data?.items ?? [];

  return (
    <div className="grid items-start gap-6 md:grid-cols-[13rem_minmax(0,1fr)]">
      <AssetFacets
        filters={filters}
        onChange={changeFilters}
        facets={data?.facets}
        tags={tags.data ?? []}
      />
      <div className="grid gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <Input
            type="search"
            aria-label="Search assets"
            placeholder="Search titles, owners or activity ids"
            className="max-w-sm"
            value={filters.search}
            onChange={(e) => changeFilters({ ...filters, search: e.target.value })}
          />
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {data
              ? `${data.total} asset${data.total === 1 ? "" : "s"}${hasFilters(filters) ? " match" : ""}`
              : "Loading…"}
          </p>
          {canEdit ? (
            <Button className="ml-auto" onClick={() => setEditing("new")}>
              New asset
            </Button>
          ) : null}
        </div>
        {canEdit && selected.size > 0 ? (
          <div
            role="region"
            aria-label="Bulk actions"
            className="flex flex-wrap items-center gap-3 rounded-lg border border-primary/30 bg-primary/5 px-4 py-2 text-sm"
          >
            <span className="font-medium">{selected.size} selected</span>
            <Button size="sm" onClick={() => setIsTagging(true)}>
              Tag selected
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
              Clear selection
            </Button>
          </div>
        ) : null}
        <Notice tone="ok">{notice}</Notice>
        <Notice tone="error">{assets.error ? errorMessage(assets.error) : undefined}</Notice>
        <AssetTable
          items={items}
          canEdit={canEdit}
          selected={selected}
          onSelect={(id, on) => setSelected((s) => withPage(s, [id], on))}
          onSelectPage={(on) =>
            setSelected((s) =>
              withPage(
                s,
                items.map((a) => a.id),
                on,
              ),
            )
          }
          onEdit={(asset) => setEditing(asset)}
          onDelete={(asset) => {
            remove.reset();
            setDeleting(asset);
          }}
          onHistory={setHistory}
          emptyText={
            data
              ? hasFilters(filters)
                ? "No assets match these filters."
                : "No learning assets yet."
              : "Loading…"
          }
        />
        {data && data.pageCount > 1 ? (
          <nav aria-label="Pages" className="flex items-center justify-end gap-3 text-sm">
            <Button
              variant="outline"
              size="sm"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              Previous
            </Button>
            <span>
              Page {data.page} of {data.pageCount}
            </span>
            <Button
              variant="outline"
              size="sm"
              disabled={page >= data.pageCount}
              onClick={() => setPage(page + 1)}
            >
              Next
            </Button>
          </nav>
        ) : null}
      </div>
      <AssetDialog
        open={editing !== null}
        asset={editing === "new" || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
        onSaved={(asset, isNew) => setNotice(`${isNew ? "Created" : "Saved"} “${asset.title}”.`)}
      />
      <BulkTagDialog
        open={isTagging}
        assetIds={[...selected]}
        onClose={() => setIsTagging(false)}
        onDone={(message) => {
          setNotice(message);
          setSelected(new Set());
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.title ?? ""}”?`}
        description={`The asset and its skill and tag links are removed${deleting?.activityIds.length ? `, and its ${deleting.activityIds.length} activity id${deleting.activityIds.length === 1 ? "" : "s"} no longer map statements to it` : ""}. Its history stays in the audit log.`}
        confirmLabel="Delete asset"
        isPending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
      <HistoryDialog
        entity={history ? { type: "learning_asset", id: history.id, name: history.title } : null}
        onClose={() => setHistory(null)}
      />
    </div>
  );
}
