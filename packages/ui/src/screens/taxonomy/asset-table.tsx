import { ASSET_KIND_LABELS, type TAssetView } from "@xroi/validators";
import { useEffect, useRef } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { pageSelection } from "./asset-filters";

function SelectAll({
  state,
  onChange,
}: {
  state: "all" | "some" | "none";
  onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === "some";
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all on this page"
      checked={state === "all"}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

/** A page of assets with their skills and tags; admins select rows for bulk tagging. */
export function AssetTable({
  items,
  canEdit,
  selected,
  onSelect,
  onSelectPage,
  onEdit,
  onDelete,
  onHistory,
  emptyText,
}: {
  items: TAssetView[];
  canEdit: boolean;
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
  onSelectPage: (on: boolean) => void;
  onEdit: (asset: TAssetView) => void;
  onDelete: (asset: TAssetView) => void;
  onHistory: (asset: TAssetView) => void;
  emptyText: string;
}) {
  const columns = canEdit ? 6 : 5;
  return (
    <Table aria-label="Learning assets">
      <THead>
        <tr>
          {canEdit ? (
            <TH className="w-8">
              <SelectAll
                state={pageSelection(
                  items.map((a) => a.id),
                  selected,
                )}
                onChange={onSelectPage}
              />
            </TH>
          ) : null}
          <TH>Asset</TH>
          <TH>Kind</TH>
          <TH>Skills</TH>
          <TH>Tags</TH>
          <TH className="text-right">Actions</TH>
        </tr>
      </THead>
      <TBody>
        {items.map((asset) => (
          <TR key={asset.id} className={selected.has(asset.id) ? "bg-primary/5" : undefined}>
            {canEdit ? (
              <TD>
                <input
                  type="checkbox"
                  aria-label={`Select ${asset.title}`}
                  checked={selected.has(asset.id)}
                  onChange={(e) => onSelect(asset.id, e.target.checked)}
                />
              </TD>
            ) : null}
            <TD className="max-w-72">
              <div className="font-medium">{asset.title}</div>
              <div className="text-xs text-muted-foreground">
                {[
                  asset.owner,
                  asset.format,
                  asset.durationMinutes ? `${asset.durationMinutes} min` : "",
                  asset.language,
                  asset.regions.join(", "),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
            </TD>
            <TD className="whitespace-nowrap">{ASSET_KIND_LABELS[asset.kind]}</TD>
            <TD>
              <div className="flex max-w-64 flex-wrap gap-1">
                {asset.skills.length === 0 ? (
                  <span className="text-xs text-amber-700">No skill</span>
                ) : (
                  asset.skills.map((s) => (
                    <Badge key={s.id} tone="primary">
                      {s.name}
                      {s.targetLevel !== null ? ` · ${s.targetLevel}` : ""}
                    </Badge>
                  ))
                )}
              </div>
            </TD>
            <TD>
              <div className="flex max-w-64 flex-wrap gap-1">
                {asset.tags.map((t) => (
                  <Badge
                    key={t.id}
                    tone={t.vocabulary === "goal" ? "success" : "neutral"}
                    title={t.vocabulary}
                  >
                    {t.label}
                  </Badge>
                ))}
                {!asset.tags.some((t) => t.vocabulary === "goal") ? (
                  <span className="text-xs text-amber-700">No goal</span>
                ) : null}
              </div>
            </TD>
            <TD className="whitespace-nowrap text-right">
              {canEdit ? (
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Edit ${asset.title}`}
                  onClick={() => onEdit(asset)}
                >
                  Edit
                </Button>
              ) : null}
              <Button
                variant="ghost"
                size="sm"
                aria-label={`History of ${asset.title}`}
                onClick={() => onHistory(asset)}
              >
                History
              </Button>
              {canEdit ? (
                <Button
                  variant="ghost"
                  size="sm"
                  className="text-destructive"
                  aria-label={`Delete ${asset.title}`}
                  onClick={() => onDelete(asset)}
                >
                  Delete
                </Button>
              ) : null}
            </TD>
          </TR>
        ))}
        {items.length === 0 ? (
          <tr>
            <TD colSpan={columns} className="py-10 text-center text-muted-foreground">
              {emptyText}
            </TD>
          </tr>
        ) : null}
      </TBody>
    </Table>
  );
}
