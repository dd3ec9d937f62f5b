import { useMutation } from "@tanstack/react-query";
import type { TPersonDetail } from "@xroi/validators";
import { useEffect, useState } from "react";
import { Dialog } from "../../components/dialog";
import { Field } from "../../components/field";
import { Input } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { counted } from "./counted";
import { systemLabel } from "./identifiers-panel";

/** Moves the chosen IDs (and the xAPI actors they resolve) to a new person. */
export function SplitDialog({
  open,
  onOpenChange,
  person,
  onSplit,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  person: TPersonDetail;
  onSplit: (newPersonId: string, message: string) => void;
}) {
  const trpc = useTRPC();
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState("");
  useEffect(() => {
    if (open) {
      setChosen([]);
      setName(person.displayName);
    }
    // Reset when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const split = useMutation(
    trpc.people.split.mutationOptions({
      onSuccess: (r) => {
        onOpenChange(false);
        onSplit(
          r.newPersonId,
          `Split from ${person.displayName}: ${counted(r.identifiersMoved, "ID")} and ${counted(r.actorsMoved, "xAPI actor")} moved here.`,
        );
      },
    }),
  );
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Split ${person.displayName}`}
      description="The IDs you tick move to a new person, with the learning they bring."
    >
      <form
        noValidate
        className="grid gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          split.mutate({ personId: person.id, identifierIds: chosen, displayName: name });
        }}
      >
        <fieldset className="grid gap-1 text-sm">
          <legend className="mb-1 font-medium">IDs to move</legend>
          {person.identifiers.map((i) => (
            <label key={i.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={chosen.includes(i.id)}
                onChange={(e) =>
                  setChosen(e.target.checked ? [...chosen, i.id] : chosen.filter((c) => c !== i.id))
                }
              />
              {systemLabel(i.system)} {i.kind}: {i.value}
            </label>
          ))}
        </fieldset>
        <Field id="split-name" label="Name of the new person">
          <Input id="split-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Notice tone="error">{split.error ? errorMessage(split.error) : undefined}</Notice>
        <FormActions
          onCancel={() => onOpenChange(false)}
          submitLabel="Split"
          pendingLabel="Splitting…"
          isPending={split.isPending}
        />
      </form>
    </Dialog>
  );
}
