import { openConfiguredDatabase, serverEnv, type TDatabase } from "@xroi/db";
import { ROLE_LABELS } from "@xroi/validators";
import { CommandRefusal, type TOutput } from "../output";
import { demoSeedRefusal } from "./demo-guard";

export async function withDatabase<T>(
  fn: (db: TDatabase) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const db = await openConfiguredDatabase(options);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export async function dbMigrate(out: TOutput): Promise<void> {
  await withDatabase(
    async (db) => {
      const result = await db.migrate();
      out.log(`Database: ${db.engine} (${db.location})`);
      for (const name of result.applied) out.log(`applied ${name}`);
      out.log(
        result.applied.length === 0
          ? `Up to date: ${result.alreadyApplied} migration(s) already applied.`
          : `Applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already applied.`,
      );
    },
    { migrate: false },
  );
}

export type TDemoUser = {
  email: string;
  name: string;
  role: keyof typeof ROLE_LABELS;
  password: string;
};

export function printDemoUsers(out: TOutput, users: readonly TDemoUser[]): void {
  out.log("Demo sign-ins (for local use only):");
  for (const user of users)
    out.log(`  ${ROLE_LABELS[user.role].padEnd(13)} ${user.email.padEnd(32)} ${user.password}`);
}

/** Refuses, before connecting, to put demo accounts on a server that is not on this machine. */
export function assertDemoSeedAllowed(options: { force: boolean }): void {
  const refusal = demoSeedRefusal(serverEnv().DATABASE_URL, options);
  if (refusal) throw new CommandRefusal(refusal);
}

export async function dbSeedDemo(
  out: TOutput,
  options: { ifEmpty: boolean; force: boolean },
): Promise<void> {
  assertDemoSeedAllowed(options);
  await withDatabase(async (db) => {
    const result = await (
      await import("@xroi/db/seed")
    ).seedDemo(db.prisma, { ifEmpty: options.ifEmpty });
    out.log(`Database: ${db.engine} (${db.location})`);
    if (result.skipped)
      out.log("The database already has users: demo data not loaded (--if-empty).");
    else {
      const { seedDemoStatements } = await import("@xroi/lrs/seed");
      const statements = await seedDemoStatements(db, {
        hooks: (await import("@xroi/core/ingest")).identityIngestHooks(),
      });
      await (await import("@xroi/core")).people.findCandidates(db.prisma, null);
      out.log(
        `Loaded demo data: ${result.users.length} users, ${result.skills} skills, ${statements.created} xAPI statements.`,
      );
    }
    printDemoUsers(out, result.users);
  });
}
