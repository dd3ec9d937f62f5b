import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type TDatabase } from "./database";
import { isUniqueViolation } from "./errors";
import { openTestDatabase, testEngine } from "./testing";

describe(`data layer on ${testEngine()}`, () => {
  let db: TDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("reads and writes through Prisma, with the unique name key enforced", async () => {
    db = await openTestDatabase();
    expect(db.engine).toBe(testEngine());
    const created = await db.prisma.skillFramework.create({
      data: { name: "Negotiation", nameKey: "negotiation", description: "Agree terms" },
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const found = await db.prisma.skillFramework.findMany({
      where: { name: { contains: "nego", mode: "insensitive" } },
    });
    expect(found.map((s) => s.name)).toEqual(["Negotiation"]);
    await expect(
      db.prisma.skillFramework.create({ data: { name: "negotiation", nameKey: "negotiation" } }),
    ).rejects.toSatisfy(isUniqueViolation);
  });

  it("bulk loads CSV with COPY, quotes and all, and refuses a bad row as a whole", async () => {
    db = await openTestDatabase();
    await db.sql.exec("CREATE TABLE copy_probe (id int PRIMARY KEY, doc jsonb, note text)");
    const copy = "COPY copy_probe (id, doc, note) FROM STDIN WITH (FORMAT csv)";
    await db.sql.copyFrom(copy, '1,"{""a"": 1}","plain"\n2,"{""b"": ""x,y""}",\n');
    const rows = await db.sql.query<{ id: number; doc: unknown; note: string | null }>(
      "SELECT id, doc, note FROM copy_probe ORDER BY id",
    );
    expect(rows).toEqual([
      { id: 1, doc: { a: 1 }, note: "plain" },
      { id: 2, doc: { b: "x,y" }, note: null },
    ]);
    await expect(db.sql.copyFrom(copy, "3,{},ok\n3,{},duplicate\n")).rejects.toBeTruthy();
    expect(await db.sql.query("SELECT 1 FROM copy_probe")).toHaveLength(2);
  });

  it("rolls back an interactive transaction as a whole", async () => {
    db = await openTestDatabase();
    const prisma = db.prisma;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.skillFramework.create({ data: { name: "A", nameKey: "a" } });
        await tx.skillFramework.create({ data: { name: "A again", nameKey: "a" } });
      }),
    ).rejects.toBeTruthy();
    expect(await prisma.skillFramework.count()).toBe(0);
  });

  it("stores times as UTC instants", async () => {
    db = await openTestDatabase();
    const at = new Date("2026-03-01T12:34:56.789Z");
    const row = await db.prisma.auditLog.create({
      data: { at, action: "test", entityType: "skill", entityId: "x", after: { a: 1 } },
    });
    const back = await db.prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } });
    expect(back.at.toISOString()).toBe(at.toISOString());
    expect(back.after).toEqual({ a: 1 });
  });
});

describe("embedded PGlite on disk", () => {
  it("keeps data across a close and reopen of its data folder", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "xroi-pglite-"));
    try {
      const first = await openDatabase({ dataDir: dir });
      await first.prisma.skillFramework.create({ data: { name: "Kept", nameKey: "kept" } });
      await first.close();
      const second = await openDatabase({ dataDir: dir });
      expect((await second.prisma.skillFramework.findMany()).map((s) => s.name)).toEqual(["Kept"]);
      expect((await second.migrate()).applied).toEqual([]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
