import type { ComponentProps } from "react";
import { cn } from "../lib/cn";

const fieldClasses =
  "w-full rounded-md border border-border bg-background px-3 py-2 text-sm shadow-xs placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50 aria-[invalid=true]:border-destructive aria-[invalid=true]:ring-destructive/30";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn("h-9", fieldClasses, className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn("min-h-20", fieldClasses, className)} {...props} />;
}

export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn("h-9", fieldClasses, className)} {...props} />;
}
