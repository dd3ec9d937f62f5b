import type { TArea } from "../areas";
import { PageHeader } from "./page-header";

/** An honest page for an area whose issue has not been delivered yet. */
export function AreaNotBuilt({ area }: { area: TArea }) {
  return (
    <section>
      <PageHeader title={area.label} description={area.summary} />
      <div className="rounded-lg border border-dashed border-border bg-background p-8">
        <h2 className="text-lg font-semibold">Not built yet</h2>
        <p className="mt-2 max-w-xl text-sm text-muted-foreground">
          This area is planned but has no screens yet. It arrives with the issue “
          {area.issue ?? area.label}”. Nothing here reads or changes data.
        </p>
      </div>
    </section>
  );
}
