import { calendarDateProblem } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { Input } from "../../components/input";

export type TDateWindow = { from: string; to: string };

/** Why a typed window cannot be used, or undefined when it can (the server's date rule). */
export function windowProblem(from: string, to: string): string | undefined {
  const fromProblem = calendarDateProblem(from);
  if (fromProblem) return `From: ${fromProblem}`;
  const toProblem = calendarDateProblem(to);
  if (toProblem) return `To: ${toProblem}`;
  if (to < from) return "To: must not be before From";
  return undefined;
}

/**
 * The date window the totals cover: the program's period by default, or any other window (a
 * quarter, a pilot's 90 days); recurring items are prorated to it by calendar days.
 */
export function WindowPicker({
  period,
  value,
  onChange,
}: {
  period: TDateWindow;
  value: TDateWindow | undefined;
  onChange: (window: TDateWindow | undefined) => void;
}) {
  const [from, setFrom] = useState(value?.from ?? period.from);
  const [to, setTo] = useState(value?.to ?? period.to);
  const [error, setError] = useState<string>();
  const apply = () => {
    const problem = windowProblem(from, to);
    setError(problem);
    if (!problem) onChange(from === period.from && to === period.to ? undefined : { from, to });
  };
  return (
    <form
      aria-label="Window"
      className="flex flex-wrap items-center gap-2 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <span className="text-muted-foreground">Window</span>
      <Input
        type="date"
        aria-label="From"
        className="h-8 w-36"
        value={from}
        aria-invalid={error?.startsWith("From") ? true : undefined}
        onChange={(e) => setFrom(e.target.value)}
      />
      <span className="text-muted-foreground">to</span>
      <Input
        type="date"
        aria-label="To"
        className="h-8 w-36"
        value={to}
        aria-invalid={error?.startsWith("To") ? true : undefined}
        onChange={(e) => setTo(e.target.value)}
      />
      <Button type="submit" variant="outline" size="sm">
        Apply
      </Button>
      {value ? (
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() => {
            setFrom(period.from);
            setTo(period.to);
            setError(undefined);
            onChange(undefined);
          }}
        >
          Whole period
        </Button>
      ) : null}
      {error ? (
        <span role="alert" className="text-xs font-medium text-destructive">
          {error}
        </span>
      ) : null}
    </form>
  );
}
