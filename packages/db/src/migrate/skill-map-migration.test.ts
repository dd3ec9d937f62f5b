import { afterEach, describe, expect, it } from "vitest";
import type { TDatabase } from "../database";
import { migrations } from "../generated/migrations";
import { openTestDatabase, testEngine } from "../testing";
import { applyMigrations } from "./apply";

// Skills written before the skill map had a flat `category`; the skill_map migration must keep
// every one, inside a framework, under a group named after its category.
describe(`skill map migration on ${testEngine()}`, () => {
  let db: TDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("moves existing skills into a framework, each category a group above its skills", async () => {
    db = await openTestDatabase({ migrate: false });
    const index = migrations.findIndex((m) => m.name.endsWith("_skill_map"));
    expect(index).toBeGreaterThan(0);
    await applyMigrations(db.sql, migrations.slice(0, index));
    await db.sql.exec(`
      INSERT INTO skills (id, name, name_key, category, updated_at) VALUES
        ('00000000-0000-4000-8000-000000000001', 'Negotiation', 'negotiation', 'Sales', now()),
        ('00000000-0000-4000-8000-000000000002', 'Pitching', 'pitching', 'Sales', now()),
        ('00000000-0000-4000-8000-000000000003', 'Incoterms', 'incoterms', NULL, now())`);
    await applyMigrations(db.sql, migrations);

    const frameworks = await db.prisma.skillFramework.findMany();
    expect(frameworks.map((f) => f.name)).toEqual(["Skills"]);
    const skills = await db.prisma.skill.findMany({
      include: { parent: true },
      orderBy: { nameKey: "asc" },
    });
    expect(skills.map((s) => [s.name, s.kind, s.parent?.name ?? null])).toEqual([
      ["Incoterms", "skill", null],
      ["Negotiation", "skill", "Sales"],
      ["Pitching", "skill", "Sales"],
      ["Sales", "group", null],
    ]);
    expect(new Set(skills.map((s) => s.frameworkId))).toEqual(new Set([frameworks[0]!.id]));
  });

  it("adds no framework to a database without skills", async () => {
    db = await openTestDatabase();
    expect(await db.prisma.skillFramework.count()).toBe(0);
  });
});
