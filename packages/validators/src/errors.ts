import type { z } from "zod";

/** Field path -> first message, e.g. { name: "must be at least 2 characters" }. Forms show these inline. */
export type TFieldErrors = Record<string, string>;

export function fieldErrorsFrom(error: z.ZodError): TFieldErrors {
  const out: TFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** "name: must be at least 2 characters; role: must be one of ..." for CLI and API messages. */
export function describeZodError(error: z.ZodError): string {
  return Object.entries(fieldErrorsFrom(error))
    .map(([field, message]) => (field === "_" ? message : `${field}: ${message}`))
    .join("; ");
}
