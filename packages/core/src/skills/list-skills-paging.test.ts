import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createSkill } from "./change-skills";
import { createFramework } from "./frameworks";
import { listSkills } from "./list-skills";

const actor = null;
const names = (page: { items: { name: string }[] }) => page.items.map((s) => s.name);

describe(`skill list paging on ${testEngine()}`, () => {
  let db: TDatabase;
  let frameworkId = "";
  let groupA = "";
  beforeAll(async () => {
    db = await openTestDatabase();
    ({ id: frameworkId } = await createFramework(db.prisma, actor, {
      name: "Paging 2026",
      levels: [{ level: 1, name: "Aware" }],
    }));
    // Created out of order: the list sorts, not the insert order.
    for (const n of [23, 5, 17, 1, 12, 9, 20, 3, 14, 7, 22, 2, 16, 11, 19, 4, 8, 21, 13, 6])
      await createSkill(db.prisma, actor, {
        frameworkId,
        name: `Skill ${String(n).padStart(2, "0")}`,
      });
    for (const n of [10, 15, 18])
      await createSkill(db.prisma, actor, { frameworkId, name: `skill ${n}` });
    ({ id: groupA } = await createSkill(db.prisma, actor, {
      frameworkId,
      kind: "group",
      name: "Group A",
    }));
    await createSkill(db.prisma, actor, { frameworkId, kind: "group", name: "Group B" });
    await createSkill(db.prisma, actor, { frameworkId, name: "Skill nested", parentId: groupA });
  });
  afterAll(async () => db.close());

  it("pages the top of the tree: groups first, then by name whatever the case, no gaps or repeats", async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((page) =>
        listSkills(db.prisma, { frameworkId, parentId: null, page, pageSize: 10 }),
      ),
    );
    for (const [i, page] of pages.entries())
      expect(page).toMatchObject({ total: 25, page: i + 1, pageSize: 10, pageCount: 3 });
    expect(names(pages[0]!)).toEqual([
      "Group A",
      "Group B",
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Skill 0${n}`),
    ]);
    expect(names(pages[1]!)).toEqual([
      "Skill 09",
      "skill 10",
      "Skill 11",
      "Skill 12",
      "Skill 13",
      "Skill 14",
      "skill 15",
      "Skill 16",
      "Skill 17",
      "skill 18",
    ]);
    expect(names(pages[2]!)).toEqual(["Skill 19", "Skill 20", "Skill 21", "Skill 22", "Skill 23"]);
    const all = pages.flatMap(names);
    expect(new Set(all).size).toBe(25);
    expect(all).not.toContain("Skill nested");
  });

  it("answers a page past the end with no items and the true total", async () => {
    const past = await listSkills(db.prisma, {
      frameworkId,
      parentId: null,
      page: 9,
      pageSize: 10,
    });
    expect(past).toMatchObject({ items: [], total: 25, page: 9, pageCount: 3 });
  });

  it("pages a search across the whole tree, with each match's path", async () => {
    const first = await listSkills(db.prisma, { frameworkId, search: "SKILL", pageSize: 20 });
    expect(first).toMatchObject({ total: 24, pageCount: 2 });
    const second = await listSkills(db.prisma, {
      frameworkId,
      search: "SKILL",
      page: 2,
      pageSize: 20,
    });
    expect(names(second)).toEqual(["Skill 21", "Skill 22", "Skill 23", "Skill nested"]);
    expect(second.items[3]!.path).toEqual(["Group A"]);
    expect(second.items[0]!.path).toEqual([]);
    expect(new Set([...names(first), ...names(second)]).size).toBe(24);
  });

  it("leaves retired skills out of the pages and the total unless asked", async () => {
    const [oldest] = (await listSkills(db.prisma, { frameworkId, search: "Skill 01" })).items;
    await db.prisma.skill.update({ where: { id: oldest!.id }, data: { retiredAt: new Date() } });
    try {
      const live = await listSkills(db.prisma, { frameworkId, parentId: null, pageSize: 10 });
      expect(live.total).toBe(24);
      expect(names(live)).not.toContain("Skill 01");
      const every = await listSkills(db.prisma, {
        frameworkId,
        parentId: null,
        pageSize: 10,
        includeRetired: true,
      });
      expect(every.total).toBe(25);
    } finally {
      await db.prisma.skill.update({ where: { id: oldest!.id }, data: { retiredAt: null } });
    }
  });

  it.each([
    [{ page: 0 }, "page", "must be 1 or more"],
    [{ page: -3 }, "page", "must be 1 or more"],
    [{ page: 1.5 }, "page", ""],
    [{ pageSize: 0 }, "pageSize", ""],
    [{ pageSize: 201 }, "pageSize", "must be at most 200"],
    [{ search: "x".repeat(101) }, "search", "must be at most 100 characters"],
    [{ frameworkId: "not-a-uuid" }, "frameworkId", "must be a framework id"],
  ])("refuses %o, naming %s", async (bad, field, message) => {
    const error = await listSkills(db.prisma, { frameworkId, ...bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    const issue = (error as ZodError).issues[0]!;
    expect(issue.path).toEqual([field]);
    expect(issue.message).toContain(message);
  });
});
