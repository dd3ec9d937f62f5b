import type { TRPCError } from "@trpc/server";
import type { TDatabase } from "@xroi/db";
import type { TRole } from "@xroi/validators";
import { createContext } from "./context";
import { createCaller } from "./root";

/** For router tests: a caller signed in with `role`, or nobody (null). */
export function callerAs(db: TDatabase, role: TRole | null) {
  return createCaller(
    createContext({
      db: db.prisma,
      user: role ? { id: `u-${role}`, email: `${role}@t.local`, name: role, role } : null,
    }),
  );
}

/** "ok", or the tRPC code the call failed with. */
export const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: TRPCError) => e.code,
  );
