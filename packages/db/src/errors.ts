/**
 * True when a database error is a unique-constraint violation. The pg adapter reports Prisma's
 * P2002; the PGlite adapter passes PostgreSQL's SQLSTATE 23505 through as the cause. Callers turn
 * it into a CONFLICT that names the field.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; cause?: { code?: unknown; originalCode?: unknown } };
  return e.code === "P2002" || e.cause?.code === "23505" || e.cause?.originalCode === "23505";
}
