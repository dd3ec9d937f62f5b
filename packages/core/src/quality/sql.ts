import type { TSqlRunner } from "@xroi/db/sql";
import type { TDb } from "../db";

/**
 * Raw SQL through Prisma (a client or a transaction), in the shape the identity code takes, so
 * the checks run inside the transaction that holds the quality lock. Every query casts what it
 * returns (::int, ::text), so no bigint or Decimal reaches the caller.
 */
export function sqlOf(db: TDb): TSqlRunner {
  return {
    query: <T>(text: string, params: unknown[] = []) => db.$queryRawUnsafe<T[]>(text, ...params),
    exec: async (text: string) => {
      await db.$executeRawUnsafe(text);
    },
  };
}
