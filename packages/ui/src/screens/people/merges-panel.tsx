import { useMutation } from "@tanstack/react-query";
import { PEOPLE_PATHS, type TPersonDetail } from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { AppLink, type TNavigation } from "../../shell/app-shell";
import { useTRPC } from "../../trpc";
import { counted } from "./counted";

/** Merges this person took part in, newest first; a merge can be undone while nothing blocks it. */
export function MergesPanel({
  nav,
  person,
  isAdmin,
  onChanged,
  onMessage,
}: {
  nav: TNavigation;
  person: TPersonDetail;
  isAdmin: boolean;
  onChanged: () => void;
  onMessage: (text: string) => void;
}) {
  const trpc = useTRPC();
  const [error, setError] = useState<string>();
  const undo = useMutation(
    trpc.people.undoMerge.mutationOptions({
      onSuccess: () => {
        setError(undefined);
        onMessage("The merge was undone.");
        onChanged();
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  const link = (p: { id: string; name: string }) => (
    <AppLink nav={nav} path={PEOPLE_PATHS.person(p.id)} className="text-primary hover:underline">
      {p.name}
    </AppLink>
  );
  return (
    <section aria-labelledby="merges-heading" className="grid gap-3">
      <h2 id="merges-heading" className="text-lg font-semibold">
        Merges
      </h2>
      {person.merges.length === 0 ? (
        <p className="text-sm text-muted-foreground">No merges.</p>
      ) : (
        <ul className="grid gap-2" aria-label="Merges">
          {person.merges.map((m) => (
            <li
              key={m.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-border p-3 text-sm"
            >
              <div>
                {link(m.merged)} merged into {link(m.survivor)} on{" "}
                {m.mergedAt.toISOString().slice(0, 10)}
                {m.mergedBy ? ` by ${m.mergedBy}` : ""}: {counted(m.identifiersMoved, "ID")} and{" "}
                {counted(m.actorsMoved, "xAPI actor")} moved.
                {m.undoneAt ? (
                  <Badge className="ml-2">Undone {m.undoneAt.toISOString().slice(0, 10)}</Badge>
                ) : m.undoBlocker ? (
                  <p className="text-xs text-muted-foreground">Cannot be undone: {m.undoBlocker}</p>
                ) : null}
              </div>
              {isAdmin && !m.undoneAt && !m.undoBlocker ? (
                <Button
                  variant="outline"
                  size="sm"
                  disabled={undo.isPending}
                  onClick={() => undo.mutate({ mergeId: m.id })}
                >
                  Undo merge
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Notice tone="error">{error}</Notice>
    </section>
  );
}
