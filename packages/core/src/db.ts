import type { Prisma, PrismaClient } from "@xroi/db";

/** What core functions take: the process's client, or a transaction handed down by a caller. */
export type TDb = PrismaClient | Prisma.TransactionClient;

/** The person a change is made by; recorded in the audit log. Null for system jobs (seed, CLI). */
export type TActor = { id: string } | null;

/** How long a transaction may wait to start and to run, in ms; Prisma's defaults are 2 s and 5 s. */
export type TTransactionOptions = { maxWait?: number; timeout?: number };

/**
 * Runs fn in a transaction, or inside the caller's transaction when db already is one (whose
 * own options then apply).
 */
export async function inTransaction<T>(
  db: TDb,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: TTransactionOptions,
): Promise<T> {
  if ("$transaction" in db) return db.$transaction(fn, options);
  return fn(db);
}
