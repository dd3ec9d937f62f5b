import { Prisma, type TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { ZLrsStatementFilterSchema, type TLrsStatementFilter } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browseStatements, statementPageSql } from "./browse-statements";
import { createCredential } from "./credentials";
import { insertManyStatements, insertStatements, VERB_COMPLETED } from "./statement-fixtures";
import { viewStatement } from "./view-statement";

const ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
const NEGOTIATION = "https://courses.example.org/negotiation";
const PRICING = "https://courses.example.org/pricing";

describe(`statement browser on ${testEngine()}`, () => {
  let db: TDatabase;
  let lms: string;
  let quiz: string;
  let ids: string[];
  beforeAll(async () => {
    db = await openTestDatabase();
    const scopes = ["statements/write" as const];
    lms = (await createCredential(db.prisma, null, { name: "LMS", scopes })).id;
    quiz = (await createCredential(db.prisma, null, { name: "Quiz tool", scopes })).id;
    // Two statements a microsecond apart, so a page boundary between them tests the cursor.
    ids = await insertStatements(db.prisma, [
      {
        email: "ana@example.org",
        name: "Ana",
        stored: "2026-03-01T09:00:00.000000Z",
        credentialId: lms,
      },
      {
        email: "ana@example.org",
        name: "Ana",
        verb: ATTEMPTED,
        verbDisplay: { "de-DE": "versuchte", "en-US": "attempted" },
        activity: PRICING,
        activityName: { "en-GB": "Pricing basics" },
        result: { success: false, score: { scaled: 0.4, raw: 4, min: 0, max: 10 } },
        stored: "2026-03-01T10:00:00.000001Z",
        credentialId: quiz,
      },
      { email: "ben@example.org", stored: "2026-03-01T10:00:00.000002Z", credentialId: lms },
      {
        email: "ben@example.org",
        stored: "2026-03-02T08:00:00.000000Z",
        credentialId: quiz,
        isVoided: true,
      },
      {
        email: "ana@example.org",
        name: "Ana",
        stored: "2026-03-03T08:00:00.000000Z",
        credentialId: lms,
      },
    ]);
  });
  afterAll(async () => db.close());

  const storedOf = async (filter: TLrsStatementFilter) =>
    (await browseStatements(db.prisma, filter)).items.map((r) => r.stored.slice(0, 26));

  it("pages newest first by stored to the microsecond, never skipping or repeating", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await browseStatements(db.prisma, { limit: 2, cursor });
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it("filters by actor (email or IFI), verb, activity, credential and time", async () => {
    expect(await storedOf({ actor: " ana@example.org " })).toEqual([
      "2026-03-03T08:00:00.000000",
      "2026-03-01T10:00:00.000001",
      "2026-03-01T09:00:00.000000",
    ]);
    expect(await storedOf({ actor: "mbox:mailto:ben@example.org" })).toHaveLength(2);
    expect(await storedOf({ actor: "mailto:ben@example.org" })).toHaveLength(2);
    expect(await storedOf({ verb: ATTEMPTED })).toEqual(["2026-03-01T10:00:00.000001"]);
    expect(await storedOf({ activity: PRICING })).toHaveLength(1);
    expect(await storedOf({ activity: NEGOTIATION, credentialId: quiz })).toEqual([
      "2026-03-02T08:00:00.000000",
    ]);
    expect(
      await storedOf({ since: "2026-03-01T10:00:00.000001Z", until: "2026-03-02T08:00:00Z" }),
    ).toEqual([
      "2026-03-02T08:00:00.000000",
      "2026-03-01T10:00:00.000002",
      "2026-03-01T10:00:00.000001",
    ]);
    const page = await browseStatements(db.prisma, {
      actor: "ben@example.org",
      verb: VERB_COMPLETED,
    });
    expect(page.actorIfi).toBe("mbox:mailto:ben@example.org");
  });

  it("names the field when a filter cannot be used", () => {
    const bad = ZLrsStatementFilterSchema.safeParse({
      actor: "ana",
      cursor: "2026-03-01",
      since: "2026-03-02T00:00:00Z",
      until: "2026-03-01T00:00:00Z",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["actor", "cursor"]);
    const backwards = ZLrsStatementFilterSchema.safeParse({
      since: "2026-03-02T00:00:00Z",
      until: "2026-03-01T00:00:00Z",
    });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ["until"] });
  });

  it("shows each row's actor, verb, object, result, voiding and credential", async () => {
    const { items } = await browseStatements(db.prisma, {
      actor: "ana@example.org",
      verb: ATTEMPTED,
    });
    expect(items).toEqual([
      {
        id: ids[1],
        stored: "2026-03-01T10:00:00.000001Z",
        actor: { name: "Ana", ifi: "mbox:mailto:ana@example.org" },
        verb: { id: ATTEMPTED, display: "attempted" },
        object: { type: "Activity", id: PRICING, name: "Pricing basics" },
        result: {
          success: false,
          completion: null,
          score: { scaled: 0.4, raw: 4, min: 0, max: 10 },
        },
        isVoided: false,
        credentialName: "Quiz tool",
      },
    ]);
    const voided = await browseStatements(db.prisma, { actor: "ben@example.org", limit: 1 });
    expect(voided.items[0]).toMatchObject({
      isVoided: true,
      result: null,
      verb: { display: null },
      object: { name: null },
    });
  });

  it("shows one statement in full and records that someone saw it", async () => {
    const detail = await viewStatement(db.prisma, { id: "analyst-1" }, ids[1]!);
    expect(detail).toMatchObject({
      id: ids[1],
      stored: "2026-03-01T10:00:00.000001Z",
      isVoided: false,
    });
    expect(detail.statement).toMatchObject({ actor: { mbox: "mailto:ana@example.org" } });
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: "lrs_statement" } });
    expect(audit).toMatchObject([
      {
        action: "lrs_statement.view",
        entityId: ids[1],
        actorId: "analyst-1",
        before: null,
        after: null,
      },
    ]);
    await expect(
      viewStatement(db.prisma, null, "00000000-0000-4000-8000-000000000000"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe(`statement browser plans on ${testEngine()}`, () => {
  let db: TDatabase;
  let credentialId: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    const credentials = [];
    for (const name of ["LMS", "Quiz", "Webinars", "Wiki"])
      credentials.push(await createCredential(db.prisma, null, { name, scopes: ["all"] }));
    credentialId = credentials[0]!.id;
    await insertManyStatements(
      db.prisma,
      20_000,
      credentials.map((c) => c.id),
    );
  });
  afterAll(async () => db.close());

  const plan = async (filter: TLrsStatementFilter) => {
    const sql = statementPageSql(ZLrsStatementFilterSchema.parse(filter));
    const rows = await db.prisma.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  };

  it.each([
    ["actor", { actor: "learner7@example.org" }, "lrs_statements_actor_ifi_stored_idx"],
    ["verb", { verb: "https://verbs.example.org/v3" }, "lrs_statements_verb_id_stored_idx"],
    [
      "activity",
      { activity: "https://acts.example.org/a9" },
      "lrs_statements_activity_id_stored_idx",
    ],
    ["credential", { credentialId: "first" }, "lrs_statements_credential_id_stored_idx"],
    [
      "time range",
      { since: "2025-01-05T00:00:00Z", until: "2025-01-06T00:00:00Z" },
      "lrs_statements_pkey",
    ],
    ["cursor", { cursor: "2025-01-06T00:00:00.000000Z" }, "lrs_statements_pkey"],
    ["nothing", {}, "lrs_statements_pkey"],
  ] as const)(
    "filtering by %s walks %j backwards: no sort, no sequential scan",
    async (_, f, index) => {
      const text = await plan("credentialId" in f ? { credentialId } : f);
      expect(text).toContain(`Index Scan Backward using ${index}`);
      expect(text).not.toMatch(/Seq Scan on lrs_statements|Sort/);
    },
  );

  // With two filters the planner weighs the two indexes (or one and a sort of the few rows it
  // finds); either way it reads through an index, never the whole table.
  it.each([
    [
      "an actor and a verb",
      { actor: "learner7@example.org", verb: "https://verbs.example.org/v7" },
    ],
    ["a verb and a time", { verb: "https://verbs.example.org/v3", since: "2025-01-05T00:00:00Z" }],
  ] as const)("filtering by %s reads through an index", async (_, f) => {
    const text = await plan(f);
    expect(text).toMatch(/Index Scan|Bitmap Index Scan/);
    expect(text).not.toContain("Seq Scan on lrs_statements");
  });
});
