import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TProgram } from "@xroi/validators";
import { Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/button";
import { ConfirmDialog } from "../../components/dialog";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { ProgramDialog } from "./program-dialog";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** What goes with a program when it is deleted, in words: "3 cost items and 1 allocation". */
export function programContents(program: Pick<TProgram, "itemCount" | "allocationCount">) {
  const parts = [
    program.itemCount > 0 ? plural(program.itemCount, "cost item") : "",
    program.allocationCount > 0 ? plural(program.allocationCount, "allocation") : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" and ") : undefined;
}

/** Edit and delete the program on screen; the delete asks first and says what goes with it. */
export function ProgramActions({
  program,
  onSaved,
  onDeleted,
}: {
  program: TProgram;
  onSaved: (message: string) => void;
  /** After the program list has been fetched again without it. */
  onDeleted: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isEditing, setIsEditing] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const contents = programContents(program);
  const remove = useMutation(
    trpc.ledger.deleteProgram.mutationOptions({
      onSuccess: async (result) => {
        // The list first, so the screen moves to another program before anything asks for this one.
        await queryClient.invalidateQueries({ queryKey: trpc.ledger.programs.queryKey() });
        setIsDeleting(false);
        const gone = programContents({
          itemCount: result.items,
          allocationCount: result.allocations,
        });
        onDeleted(`Deleted the program “${program.name}”${gone ? ` with ${gone}` : ""}.`);
        void queryClient.invalidateQueries({ queryKey: trpc.ledger.pathKey() });
      },
    }),
  );
  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        className="size-8"
        aria-label="Edit program"
        title="Edit program: name, period, description"
        onClick={() => setIsEditing(true)}
      >
        <Pencil aria-hidden />
      </Button>
      <Button
        variant="ghost"
        size="icon"
        className="size-8 text-destructive"
        aria-label="Delete program"
        title="Delete program"
        onClick={() => {
          remove.reset();
          setIsDeleting(true);
        }}
      >
        <Trash2 aria-hidden />
      </Button>
      <ProgramDialog
        open={isEditing}
        onOpenChange={setIsEditing}
        program={program}
        onSaved={(_id, name) => onSaved(`Saved the program “${name}”.`)}
      />
      <ConfirmDialog
        open={isDeleting}
        onOpenChange={setIsDeleting}
        title={`Delete the program “${program.name}”?`}
        description={
          <>
            <p>
              {contents
                ? `Deleting it also deletes its ${contents}.`
                : "It has no cost items or allocations."}
            </p>
            <p>This cannot be undone. What was deleted stays in the audit log.</p>
          </>
        }
        confirmLabel="Delete program"
        isPending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onConfirm={() => remove.mutate({ id: program.id })}
      />
    </>
  );
}
