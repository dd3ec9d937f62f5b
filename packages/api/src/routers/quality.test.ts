import { TRPCError } from "@trpc/server";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TRole } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, codeOf } from "../testing";

describe(`quality router on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    // One statement from an actor no person has.
    await db.sql.query(
      `INSERT INTO lrs_statements (stored, id, statement, actor_ifi, verb_id, timestamp)
       VALUES (now(), gen_random_uuid(), '{}'::jsonb, 'mbox:mailto:nomad@example.org',
               'http://adlnet.gov/expapi/verbs/completed', now())`,
    );
    await db.sql.query(
      `INSERT INTO lrs_actors (actor_ifi, first_stored) VALUES ('mbox:mailto:nomad@example.org', now())`,
    );
  });
  afterAll(async () => db.close());
  const as = (role: TRole) => callerAs(db, role);
  const code = codeOf;

  it("lets admins run the checks and set thresholds; analysts and privacy leads only look", async () => {
    for (const role of ["viewer", "analyst", "privacy_lead"] as const) {
      expect(await code(as(role).quality.run())).toBe("FORBIDDEN");
      expect(
        await code(as(role).quality.setThreshold({ check: "unmapped_actors", threshold: 5 })),
      ).toBe("FORBIDDEN");
    }
    const outcome = await as("admin").quality.run();
    expect(outcome).toMatchObject({ status: "ran", run: { trigger: "manual" } });
    expect(await as("analyst").quality.alerts()).toMatchObject({
      alerts: [{ check: "unmapped_actors", count: 1, threshold: 0 }],
    });
    expect(
      await as("admin").quality.setThreshold({ check: "unmapped_actors", threshold: 1 }),
    ).toEqual({ check: "unmapped_actors", threshold: 1 });
    expect((await as("privacy_lead").quality.alerts()).alerts).toEqual([]);
    const error = await as("admin")
      .quality.setThreshold({ check: "unmapped_actors", threshold: 1.5 })
      .catch((e: TRPCError) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toMatch(/threshold: must be a whole number/);
  });

  it("keeps the page from viewers, and names and IDs from analysts", async () => {
    expect(await code(as("viewer").quality.overview())).toBe("FORBIDDEN");
    expect(await code(as("viewer").quality.alerts())).toBe("FORBIDDEN");
    const forAnalyst = await as("analyst").quality.overview();
    expect(forAnalyst.canSeeIdentifiers).toBe(false);
    expect(JSON.stringify(forAnalyst)).not.toContain("nomad@example.org");
    const unmapped = forAnalyst.checks.find((c) => c.check === "unmapped_actors")!;
    expect(unmapped).toMatchObject({ count: 1, threshold: 1, isAlert: false });
    expect(unmapped.trend).toHaveLength(1);
    for (const role of ["privacy_lead", "admin"] as const) {
      const overview = await as(role).quality.overview();
      expect(overview.canSeeIdentifiers).toBe(true);
      expect(overview.checks[0]!.examples[0]!.label).toBe("mbox:mailto:nomad@example.org");
    }
  });
});
