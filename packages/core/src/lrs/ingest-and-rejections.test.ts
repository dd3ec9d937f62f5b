import { Prisma, type TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCredential,
  listCredentialOptions,
  listCredentials,
  revokeCredential,
} from "./credentials";
import { ingestBuckets, ingestCounts, ingestCountsSql } from "./ingest-counts";
import { listRejections } from "./rejections";
import { insertManyStatements, insertStatements } from "./statement-fixtures";

const NOW = new Date("2026-03-10T14:25:00Z");

describe(`LRS ingest, credentials and rejections on ${testEngine()}`, () => {
  let db: TDatabase;
  let lms: string;
  let quiz: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    const scopes = ["statements/write" as const];
    lms = (await createCredential(db.prisma, null, { name: "LMS", scopes })).id;
    quiz = (await createCredential(db.prisma, null, { name: "Quiz tool", scopes })).id;
    await createCredential(db.prisma, null, { name: "Unused", scopes });
    const at = (iso: string, credentialId: string, n = 1) =>
      Array.from({ length: n }, (_, i) => ({
        email: `l${i}@example.org`,
        stored: `${iso}${String(i).padStart(3, "0")}Z`,
        credentialId,
      }));
    await insertStatements(db.prisma, [
      ...at("2026-02-01T10:00:00.000", lms), // 37 days ago: in neither window
      ...at("2026-02-20T10:00:00.000", lms, 2), // in the 30 days only
      ...at("2026-03-09T13:59:59.999", lms), // the hour before the 24 hours
      ...at("2026-03-09T15:00:00.000", lms, 3), // first hour of the 24
      ...at("2026-03-10T14:00:00.000", quiz, 2), // this hour
      ...at("2026-03-10T14:30:00.000", quiz), // after `now`: not counted
    ]);
  });
  afterAll(async () => db.close());

  it("buckets by UTC hour and day, ending with the one that holds now", () => {
    const hours = ingestBuckets("24h", NOW);
    expect(hours).toHaveLength(24);
    expect(hours[0]!.toISOString()).toBe("2026-03-09T15:00:00.000Z");
    expect(hours[23]!.toISOString()).toBe("2026-03-10T14:00:00.000Z");
    const days = ingestBuckets("30d", NOW);
    expect([days[0]!.toISOString(), days[29]!.toISOString()]).toEqual([
      "2026-02-09T00:00:00.000Z",
      "2026-03-10T00:00:00.000Z",
    ]);
  });

  it("counts statements per credential per hour over the last 24 hours", async () => {
    const ingest = await ingestCounts(db.prisma, { range: "24h" }, NOW);
    expect(ingest).toMatchObject({ unit: "hour", total: 6 });
    expect(ingest.series.map((s) => [s.name, s.total, s.isRevoked])).toEqual([
      ["LMS", 3, false],
      ["Quiz tool", 3, false],
    ]);
    expect(ingest.series[0]!.counts[0]).toBe(3);
    // The statement stored after `now` falls in this hour's bucket too: the window ends with it.
    expect(ingest.series[1]!.counts[23]).toBe(3);
  });

  it("counts per day over the last 30 days and keeps revoked credentials' history", async () => {
    await revokeCredential(db.prisma, null, quiz);
    const ingest = await ingestCounts(db.prisma, { range: "30d" }, NOW);
    expect(ingest.unit).toBe("day");
    expect(ingest.series.map((s) => [s.name, s.total, s.isRevoked])).toEqual([
      ["LMS", 6, false],
      ["Quiz tool", 3, true],
    ]);
    const lmsDays = ingest.series[0]!.counts;
    expect(lmsDays[ingest.buckets.indexOf("2026-02-20T00:00:00.000Z")]).toBe(2);
    expect(lmsDays[ingest.buckets.indexOf("2026-03-09T00:00:00.000Z")]).toBe(4);
  });

  it("says when each credential was last used and lists names for filters", async () => {
    const list = await listCredentials(db.prisma);
    const byName = new Map(list.map((c) => [c.name, c]));
    expect(byName.get("LMS")!.lastUsedAt?.toISOString()).toBe("2026-03-09T15:00:00.000Z");
    expect(byName.get("Unused")!.lastUsedAt).toBeNull();
    expect(list.at(-1)!.name).toBe("Quiz tool"); // revoked ones last
    expect(await listCredentialOptions(db.prisma)).toEqual([
      { id: lms, name: "LMS", isRevoked: false },
      { id: quiz, name: "Quiz tool", isRevoked: true },
      expect.objectContaining({ name: "Unused", isRevoked: false }),
    ]);
  });

  it("lists refused requests newest first, by status class, a page at a time", async () => {
    const refusals = [
      [null, "POST", 401, "Authorization: unknown key"],
      [lms, "POST", 400, "actor: is required"],
      [lms, "PUT", 409, "statement exists with different content"],
      [quiz, "GET", 403, "this credential may not read statements"],
      [null, "GET", 401, "Authorization: needs HTTP Basic"],
    ] as const;
    for (const [credentialId, method, status, message] of refusals)
      await db.prisma.lrsRejection.create({
        data: { credentialId, method, path: "/xapi/statements", status, message },
      });
    const first = await listRejections(db.prisma, { limit: 2 });
    expect(first.items.map((r) => [r.status, r.credentialName])).toEqual([
      [401, null],
      [403, "Quiz tool"],
    ]);
    const second = await listRejections(db.prisma, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((r) => r.status)).toEqual([409, 400]);
    const auth = await listRejections(db.prisma, { statusClass: "auth" });
    expect(auth.items.map((r) => r.status)).toEqual([401, 403, 401]);
    expect(auth.nextCursor).toBeNull();
    const invalid = await listRejections(db.prisma, { statusClass: "invalid" });
    expect(invalid.items).toMatchObject([
      { method: "POST", status: 400, message: "actor: is required", credentialName: "LMS" },
    ]);
  });

  it("counts through the (credential_id, stored) index", async () => {
    await insertManyStatements(db.prisma, 20_000, [lms, quiz]);
    const rows = await db.prisma.$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN ${ingestCountsSql("day", new Date("2025-01-10T00:00:00Z"))}`,
    );
    const text = rows.map((r) => r["QUERY PLAN"]).join("\n");
    // PostgreSQL reads the index alone; PGlite (32-bit, no autovacuum) goes through a bitmap of it.
    expect(text).toMatch(
      /(Index Only Scan using|Bitmap Index Scan on) lrs_statements_credential_id_stored_idx/,
    );
    expect(text).not.toMatch(/lrs_statements_pkey|Seq Scan on lrs_statements/);
  });
});
