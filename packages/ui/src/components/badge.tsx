import type { ComponentProps } from "react";
import { cn } from "../lib/cn";

const tones = {
  neutral: "bg-muted text-foreground",
  primary: "bg-primary/10 text-primary",
  warning: "bg-amber-100 text-amber-900",
  danger: "bg-destructive/10 text-destructive",
  success: "bg-emerald-100 text-emerald-900",
} as const;

export function Badge({
  tone = "neutral",
  className,
  ...props
}: ComponentProps<"span"> & { tone?: keyof typeof tones }) {
  return (
    <span
      className={cn(
        "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
