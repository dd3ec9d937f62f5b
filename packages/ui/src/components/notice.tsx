import type { ReactNode } from "react";
import { cn } from "../lib/cn";
import { Button } from "./button";

/**
 * A message after an action: "ok" is announced politely (role=status), "error" at once (role=alert).
 * Renders nothing without children, so callers can pass an optional message straight in.
 */
export function Notice({
  tone,
  children,
  className,
}: {
  tone: "ok" | "error";
  children?: ReactNode;
  className?: string;
}) {
  if (!children) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={cn(
        "rounded-md px-3 py-2 text-sm",
        tone === "error" ? "bg-destructive/10 text-destructive" : "bg-emerald-50 text-emerald-900",
        className,
      )}
    >
      {children}
    </p>
  );
}

/** The Cancel / submit row at the bottom of a dialog form. */
export function FormActions({
  onCancel,
  submitLabel,
  pendingLabel,
  isPending,
}: {
  onCancel: () => void;
  submitLabel: string;
  pendingLabel: string;
  isPending: boolean;
}) {
  return (
    <div className="flex justify-end gap-2">
      <Button type="button" variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" disabled={isPending}>
        {isPending ? pendingLabel : submitLabel}
      </Button>
    </div>
  );
}
