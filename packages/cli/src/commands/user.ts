import { randomBytes } from "node:crypto";
import { createUser } from "@xroi/core";
import type { TOutput } from "../output";
import { withDatabase } from "./db";

/** Creates a user; without --password a strong one is generated and printed once. */
export async function userCreate(
  out: TOutput,
  options: { email: string; role: string; name?: string; password?: string },
): Promise<void> {
  const password = options.password ?? randomBytes(12).toString("base64url");
  const user = await withDatabase((db) =>
    createUser(db.prisma, null, {
      email: options.email,
      name: options.name ?? options.email.split("@")[0] ?? options.email,
      role: options.role as never,
      password,
    }),
  );
  out.log(`Created ${user.email} with role ${user.role}.`);
  if (!options.password) out.log(`Password (shown once): ${password}`);
}
