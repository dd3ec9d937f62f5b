import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TDatabase } from "@xroi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { listAuditForEntity } from "../audit/list-audit";
import { DomainError } from "../errors";
import { createSkill, deleteSkill, updateSkill } from "./change-skills";
import { listSkillCategories, listSkills } from "./list-skills";

describe(`skills on ${testEngine()}`, () => {
  let db: TDatabase;
  const actor = { id: "test-actor" };
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  it("creates, lists with search and paging, updates and deletes, auditing each change", async () => {
    const names = [
      "Code review",
      "Negotiation",
      "Export documentation",
      "Incident response",
      "Test design",
    ];
    for (const name of names)
      await createSkill(db.prisma, actor, { name, category: name.includes("e") ? "General" : "" });

    const page1 = await listSkills(db.prisma, { page: 1, pageSize: 2 });
    expect(page1.total).toBe(5);
    expect(page1.pageCount).toBe(3);
    expect(page1.items.map((s) => s.name)).toEqual(["Code review", "Export documentation"]);
    const page3 = await listSkills(db.prisma, { page: 3, pageSize: 2 });
    expect(page3.items.map((s) => s.name)).toEqual(["Test design"]);

    const found = await listSkills(db.prisma, { search: "NEGO" });
    expect(found.items.map((s) => s.name)).toEqual(["Negotiation"]);
    expect(await listSkillCategories(db.prisma)).toEqual(["General"]);

    const skill = found.items[0]!;
    const updated = await updateSkill(db.prisma, actor, {
      id: skill.id,
      name: "Negotiation with suppliers",
      description: "Terms",
    });
    expect(updated).toMatchObject({
      name: "Negotiation with suppliers",
      description: "Terms",
      category: null,
    });

    await deleteSkill(db.prisma, actor, skill.id);
    expect((await listSkills(db.prisma, { search: "nego" })).total).toBe(0);

    const history = await listAuditForEntity(db.prisma, "skill", skill.id);
    expect(history.map((h) => h.action)).toEqual(["skill.delete", "skill.update", "skill.create"]);
    expect(history[1]).toMatchObject({
      actorId: "test-actor",
      before: expect.objectContaining({ name: "Negotiation" }),
      after: expect.objectContaining({ name: "Negotiation with suppliers" }),
    });
  });

  it("refuses a duplicate name whatever its case and spacing, naming the field", async () => {
    await createSkill(db.prisma, actor, { name: "Data storytelling" });
    const error = await createSkill(db.prisma, actor, { name: "  data   STORYTELLING " }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: "CONFLICT",
      field: "name",
      message: 'a skill named "data   STORYTELLING" already exists',
    });
  });

  it("rejects invalid input before touching the database", async () => {
    const before = await db.prisma.skill.count();
    await expect(createSkill(db.prisma, actor, { name: "x" })).rejects.toBeInstanceOf(ZodError);
    expect(await db.prisma.skill.count()).toBe(before);
  });

  it("reports a missing skill as NOT_FOUND on update and delete, writing nothing", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    await expect(updateSkill(db.prisma, actor, { id, name: "Ghost" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteSkill(db.prisma, actor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listAuditForEntity(db.prisma, "skill", id)).toEqual([]);
  });
});
