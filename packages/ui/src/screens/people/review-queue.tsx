import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  CANDIDATE_REASON_LABELS,
  PEOPLE_PATHS,
  type TCandidate,
  type TCandidateReason,
} from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { AppLink, type TNavigation } from "../../shell/app-shell";
import { useTRPC } from "../../trpc";
import { counted } from "./counted";
import { systemLabel } from "./identifiers-panel";
import { MergeDialog } from "./merge-dialog";

type TSide = TCandidate["a"];

/** Pairs who may be one person, most alike first; an admin merges or dismisses each. */
export function ReviewQueue({ nav, isAdmin }: { nav: TNavigation; isAdmin: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.people.candidates.queryOptions({ limit: 50 }));
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [merging, setMerging] = useState<{ c: TCandidate; survivor: TSide; merged: TSide }>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
  const onError = (e: unknown) => setError(errorMessage(e));
  const find = useMutation(
    trpc.people.findCandidates.mutationOptions({
      onSuccess: (r) => {
        setError(undefined);
        setMessage(`${counted(r.added, "new pair")} found; ${r.open} open.`);
        void refresh();
      },
      onError,
    }),
  );
  const dismiss = useMutation(
    trpc.people.dismissCandidate.mutationOptions({
      onSuccess: () => {
        setError(undefined);
        setMessage("Dismissed: the pair will not be suggested again.");
        void refresh();
      },
      onError,
    }),
  );
  const side = (c: TCandidate, p: TSide, other: TSide) => (
    <div className="grid content-start gap-1 rounded-md bg-muted/40 p-3">
      <AppLink nav={nav} path={PEOPLE_PATHS.person(p.id)} className="font-medium hover:underline">
        {p.displayName}
      </AppLink>
      <span className="text-muted-foreground">
        {[p.organization?.name, p.team?.name].filter(Boolean).join(" · ") || "No organisation"}
      </span>
      <ul className="text-xs">
        {p.identifiers.map((i) => (
          <li key={i.id}>
            {systemLabel(i.system)} {i.kind}: <span className="font-mono">{i.value}</span>
          </li>
        ))}
      </ul>
      {isAdmin ? (
        <Button
          size="sm"
          variant="outline"
          className="mt-1 justify-self-start"
          aria-label={`Keep this one, merge the other: ${[p.displayName, p.identifiers[0]?.value].filter(Boolean).join(", ")}`}
          onClick={() => setMerging({ c, survivor: p, merged: other })}
        >
          Keep this one, merge the other
        </Button>
      ) : null}
    </div>
  );
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        {isAdmin ? (
          <Button onClick={() => find.mutate()} disabled={find.isPending}>
            {find.isPending ? "Looking…" : "Find candidates"}
          </Button>
        ) : null}
        <span className="text-sm text-muted-foreground">
          {list.data ? counted(list.data.total, "open pair") : ""}
        </span>
      </div>
      <Notice tone="ok">{message}</Notice>
      <Notice tone="error">{error ?? (list.error ? errorMessage(list.error) : undefined)}</Notice>
      <ul className="grid gap-3" aria-label="Candidates">
        {list.data?.items.map((c) => (
          <li
            key={c.id}
            aria-label={`${c.a.displayName} and ${c.b.displayName}`}
            className="grid gap-3 rounded-lg border border-border p-4 text-sm"
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone="primary">
                {CANDIDATE_REASON_LABELS[c.reason as TCandidateReason] ?? c.reason}
              </Badge>
              <span className="text-muted-foreground">{Math.round(c.score * 100)}% alike</span>
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              {side(c, c.a, c.b)}
              {side(c, c.b, c.a)}
            </div>
            {isAdmin ? (
              <Button
                size="sm"
                variant="ghost"
                className="justify-self-start"
                disabled={dismiss.isPending}
                onClick={() => dismiss.mutate({ id: c.id })}
              >
                Not the same person
              </Button>
            ) : null}
          </li>
        ))}
        {list.data && list.data.items.length === 0 ? (
          <li className="text-sm text-muted-foreground">Nothing to review.</li>
        ) : null}
      </ul>
      {merging ? (
        <MergeDialog
          open
          onOpenChange={(open) => !open && setMerging(undefined)}
          survivor={{ id: merging.survivor.id, name: merging.survivor.displayName }}
          merged={{ id: merging.merged.id, name: merging.merged.displayName }}
          candidateId={merging.c.id}
          onMerged={(text) => {
            setMessage(text);
            void refresh();
          }}
        />
      ) : null}
    </div>
  );
}
