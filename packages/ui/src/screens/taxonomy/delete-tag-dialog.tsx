import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TTag } from "@xroi/validators";
import { ConfirmDialog } from "../../components/dialog";
import { NameList } from "../../components/name-list";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

/** Deleting a tag first shows which assets carry it (it comes off them), as a skill's delete does. */
export function DeleteTagDialog({
  tag,
  onClose,
  onDeleted,
}: {
  tag: TTag | null;
  onClose: () => void;
  onDeleted: (tag: TTag) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const usage = useQuery({
    ...trpc.taxonomy.tagUsage.queryOptions({ id: tag?.id ?? "" }),
    enabled: !!tag,
    staleTime: 0,
  });
  const remove = useMutation(
    trpc.taxonomy.deleteTag.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
        if (tag) onDeleted(tag);
        close();
      },
    }),
  );
  const close = () => {
    remove.reset();
    onClose();
  };
  const assets = usage.data?.assets ?? [];
  const count = assets.length;
  const description = !usage.data ? (
    <p>{usage.error ? errorMessage(usage.error) : "Checking which assets carry it…"}</p>
  ) : count === 0 ? (
    <p>No asset carries this tag. Its history stays in the audit log.</p>
  ) : (
    <>
      <p>
        {count} asset{count === 1 ? " carries" : "s carry"} this tag; it comes off{" "}
        {count === 1 ? "it" : "them"}. Consider merging it into another tag instead.
      </p>
      <NameList label="Assets tagged with it" names={assets.map((a) => a.title)} />
    </>
  );
  return (
    <ConfirmDialog
      open={!!tag}
      onOpenChange={(open) => !open && close()}
      title={`Delete “${tag?.label ?? ""}”?`}
      description={description}
      confirmLabel={
        count > 0 ? `Delete from ${count} asset${count === 1 ? "" : "s"}` : "Delete tag"
      }
      isPending={remove.isPending}
      isBlocked={!usage.data}
      error={remove.error ? errorMessage(remove.error) : undefined}
      onConfirm={() => tag && remove.mutate({ id: tag.id, confirmLinked: count > 0 })}
    />
  );
}
