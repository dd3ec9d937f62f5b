import type { TPeriodFit } from "@xroi/validators";
import { TriangleAlert } from "lucide-react";
import { outOfPeriodLines } from "./out-of-period";

const SHOWN = 8;

/**
 * Warns that costs dated outside the program's period are not (or not wholly) in its total, and
 * names them, so nobody reads a total that silently left a cost out.
 */
export function OutOfPeriodNotice({
  items,
  period,
  canEdit,
}: {
  items: ReadonlyArray<{
    id: string;
    component: string;
    recurrence: string;
    startsOn: string | null;
    endsOn: string | null;
    periodFit: TPeriodFit;
  }>;
  period: { from: string; to: string };
  canEdit: boolean;
}) {
  const lines = outOfPeriodLines(items);
  if (lines.length === 0) return null;
  const count = lines.length === 1 ? "1 cost item is" : `${lines.length} cost items are`;
  return (
    <div
      role="note"
      aria-label="Costs outside the program's period"
      className="flex gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600" />
      <div className="grid gap-1">
        <p className="font-medium">
          {count} dated outside the program's period ({period.from} to {period.to}), so its total
          leaves out some or all of their cost:
        </p>
        <ul className="list-disc pl-5">
          {lines.slice(0, SHOWN).map((line) => (
            <li key={line.id}>
              <span className="font-medium">{line.component}</span>{" "}
              <span className="tabular-nums">({line.dates})</span>: {line.extent}
            </li>
          ))}
          {lines.length > SHOWN ? <li>and {lines.length - SHOWN} more</li> : null}
        </ul>
        <p className="text-amber-900/80">
          {canEdit
            ? "If they belong to the program, change their dates or the program's period. A window covering them counts them."
            : "A window covering them counts them."}
        </p>
      </div>
    </div>
  );
}
