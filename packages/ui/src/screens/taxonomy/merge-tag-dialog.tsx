import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TTag } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { Field } from "../../components/field";
import { NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

/** Merge a tag into another of its vocabulary: its assets move over, then it is removed. */
export function MergeTagDialog({
  source,
  tags,
  onClose,
  onMerged,
}: {
  source: TTag | null;
  tags: TTag[];
  onClose: () => void;
  onMerged: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [targetId, setTargetId] = useState("");
  const targets = tags.filter((t) => t.id !== source?.id && t.vocabulary === source?.vocabulary);
  const target = targets.find((t) => t.id === targetId);
  const close = () => {
    setTargetId("");
    merge.reset();
    onClose();
  };
  const merge = useMutation(
    trpc.taxonomy.mergeTags.mutationOptions({
      onSuccess: ({ moved }) => {
        void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
        onMerged(
          `Merged “${source?.label}” into “${target?.label}”; ${moved} asset${moved === 1 ? "" : "s"} moved.`,
        );
        close();
      },
    }),
  );
  const count = source?.assetCount ?? 0;
  return (
    <Dialog
      open={!!source}
      onOpenChange={(open) => !open && close()}
      title={`Merge “${source?.label ?? ""}” into another tag`}
      description="For duplicates: the assets carrying this tag get the other one, and this tag is removed."
    >
      <div className="grid gap-4">
        <Field id="merge-target" label="Merge into">
          <NativeSelect
            id="merge-target"
            value={targetId}
            onChange={(e) => setTargetId(e.target.value)}
          >
            <option value="">Choose a tag…</option>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label} ({t.assetCount})
              </option>
            ))}
          </NativeSelect>
        </Field>
        {target ? (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {count} asset{count === 1 ? "" : "s"} will carry “{target.label}” instead, and “
            {source?.label}” is deleted. This cannot be undone.
          </p>
        ) : null}
        <Notice tone="error">{merge.error ? errorMessage(merge.error) : undefined}</Notice>
        <div className="flex justify-end gap-2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button
            variant="destructive"
            disabled={!target || merge.isPending}
            onClick={() =>
              source && target && merge.mutate({ sourceId: source.id, targetId: target.id })
            }
          >
            {merge.isPending ? "Merging…" : target ? `Merge into “${target.label}”` : "Merge"}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
