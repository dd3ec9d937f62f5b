import { TRPCError } from "@trpc/server";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TRole } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs } from "../testing";

const file = (text: string) => ({
  system: "crm" as const,
  fileName: "people.csv",
  contentBase64: Buffer.from(text).toString("base64"),
});

describe(`identityImport router on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());
  const as = (role: TRole | null) => callerAs(db, role);
  const error = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: TRPCError) => e,
    );
  const people = async () =>
    (await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM people"))[0]!.n;

  it("is for admins only, the dry run included; privacy leads see the history", async () => {
    const csv = file("Name,Email\nAna,ana@example.org");
    const batch = {
      system: "lms" as const,
      rows: [{ identifiers: [{ kind: "user_id" as const, value: "u1" }] }],
    };
    expect((await error(as(null).identityImport.dryRun(csv)))?.code).toBe("UNAUTHORIZED");
    for (const role of ["viewer", "analyst", "privacy_lead"] as const) {
      const caller = as(role).identityImport;
      expect((await error(caller.dryRun(csv)))?.code).toBe("FORBIDDEN");
      expect((await error(caller.applyImport(csv)))?.code).toBe("FORBIDDEN");
      expect((await error(caller.upsertBatch(batch)))?.code).toBe("FORBIDDEN");
      if (role !== "privacy_lead") expect((await error(caller.list()))?.code).toBe("FORBIDDEN");
    }
    expect(await as("privacy_lead").identityImport.list()).toEqual([]);
    expect(await people()).toBe(0);
    const admin = as("admin").identityImport;
    expect(await admin.dryRun(csv)).toMatchObject({ applied: false, counts: { new: 1 } });
    expect(await admin.applyImport(csv)).toMatchObject({ applied: true, counts: { new: 1 } });
    expect(await admin.upsertBatch(batch)).toMatchObject({ applied: true, counts: { new: 1 } });
    expect((await admin.list()).map((i) => [i.system, i.fileName])).toEqual([
      ["lms", "connector"],
      ["crm", "people.csv"],
    ]);
    expect(await people()).toBe(2);
  });

  it("names the field of bad input and reports bad lines without writing", async () => {
    const admin = as("admin").identityImport;
    const bad = await error(admin.dryRun({ ...file("a"), fileName: "people.xlsx" }));
    expect(bad?.code).toBe("BAD_REQUEST");
    expect(bad?.message).toMatch(/fileName: must be a \.csv file/);
    const notBase64 = await error(admin.applyImport({ ...file("a"), contentBase64: "%%%" }));
    expect(notBase64?.message).toMatch(/contentBase64: must be base64/);
    const system = await error(admin.dryRun({ ...file("a"), system: "myspace" as "crm" }));
    expect(system?.message).toMatch(/system: must be one of lms, webinar/);
    const mapping = await error(
      admin.dryRun({ ...file("a"), mapping: { a: "password" as "email" } }),
    );
    expect(mapping?.message).toMatch(/mapping.a: is not a column target/);
    const tooMany = await error(
      admin.upsertBatch({ rows: Array.from({ length: 5001 }, () => ({ identifiers: [] })) }),
    );
    expect(tooMany?.message).toMatch(/rows: must hold at most 5000 rows/);
    const empty = await error(admin.upsertBatch({ rows: [] }));
    expect(empty?.message).toMatch(/rows: must hold at least one row/);

    const before = await people();
    const report = await admin.applyImport(
      file("Name,Email,System\nNo Id,,crm\nOdd,odd@example.org,myspace"),
    );
    expect(report).toMatchObject({ applied: false, problemCount: 2, counts: { errors: 2 } });
    expect(report.problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [2, "", ""],
      [3, "System", "myspace"],
    ]);
    const upsert = await admin.upsertBatch({
      system: "lms",
      rows: [{ identifiers: [{ kind: "email", value: "nope" }] }],
    });
    expect(upsert.problems).toEqual([
      expect.objectContaining({
        line: 1,
        column: "email",
        value: "nope",
        reason: "is not an e-mail address",
      }),
    ]);
    expect(await people()).toBe(before);
  });
});
