import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { Input } from "../../components/input";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useDebounced } from "../../lib/use-debounced";
import { useTRPC } from "../../trpc";
import { counted } from "./counted";
import { systemLabel } from "./identifiers-panel";

type TRef = { id: string; name: string };

/**
 * Merges another person into `survivor`. Pick the person (or come with one from the review
 * queue), see what moves, and where both hold a CRM ID of one kind choose which to keep.
 */
export function MergeDialog({
  open,
  onOpenChange,
  survivor,
  merged: preset,
  candidateId,
  onMerged,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  survivor: TRef;
  merged?: TRef;
  candidateId?: string;
  onMerged: (message: string) => void;
}) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [merged, setMerged] = useState<TRef | undefined>(preset);
  const [keep, setKeep] = useState<Record<string, string>>({});
  useEffect(() => {
    if (open) {
      setMerged(preset);
      setText("");
      setKeep({});
    }
    // Reset when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const q = useDebounced(text.trim(), 250);
  const found = useQuery({
    ...trpc.people.search.queryOptions({ q, limit: 8 }),
    enabled: open && !merged && q.length > 0,
  });
  const preview = useQuery({
    ...trpc.people.mergePreview.queryOptions({
      survivorId: survivor.id,
      mergedId: merged?.id ?? survivor.id,
    }),
    enabled: open && !!merged,
  });
  const merge = useMutation(
    trpc.people.merge.mutationOptions({
      onSuccess: (r) => {
        onOpenChange(false);
        onMerged(
          `${merged?.name} was merged into ${survivor.name}: ${counted(r.identifiersMoved, "ID")} and ${counted(r.actorsMoved, "xAPI actor")} moved${r.identifiersRemoved ? `; ${counted(r.identifiersRemoved, "CRM ID")} dropped and kept in the merge's history` : ""}.`,
        );
      },
    }),
  );
  const clashes = preview.data?.clashes ?? [];
  const settled = clashes.every((c) => keep[c.survivorIdentifier.id + c.mergedIdentifier.id]);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Merge into ${survivor.name}`}
      description="The other person's IDs and learning move here; they stay on record as merged, and the merge can be undone."
      wide
    >
      {!merged ? (
        <div className="grid gap-2">
          <Input
            type="search"
            aria-label="Find the person to merge"
            placeholder="Name or any ID"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <ul className="grid gap-1" aria-label="People found">
            {found.data?.items
              .filter((p) => p.id !== survivor.id && p.status === "active")
              .map((p) => (
                <li key={p.id}>
                  <Button
                    variant="ghost"
                    className="w-full justify-start"
                    onClick={() => setMerged({ id: p.id, name: p.displayName })}
                  >
                    {p.displayName}
                    <span className="text-muted-foreground">
                      {p.organization?.name ?? ""} {p.matched ? `· ${p.matched}` : ""}
                    </span>
                  </Button>
                </li>
              ))}
          </ul>
        </div>
      ) : (
        <div className="grid gap-3 text-sm">
          <p>
            Merge <strong>{merged.name}</strong> into <strong>{survivor.name}</strong>
            {preview.data
              ? `: ${counted(preview.data.identifiers, "ID")} and ${counted(preview.data.actors, "xAPI actor")} move.`
              : "."}{" "}
            {!preset ? (
              <Button variant="link" size="sm" onClick={() => setMerged(undefined)}>
                Choose someone else
              </Button>
            ) : null}
          </p>
          {clashes.map((c) => {
            const key = c.survivorIdentifier.id + c.mergedIdentifier.id;
            return (
              <fieldset key={key} className="grid gap-1 rounded-lg border border-border p-3">
                <legend className="px-1 font-medium">
                  Both hold a {systemLabel(c.system)} {c.kind}: which to keep?
                </legend>
                {[
                  { i: c.survivorIdentifier, who: survivor.name },
                  { i: c.mergedIdentifier, who: merged.name },
                ].map(({ i, who }) => (
                  <label key={i.id} className="flex items-center gap-2">
                    <input
                      type="radio"
                      name={key}
                      checked={keep[key] === i.id}
                      onChange={() => setKeep({ ...keep, [key]: i.id })}
                    />
                    Keep {i.value} ({who})
                  </label>
                ))}
                <p className="text-xs text-muted-foreground">
                  The other is removed, and kept in the merge's history.
                </p>
              </fieldset>
            );
          })}
          <Notice tone="error">
            {preview.error
              ? errorMessage(preview.error)
              : merge.error
                ? errorMessage(merge.error)
                : undefined}
          </Notice>
          <div className="flex justify-end gap-2">
            <Button variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button
              disabled={!preview.data || !settled || merge.isPending}
              onClick={() =>
                merge.mutate({
                  survivorId: survivor.id,
                  mergedId: merged.id,
                  keepIdentifierIds: Object.values(keep),
                  candidateId,
                })
              }
            >
              {merge.isPending ? "Merging…" : `Merge into ${survivor.name}`}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
