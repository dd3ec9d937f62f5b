import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type TTrpcErrorLike = {
  message?: string;
  data?: { code?: string; fieldErrors?: Record<string, string> } | null;
};

/** The server's message for a failed call, in words a person can act on. */
export function errorMessage(error: unknown): string {
  const e = error as TTrpcErrorLike | null;
  if (e?.data?.code === "UNAUTHORIZED") return "Your session has ended. Sign in again.";
  return e?.message || "Something went wrong. Please try again.";
}

/**
 * Puts the server's per-field errors beside the fields they name. Returns the message for the form
 * as a whole when the error names no field the form has.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string | undefined {
  const fieldErrors = (error as TTrpcErrorLike | null)?.data?.fieldErrors ?? {};
  let placed = false;
  for (const [field, message] of Object.entries(fieldErrors)) {
    if ((fields as readonly string[]).includes(field)) {
      setError(field as Path<T>, { type: "server", message });
      placed = true;
    }
  }
  return placed ? undefined : errorMessage(error);
}
