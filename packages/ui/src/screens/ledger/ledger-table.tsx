import { COST_CATEGORY_LABELS, type TCostItem, type TPeriodFit } from "@xroi/validators";
import { History, Pencil, Trash2 } from "lucide-react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { cn } from "../../lib/cn";
import { formatMoney } from "../../lib/money";
import { groupItems, phaseLabel, type TGroupBy } from "./group-items";
import { InlineCell } from "./inline-cell";

export type TLedgerItem = TCostItem & { amountInWindowMinor: bigint; periodFit: TPeriodFit };

const words = (value: string) => value.replace(/_/g, " ");
const perUnit = (unit: string) => (unit === "fixed" ? "fixed" : `per ${words(unit)}`);

function ItemRow({
  item,
  currency,
  canEdit,
  onEdit,
  onDelete,
  onHistory,
}: {
  item: TLedgerItem;
  currency: string;
  canEdit: boolean;
  onEdit: (item: TLedgerItem) => void;
  onDelete: (item: TLedgerItem) => void;
  onHistory: (item: TLedgerItem) => void;
}) {
  const badges = (
    <>
      {item.isOptional ? <Badge tone="warning">optional</Badge> : null}
      {item.status === "actual" ? <Badge tone="success">actual</Badge> : null}
      {item.periodFit === "outside" ? <Badge tone="danger">outside the period</Badge> : null}
      {item.periodFit === "partly_outside" ? (
        <Badge tone="danger">partly outside the period</Badge>
      ) : null}
    </>
  );
  const unitText = (
    <span className="whitespace-nowrap text-xs text-muted-foreground">{perUnit(item.unit)}</span>
  );
  return (
    <TR>
      <TD>
        {canEdit ? (
          <InlineCell
            item={item}
            field="component"
            label={`Name of ${item.component}`}
            className="min-w-64 font-medium"
          />
        ) : (
          <span className="font-medium">{item.component}</span>
        )}
        <div
          className={cn(
            "mt-0.5 flex flex-wrap items-center gap-1 text-xs text-muted-foreground",
            canEdit && "px-2",
          )}
        >
          {COST_CATEGORY_LABELS[item.category]} · {phaseLabel(item.phase)} {badges}
        </div>
      </TD>
      <TD className="tabular-nums">
        {canEdit ? (
          <InlineCell
            item={item}
            field="rate"
            label={`Rate of ${item.component}`}
            className="w-24 shrink-0 text-right tabular-nums"
            suffix={unitText}
          />
        ) : (
          <span className="flex items-center gap-1">
            {item.rate} {unitText}
          </span>
        )}
      </TD>
      <TD className="tabular-nums">
        {canEdit ? (
          <InlineCell
            item={item}
            field="volume"
            label={`Volume of ${item.component}`}
            className="w-20 shrink-0 text-right tabular-nums"
          />
        ) : (
          item.volume
        )}
      </TD>
      <TD>{words(item.recurrence)}</TD>
      <TD className="text-right tabular-nums">{formatMoney(item.amountInWindowMinor, currency)}</TD>
      <TD className="whitespace-nowrap px-2 text-right">
        <Button
          variant="ghost"
          size="icon"
          className="size-7"
          aria-label={`History of ${item.component}`}
          title="History: who changed what, when"
          onClick={() => onHistory(item)}
        >
          <History aria-hidden />
        </Button>
        {canEdit ? (
          <>
            <Button
              variant="ghost"
              size="icon"
              className="size-7"
              aria-label={`Edit ${item.component}`}
              title="Edit every field"
              onClick={() => onEdit(item)}
            >
              <Pencil aria-hidden />
            </Button>
            <Button
              variant="ghost"
              size="icon"
              className="size-7 text-destructive"
              aria-label={`Delete ${item.component}`}
              title="Delete"
              onClick={() => onDelete(item)}
            >
              <Trash2 aria-hidden />
            </Button>
          </>
        ) : null}
      </TD>
    </TR>
  );
}

/**
 * The program's cost items, optionally under category or phase headings with exact subtotals.
 * Analysts edit name, rate and volume in place; everyone else reads plain text. Everyone may open
 * an item's history.
 */
export function LedgerTable({
  items,
  currency,
  groupBy,
  amountLabel = "In period",
  canEdit,
  onEdit,
  onDelete,
  onHistory,
}: {
  items: readonly TLedgerItem[];
  currency: string;
  groupBy: TGroupBy;
  /** The amount column's heading: the program's period, or the chosen window. */
  amountLabel?: string;
  canEdit: boolean;
  onEdit: (item: TLedgerItem) => void;
  onDelete: (item: TLedgerItem) => void;
  onHistory: (item: TLedgerItem) => void;
}) {
  const columns = 6;
  const groups = groupItems(items, groupBy);
  return (
    <Table aria-label="Cost items">
      <THead>
        <tr>
          <TH className="w-[34%]">Component</TH>
          <TH>Rate</TH>
          <TH>Volume</TH>
          <TH>Recurrence</TH>
          <TH className="text-right">{amountLabel}</TH>
          <TH className="text-right">Actions</TH>
        </tr>
      </THead>
      {items.length === 0 ? (
        <TBody>
          <tr>
            <TD colSpan={columns} className="py-10 text-center text-muted-foreground">
              No cost items yet.
            </TD>
          </tr>
        </TBody>
      ) : (
        groups.map((group) => (
          <TBody key={group.key}>
            {groupBy === "none" ? null : (
              <tr className="bg-muted/40">
                <th
                  scope="rowgroup"
                  colSpan={4}
                  className="px-3 py-2 text-left text-sm font-semibold"
                >
                  {/* "Subtotal" sits here, not in the amount cell, so that column stays narrow. */}
                  <span className="flex items-baseline justify-between gap-3">
                    <span>
                      {group.label}{" "}
                      <span className="font-normal text-muted-foreground">
                        · {group.items.length} item{group.items.length === 1 ? "" : "s"}
                      </span>
                    </span>
                    <span className="text-xs font-normal uppercase tracking-wide text-muted-foreground">
                      Subtotal
                    </span>
                  </span>
                </th>
                <TD className="whitespace-nowrap text-right font-semibold tabular-nums">
                  {formatMoney(group.subtotalMinor, currency)}
                </TD>
                <TD />
              </tr>
            )}
            {group.items.map((item) => (
              <ItemRow
                key={item.id}
                item={item}
                currency={currency}
                canEdit={canEdit}
                onEdit={onEdit}
                onDelete={onDelete}
                onHistory={onHistory}
              />
            ))}
          </TBody>
        ))
      )}
    </Table>
  );
}
