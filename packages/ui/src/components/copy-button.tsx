import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "./button";

/**
 * Copies a value to the clipboard and says so. Where the clipboard is not available (an insecure
 * origin, a refused permission) it says to select and copy by hand; the value is always on screen.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      aria-label={label}
      title={state === "failed" ? "The clipboard is not available here: select and copy" : label}
      onClick={() => void copy()}
    >
      {state === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
      <span aria-live="polite">
        {state === "copied" ? "Copied" : state === "failed" ? "Select to copy" : "Copy"}
      </span>
    </Button>
  );
}

/** A value to copy: shown in full in a monospace box, with its copy button. */
export function CopyField({ label, value, id }: { label: string; value: string; id: string }) {
  return (
    <div className="grid gap-1.5">
      <span id={`${id}-label`} className="text-sm font-medium">
        {label}
      </span>
      <div className="flex items-start gap-2">
        <code
          id={id}
          aria-labelledby={`${id}-label`}
          className="min-w-0 flex-1 select-all break-all rounded-md border border-border bg-muted/50 px-3 py-1.5 font-mono text-sm"
        >
          {value}
        </code>
        <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
      </div>
    </div>
  );
}
