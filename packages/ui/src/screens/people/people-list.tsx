import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { PEOPLE_PATHS } from "@xroi/validators";
import { useEffect, useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Input } from "../../components/input";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useDebounced } from "../../lib/use-debounced";
import { AppLink, type TNavigation } from "../../shell/app-shell";
import { useTRPC } from "../../trpc";
import { counted } from "./counted";
import { PersonDialog } from "./person-dialog";

const PAGE = 25;

/** Everyone, or who a name or any ID finds; the search is kept in the address (?q=). */
export function PeopleList({
  nav,
  isAdmin,
  initialQuery,
}: {
  nav: TNavigation;
  isAdmin: boolean;
  initialQuery: string;
}) {
  const trpc = useTRPC();
  const [text, setText] = useState(initialQuery);
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const q = useDebounced(text.trim(), 250);
  useEffect(() => {
    setOffset(0);
    if (q !== initialQuery.trim()) nav.navigate(q ? PEOPLE_PATHS.search(q) : PEOPLE_PATHS.list);
    // Only when the search settles; the address follows it, not the other way round.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const result = useQuery({
    ...trpc.people.search.queryOptions({ q, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  const data = result.data;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <Input
          type="search"
          aria-label="Search people"
          placeholder="Name, e-mail, GitHub login, LMS or CRM id, xAPI actor…"
          className="max-w-md"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {isAdmin ? <Button onClick={() => setCreating(true)}>Add person</Button> : null}
        <span className="text-sm text-muted-foreground" aria-live="polite">
          {data ? counted(data.total, "person", "people") : ""}
        </span>
      </div>
      <Notice tone="error">{result.error ? errorMessage(result.error) : undefined}</Notice>
      <Table aria-label="People">
        <THead>
          <tr>
            <TH>Name</TH>
            <TH>Organisation</TH>
            <TH>Team</TH>
            <TH className="text-right">IDs</TH>
            {q ? <TH>Found by</TH> : null}
          </tr>
        </THead>
        <TBody>
          {data?.items.map((p) => (
            <TR key={p.id}>
              <TD className="font-medium">
                <AppLink nav={nav} path={PEOPLE_PATHS.person(p.id)} className="hover:underline">
                  {p.displayName}
                </AppLink>
                {p.status === "merged" ? (
                  <Badge className="ml-2" tone="warning">
                    Merged
                  </Badge>
                ) : null}
              </TD>
              <TD>{p.organization?.name ?? "—"}</TD>
              <TD>{p.team?.name ?? "—"}</TD>
              <TD className="text-right tabular-nums">{p.identifierCount}</TD>
              {q ? <TD className="text-muted-foreground">{p.matched}</TD> : null}
            </TR>
          ))}
          {data && data.items.length === 0 ? (
            <TR>
              <TD colSpan={5} className="text-muted-foreground">
                {q ? `Nobody found for “${q}”.` : "No people yet."}
              </TD>
            </TR>
          ) : null}
        </TBody>
      </Table>
      {data && (offset > 0 || data.nextOffset !== null) ? (
        <div className="flex items-center gap-2 text-sm">
          <Button
            variant="outline"
            size="sm"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            Previous
          </Button>
          <span className="text-muted-foreground">
            {offset + 1}–{offset + data.items.length} of {data.total.toLocaleString("en")}
          </span>
          <Button
            variant="outline"
            size="sm"
            disabled={data.nextOffset === null}
            onClick={() => data.nextOffset !== null && setOffset(data.nextOffset)}
          >
            Next
          </Button>
        </div>
      ) : null}
      {isAdmin ? (
        <PersonDialog
          open={creating}
          onOpenChange={setCreating}
          onSaved={(id) => nav.navigate(PEOPLE_PATHS.person(id))}
        />
      ) : null}
    </div>
  );
}
