import type { FieldError } from "react-hook-form";

/** One item per non-blank line, trimmed: how alternative labels and activity ids are typed. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Comma- or newline-separated values, trimmed, without blanks or repeats. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((v) => v.trim())
        .filter((v) => v !== ""),
    ),
  ];
}

type TArrayErrors = (FieldError | undefined)[] | FieldError | undefined;

/**
 * The message for a one-item-per-line field: the list's own error, or the first bad line's
 * ("line 2: must be an absolute IRI"). Lines count the non-blank ones, as splitLines keeps them.
 */
export function linesError(errors: unknown): string | undefined {
  const e = errors as TArrayErrors & { message?: string };
  if (!e) return undefined;
  if (typeof e.message === "string" && e.message) return e.message;
  if (Array.isArray(e)) {
    const index = e.findIndex((item) => item?.message);
    if (index >= 0) return `line ${index + 1}: ${e[index]!.message}`;
  }
  return undefined;
}
