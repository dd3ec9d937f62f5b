import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, NativeSelect } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

type TPersonFields = { displayName: string; organizationId: string; teamId: string };
const fieldErrorsOf = (error: unknown) =>
  ((error as { data?: { fieldErrors?: Record<string, string> } } | null)?.data?.fieldErrors ??
    {}) as Partial<Record<keyof TPersonFields, string>>;

/** Adds a person, or edits one's name, organisation and team (admins). */
export function PersonDialog({
  open,
  onOpenChange,
  person,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  person?: {
    id: string;
    displayName: string;
    organizationId: string | null;
    teamId: string | null;
  };
  onSaved: (id: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const orgs = useQuery({ ...trpc.people.organizations.queryOptions(), enabled: open });
  const empty = { displayName: "", organizationId: "", teamId: "" };
  const [values, setValues] = useState<TPersonFields>(empty);
  useEffect(() => {
    if (open)
      setValues(
        person
          ? {
              displayName: person.displayName,
              organizationId: person.organizationId ?? "",
              teamId: person.teamId ?? "",
            }
          : empty,
      );
    // Reset when the dialog opens, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const onSuccess = (r: { id: string }) => {
    void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
    onOpenChange(false);
    onSaved(r.id);
  };
  const create = useMutation(trpc.people.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.people.update.mutationOptions({ onSuccess }));
  const mutation = person ? update : create;
  const errors = fieldErrorsOf(mutation.error);
  const teams = orgs.data?.find((o) => o.id === values.organizationId)?.teams ?? [];
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={person ? `Edit ${person.displayName}` : "Add a person"}
      description="Their name as people know it, and where they work."
    >
      <form
        noValidate
        className="grid gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          const input = {
            displayName: values.displayName,
            organizationId: values.organizationId || null,
            teamId: values.teamId || null,
          };
          if (person) update.mutate({ id: person.id, ...input });
          else create.mutate(input);
        }}
      >
        <Field id="person-name" label="Name" error={errors.displayName}>
          <Input
            {...fieldAria("person-name", errors.displayName)}
            value={values.displayName}
            onChange={(e) => setValues({ ...values, displayName: e.target.value })}
          />
        </Field>
        <Field id="person-org" label="Organisation" error={errors.organizationId}>
          <NativeSelect
            {...fieldAria("person-org", errors.organizationId)}
            value={values.organizationId}
            onChange={(e) => setValues({ ...values, organizationId: e.target.value, teamId: "" })}
          >
            <option value="">None</option>
            {orgs.data?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="person-team" label="Team" error={errors.teamId}>
          <NativeSelect
            {...fieldAria("person-team", errors.teamId)}
            value={values.teamId}
            disabled={teams.length === 0}
            onChange={(e) => setValues({ ...values, teamId: e.target.value })}
          >
            <option value="">
              {teams.length === 0 ? "No teams in this organisation" : "None"}
            </option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Notice tone="error">
          {mutation.error && Object.keys(errors).length === 0
            ? errorMessage(mutation.error)
            : undefined}
        </Notice>
        <FormActions
          onCancel={() => onOpenChange(false)}
          submitLabel={person ? "Save" : "Add person"}
          pendingLabel="Saving…"
          isPending={mutation.isPending}
        />
      </form>
    </Dialog>
  );
}
