import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TSkillDetail } from "@xroi/validators";
import { ConfirmDialog } from "../../components/dialog";
import { NameList } from "../../components/name-list";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

/**
 * Deleting asks first what links to the skill (roles, assets, child items): a group must be
 * emptied first, and a linked skill is deleted only with its links, which the dialog says.
 */
export function DeleteSkillDialog({
  skill,
  onClose,
  onDeleted,
}: {
  skill: TSkillDetail | null;
  onClose: () => void;
  onDeleted: (skill: TSkillDetail) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const usage = useQuery({
    ...trpc.skills.usage.queryOptions({ id: skill?.id ?? "" }),
    enabled: !!skill,
    staleTime: 0,
  });
  const remove = useMutation(
    trpc.skills.delete.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.skills.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
        if (skill) onDeleted(skill);
        close();
      },
    }),
  );
  const close = () => {
    remove.reset();
    onClose();
  };
  const data = usage.data;
  const links = data ? data.roles.length + data.assets.length : 0;
  const noun = skill?.kind === "group" ? "group" : "skill";
  const description = !data ? (
    <p>{usage.error ? errorMessage(usage.error) : "Checking what links to it…"}</p>
  ) : data.children > 0 ? (
    <p>
      This {noun} holds {data.children} item{data.children === 1 ? "" : "s"}. Move or delete them
      first.
    </p>
  ) : (
    <>
      <p>
        {links === 0
          ? `Nothing links to this ${noun}. It is removed for everyone; its history stays in the audit log.`
          : `${links} link${links === 1 ? "" : "s"} will be removed with it:`}
      </p>
      <NameList label="Roles that require it" names={data.roles.map((r) => r.name)} />
      <NameList label="Assets tagged with it" names={data.assets.map((a) => a.title)} />
    </>
  );
  return (
    <ConfirmDialog
      open={!!skill}
      onOpenChange={(open) => !open && close()}
      title={`Delete “${skill?.name ?? ""}”?`}
      description={description}
      confirmLabel={
        links > 0 ? `Delete ${noun} and ${links} link${links === 1 ? "" : "s"}` : `Delete ${noun}`
      }
      isPending={remove.isPending}
      isBlocked={!data || data.children > 0}
      error={remove.error ? errorMessage(remove.error) : undefined}
      onConfirm={() => skill && remove.mutate({ id: skill.id, confirmLinked: links > 0 })}
    />
  );
}
