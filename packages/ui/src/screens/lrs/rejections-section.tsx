import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  LRS_REJECTION_CLASS_LABELS,
  LRS_REJECTION_CLASSES,
  type TLrsRejection,
  type TLrsRejectionClass,
} from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { formatWhenParts } from "./lrs-format";

const PAGE_SIZE = 50;

function who(r: TLrsRejection): string {
  if (!r.credentialId) return "Unauthenticated";
  return r.credentialName ?? "A deleted credential";
}

/** Requests the LRS refused (but 404s and its own errors), newest first, so admins can help a tool. */
export function RejectionsSection() {
  const trpc = useTRPC();
  const [statusClass, setStatusClass] = useState<TLrsRejectionClass>("all");
  const [cursors, setCursors] = useState<string[]>([]);
  const page = useQuery({
    ...trpc.lrs.rejections.queryOptions({ statusClass, cursor: cursors.at(-1), limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const items = page.data?.items ?? [];

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="grid gap-1.5 text-sm font-medium">
          Status
          <NativeSelect
            className="w-80"
            value={statusClass}
            onChange={(e) => {
              setStatusClass(e.target.value as TLrsRejectionClass);
              setCursors([]);
            }}
          >
            {LRS_REJECTION_CLASSES.map((c) => (
              <option key={c} value={c}>
                {LRS_REJECTION_CLASS_LABELS[c]}
              </option>
            ))}
          </NativeSelect>
        </label>
        <p className="pb-2 text-sm text-muted-foreground">
          The newest 5,000 refusals are kept. Not-found paths are not recorded.
        </p>
        <Button
          className="ml-auto"
          variant="outline"
          size="sm"
          disabled={page.isFetching}
          onClick={() => (cursors.length ? setCursors([]) : void page.refetch())}
        >
          {cursors.length ? "Back to newest" : "Refresh"}
        </Button>
      </div>
      <Notice tone="error">{page.error ? errorMessage(page.error) : undefined}</Notice>
      <Table aria-label="Rejected requests">
        <THead>
          <tr>
            <TH>Time</TH>
            <TH>Credential</TH>
            <TH>Request</TH>
            <TH>Status</TH>
            <TH>Reason</TH>
          </tr>
        </THead>
        <TBody>
          {items.length === 0 ? (
            <tr>
              <TD colSpan={5} className="py-6 text-center text-muted-foreground">
                {page.data ? "No refused requests." : "Loading…"}
              </TD>
            </tr>
          ) : null}
          {items.map((r) => (
            <TR key={r.id} className="align-top">
              <TD className="whitespace-nowrap align-top">
                <div className="tabular-nums">{formatWhenParts(r.at).time}</div>
                <div className="text-xs text-muted-foreground">{formatWhenParts(r.at).date}</div>
              </TD>
              <TD className="align-top">
                <span className={r.credentialId ? undefined : "text-muted-foreground italic"}>
                  {who(r)}
                </span>
              </TD>
              <TD className="max-w-80 align-top">
                <div className="truncate font-mono text-xs" title={`${r.method} ${r.path}`}>
                  <span className="font-semibold">{r.method}</span> {r.path}
                </div>
              </TD>
              <TD className="align-top">
                <Badge tone={r.status === 401 || r.status === 403 ? "danger" : "warning"}>
                  {r.status}
                </Badge>
              </TD>
              <TD className="min-w-72 align-top break-words">{r.message}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {cursors.length > 0 || page.data?.nextCursor ? (
        <nav aria-label="Pages" className="flex items-center justify-end gap-2 text-sm">
          <Button
            variant="outline"
            size="sm"
            disabled={cursors.length === 0}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            Newer
          </Button>
          <Button
            variant="outline"
            size="sm"
            disabled={!page.data?.nextCursor}
            onClick={() => page.data?.nextCursor && setCursors([...cursors, page.data.nextCursor])}
          >
            Older
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
