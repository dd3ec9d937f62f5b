import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TLrsIngestRange } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { IngestChart, SERIES_COLOURS } from "./ingest-chart";

const RANGES: { value: TLrsIngestRange; label: string; caption: string }[] = [
  { value: "24h", label: "Last 24 hours", caption: "Statements stored per hour (UTC)" },
  { value: "30d", label: "Last 30 days", caption: "Statements stored per day (UTC)" },
];

const count = new Intl.NumberFormat("en");

/** How many statements each credential has sent, per hour or per day, and in total. */
export function IngestSection() {
  const trpc = useTRPC();
  const [range, setRange] = useState<TLrsIngestRange>("24h");
  const ingest = useQuery({
    ...trpc.lrs.ingest.queryOptions({ range }),
    placeholderData: keepPreviousData,
  });
  const data = ingest.data;
  const chosen = RANGES.find((r) => r.value === range)!;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <div
          role="group"
          aria-label="Period"
          className="inline-flex rounded-md border border-border p-0.5"
        >
          {RANGES.map((r) => (
            <Button
              key={r.value}
              size="sm"
              variant={range === r.value ? "default" : "ghost"}
              aria-pressed={range === r.value}
              onClick={() => setRange(r.value)}
            >
              {r.label}
            </Button>
          ))}
        </div>
        <Button
          className="ml-auto"
          variant="outline"
          size="sm"
          disabled={ingest.isFetching}
          onClick={() => void ingest.refetch()}
        >
          Refresh
        </Button>
      </div>
      <Notice tone="error">{ingest.error ? errorMessage(ingest.error) : undefined}</Notice>
      <figure
        aria-labelledby="ingest-title"
        className="rounded-lg border border-border bg-background p-4"
      >
        <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="ingest-title" className="text-base font-semibold">
            {chosen.caption}
          </h2>
          <span className="text-sm tabular-nums text-muted-foreground">
            {data ? `${count.format(data.total)} in total` : "Loading…"}
          </span>
        </figcaption>
        {data && data.series.length === 0 ? (
          <p className="py-10 text-center text-sm text-muted-foreground">
            No statements stored in this period.
          </p>
        ) : data ? (
          <IngestChart ingest={data} />
        ) : null}
      </figure>
      {data && data.series.length > 0 ? (
        <Table aria-label="Statements per credential">
          <THead>
            <tr>
              <TH>Credential</TH>
              <TH className="text-right">Statements</TH>
              <TH className="text-right">Share</TH>
            </tr>
          </THead>
          <TBody>
            {data.series.map((s, k) => (
              <TR key={s.credentialId ?? k}>
                <TD>
                  <span
                    aria-hidden
                    className="mr-2 inline-block size-2.5 rounded-sm align-middle"
                    style={{ background: SERIES_COLOURS[k % SERIES_COLOURS.length] }}
                  />
                  {s.name}
                  {s.isRevoked ? (
                    <span className="ml-2 text-xs text-muted-foreground">(revoked)</span>
                  ) : null}
                </TD>
                <TD className="text-right tabular-nums">{count.format(s.total)}</TD>
                <TD className="text-right tabular-nums text-muted-foreground">
                  {data.total ? `${Math.round((s.total / data.total) * 100)}%` : "—"}
                </TD>
              </TR>
            ))}
            <tr className="bg-muted/40 font-semibold">
              <TD>Total</TD>
              <TD className="text-right tabular-nums">{count.format(data.total)}</TD>
              <TD />
            </tr>
          </TBody>
        </Table>
      ) : null}
      <p className="text-xs text-muted-foreground">
        Credentials that stored nothing in the period are left out.
      </p>
    </div>
  );
}
