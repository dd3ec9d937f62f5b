import { z } from "zod";

/**
 * Trimmed text of at most `max` characters (at least `min`), without the NUL character, which
 * PostgreSQL text cannot hold: refused here as a field error rather than failing in the database.
 */
export const ZText = (max: number, min = 0) => {
  const trimmed = z.string().trim();
  const long =
    min === 1
      ? trimmed.min(1, "is required")
      : trimmed.min(min, `must be at least ${min} characters`);
  return long
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !v.includes("\u0000"), "must not contain a NUL character");
};
