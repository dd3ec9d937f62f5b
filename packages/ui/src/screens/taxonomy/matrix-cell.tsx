import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Popover } from "radix-ui";
import { useState } from "react";
import { Button } from "../../components/button";
import { NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { cn } from "../../lib/cn";
import { useTRPC } from "../../trpc";
import { defaultLevel, type TMatrixCell } from "./matrix";

type TLevel = { level: number; label: string };

/** How a cell reads: essential targets bold, optional ones muted and dashed, empty ones a dash. */
function CellFace({ cell, levelName }: { cell?: TMatrixCell; levelName?: string }) {
  if (!cell) return <span className="text-muted-foreground/60">—</span>;
  return (
    <span
      className={cn(
        "grid leading-tight",
        cell.isEssential ? "font-semibold" : "text-muted-foreground",
      )}
    >
      <span className="tabular-nums">{cell.targetLevel}</span>
      <span className={cn("text-[11px]", cell.isEssential ? "font-medium" : "italic")}>
        {levelName ?? ""}
        {cell.isEssential ? "" : " · optional"}
      </span>
    </span>
  );
}

/** One role × skill cell: shows the target, and for admins opens a small editor to set or clear it. */
export function MatrixCell({
  roleId,
  roleName,
  skillId,
  skillName,
  cell,
  levels,
  canEdit,
  isOpen,
  onOpenChange,
}: {
  roleId: string;
  roleName: string;
  skillId: string;
  skillName: string;
  cell?: TMatrixCell;
  levels: TLevel[];
  canEdit: boolean;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<number>();
  const [isEssential, setIsEssential] = useState(true);
  const levelName = levels.find((l) => l.level === cell?.targetLevel)?.label;
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
    onOpenChange(false);
  };
  const save = useMutation(trpc.taxonomy.setRoleSkill.mutationOptions({ onSuccess: done }));
  const clear = useMutation(trpc.taxonomy.removeRoleSkill.mutationOptions({ onSuccess: done }));
  const summary = cell
    ? `level ${cell.targetLevel}${levelName ? ` ${levelName}` : ""}, ${cell.isEssential ? "essential" : "optional"}`
    : "not required";
  const face = <CellFace cell={cell} levelName={levelName} />;
  if (!canEdit) {
    return (
      <div aria-label={`${roleName}, ${skillName}: ${summary}`} className="px-2 py-1.5">
        {face}
      </div>
    );
  }
  const open = (next: boolean) => {
    if (next) {
      setLevel(
        defaultLevel(
          levels.map((l) => l.level),
          cell?.targetLevel,
        ),
      );
      setIsEssential(cell?.isEssential ?? true);
      save.reset();
      clear.reset();
    }
    onOpenChange(next);
  };
  return (
    <Popover.Root open={isOpen} onOpenChange={open}>
      <Popover.Trigger asChild>
        <button
          type="button"
          aria-label={`${roleName}, ${skillName}: ${summary}`}
          className={cn(
            "h-full min-h-11 w-full rounded-md border px-2 py-1.5 text-left text-sm hover:bg-primary/5 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            !cell
              ? "border-transparent"
              : cell.isEssential
                ? "border-primary/40 bg-primary/5"
                : "border-dashed border-border",
          )}
        >
          {face}
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          sideOffset={4}
          aria-label={`Target for ${skillName} in ${roleName}`}
          className="z-50 grid w-72 gap-3 rounded-lg border border-border bg-background p-4 text-sm shadow-lg"
        >
          <p className="font-medium leading-snug">
            {skillName} <span className="font-normal text-muted-foreground">for {roleName}</span>
          </p>
          <label className="grid gap-1.5">
            <span className="font-medium">Target level</span>
            <NativeSelect value={level ?? ""} onChange={(e) => setLevel(Number(e.target.value))}>
              {levels.map((l) => (
                <option key={l.level} value={l.level}>
                  {l.level}
                  {l.label ? ` · ${l.label}` : ""}
                </option>
              ))}
            </NativeSelect>
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={isEssential}
              onChange={(e) => setIsEssential(e.target.checked)}
            />
            Essential (unchecked: optional)
          </label>
          <Notice tone="error">
            {save.error
              ? errorMessage(save.error)
              : clear.error
                ? errorMessage(clear.error)
                : undefined}
          </Notice>
          <div className="flex justify-between gap-2">
            {cell ? (
              <Button
                variant="ghost"
                size="sm"
                className="text-destructive"
                disabled={clear.isPending}
                onClick={() => clear.mutate({ roleId, skillId })}
              >
                Not required
              </Button>
            ) : (
              <span />
            )}
            <Button
              size="sm"
              disabled={level === undefined || save.isPending}
              onClick={() =>
                level !== undefined &&
                save.mutate({ roleId, skillId, targetLevel: level, isEssential })
              }
            >
              {save.isPending ? "Saving…" : "Save"}
            </Button>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
