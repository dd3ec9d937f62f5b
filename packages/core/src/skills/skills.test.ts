import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAsset } from "../taxonomy/assets";
import { bulkTagAssets } from "../taxonomy/bulk-tag";
import { createJobRole, setRoleSkill } from "../taxonomy/roles";
import { createSkill, deleteSkill, updateSkill } from "./change-skills";
import { createFramework, listFrameworks, updateFramework } from "./frameworks";
import { getSkill, listSkills, skillUsage } from "./list-skills";

const actor = null;
const SCALE = [1, 2, 3, 4, 5].map((level) => ({ level, name: `Level ${level}` }));

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => ({}),
    (e: { field?: string; message: string }) => ({ [e.field ?? "_"]: e.message }),
  );
}

describe(`skill map on ${testEngine()}`, () => {
  let db: TDatabase;
  let frameworkId = "";
  beforeAll(async () => {
    db = await openTestDatabase();
    ({ id: frameworkId } = await createFramework(db.prisma, actor, {
      name: "Engineering 2026",
      levels: SCALE,
    }));
  });
  afterAll(async () => db.close());

  it("builds a tree: groups hold skills, paths read top-down, search finds alternative labels", async () => {
    const flow = await createSkill(db.prisma, actor, {
      frameworkId,
      kind: "group",
      name: "Engineering flow",
    });
    const review = await createSkill(db.prisma, actor, {
      frameworkId,
      kind: "group",
      name: "Code review",
      parentId: flow.id,
    });
    const skill = await createSkill(db.prisma, actor, {
      frameworkId,
      name: "Review turnaround",
      uri: "eng:review-turnaround",
      altLabels: ["time to first review"],
      parentId: review.id,
      behaviours: [
        { level: 3, text: "First review within 24 hours" },
        { level: 3, text: "Review queue under five" },
      ],
    });
    expect(skill.path).toEqual(["Engineering flow", "Code review"]);
    expect(skill.behaviours).toHaveLength(2);
    const top = await listSkills(db.prisma, { frameworkId, parentId: null });
    expect(top.items.map((s) => [s.name, s.childCount])).toEqual([["Engineering flow", 1]]);
    const found = await listSkills(db.prisma, { frameworkId, search: "time to first review" });
    expect(found.items.map((s) => s.name)).toEqual(["Review turnaround"]);
    // Alternative labels match in any case and by any part, like names.
    for (const search of ["FIRST REVIEW", "to fir", "Time To"]) {
      const partial = await listSkills(db.prisma, { frameworkId, search });
      expect(partial.items.map((s) => [s.name, s.path])).toEqual([
        ["Review turnaround", ["Engineering flow", "Code review"]],
      ]);
    }
    // % and _ are letters, not wildcards; a URI matches exactly.
    expect((await listSkills(db.prisma, { frameworkId, search: "t%e" })).total).toBe(0);
    expect((await listSkills(db.prisma, { frameworkId, search: "time_to" })).total).toBe(0);
    expect(
      (await listSkills(db.prisma, { frameworkId, search: "eng:review-turnaround" })).items,
    ).toHaveLength(1);
    // Pages of matches: groups first, then by name.
    const all = await listSkills(db.prisma, { frameworkId, search: "e", pageSize: 2 });
    expect([all.total, all.pageCount, all.items.map((s) => s.name)]).toEqual([
      3,
      2,
      ["Code review", "Engineering flow"],
    ]);
    const second = await listSkills(db.prisma, { frameworkId, search: "e", pageSize: 2, page: 2 });
    expect(second.items.map((s) => s.name)).toEqual(["Review turnaround"]);
    expect(
      (await listSkills(db.prisma, { frameworkId, search: "review", kind: "group" })).items.map(
        (s) => s.name,
      ),
    ).toEqual(["Code review"]);
    const [framework] = await listFrameworks(db.prisma);
    expect(framework).toMatchObject({ skillCount: 1, groupCount: 2, retiredCount: 0 });
  });

  it("refuses a group under a skill, another framework's group, or the group's own descendant", async () => {
    const [flow] = (await listSkills(db.prisma, { frameworkId, search: "Engineering flow" })).items;
    const [review] = (await listSkills(db.prisma, { frameworkId, search: "Code review" })).items;
    const [skill] = (await listSkills(db.prisma, { frameworkId, search: "Review turnaround" }))
      .items;
    const move = (id: string, name: string, parentId: string, kind: "group" | "skill" = "group") =>
      errorOf(updateSkill(db.prisma, actor, { id, name, kind, parentId }));
    expect(await move(flow!.id, "Engineering flow", review!.id)).toEqual({
      parentId: "must not be the item itself or one under it",
    });
    expect(await move(flow!.id, "Engineering flow", flow!.id)).toEqual({
      parentId: "must not be the item itself or one under it",
    });
    expect(await move(review!.id, "Code review", skill!.id)).toEqual({
      parentId: "“Review turnaround” is a skill; a group can only sit in another group",
    });
    const other = await createFramework(db.prisma, actor, { name: "Other", levels: SCALE });
    const otherGroup = await createSkill(db.prisma, actor, {
      frameworkId: other.id,
      kind: "group",
      name: "Elsewhere",
    });
    expect(await move(review!.id, "Code review", otherGroup.id)).toEqual({
      parentId: "must be a group or skill in the same framework",
    });
    expect(await move(review!.id, "Code review", otherGroup.id, "skill")).toEqual({
      parentId: "must be a group or skill in the same framework",
    });
    expect(
      await errorOf(
        updateSkill(db.prisma, actor, { id: flow!.id, name: "Engineering flow", kind: "skill" }),
      ),
    ).toEqual({ kind: "a group with groups in it cannot become a skill" });
  });

  it("holds narrower skills under a skill, as ESCO does, in the tree, search and edits", async () => {
    const [review] = (await listSkills(db.prisma, { frameworkId, search: "Code review" })).items;
    const broader = await createSkill(db.prisma, actor, {
      frameworkId,
      name: "Give feedback",
      parentId: review!.id,
    });
    const narrower = await createSkill(db.prisma, actor, {
      frameworkId,
      name: "Give feedback on tests",
      altLabels: ["Test review"],
      parentId: broader.id,
    });
    expect(narrower.path).toEqual(["Engineering flow", "Code review", "Give feedback"]);
    const under = await listSkills(db.prisma, { frameworkId, parentId: broader.id });
    expect(under.items.map((s) => s.name)).toEqual(["Give feedback on tests"]);
    expect((await getSkill(db.prisma, broader.id))!.childCount).toBe(1);
    // Editing the narrower skill keeps its broader skill as the parent.
    const edited = await updateSkill(db.prisma, actor, {
      id: narrower.id,
      name: "Give feedback on tests",
      description: "Comments on missing cases",
      parentId: broader.id,
    });
    expect(edited).toMatchObject({
      parentId: broader.id,
      description: "Comments on missing cases",
    });
    // A skill cannot sit under its own narrower skill, nor become a group under a skill.
    expect(
      await errorOf(
        updateSkill(db.prisma, actor, {
          id: broader.id,
          name: "Give feedback",
          parentId: narrower.id,
        }),
      ),
    ).toEqual({ parentId: "must not be the item itself or one under it" });
    expect(
      await errorOf(
        updateSkill(db.prisma, actor, {
          id: narrower.id,
          name: "Give feedback on tests",
          kind: "group",
          parentId: broader.id,
        }),
      ),
    ).toEqual({
      parentId: "“Give feedback” is a skill; a group can only sit in another group",
    });
    // A skill holding skills is deleted only once it is empty.
    expect(await errorOf(deleteSkill(db.prisma, actor, { id: broader.id }))).toEqual({
      id: "“Give feedback” holds 1 skill; move or delete them first",
    });
    await deleteSkill(db.prisma, actor, { id: narrower.id });
    await deleteSkill(db.prisma, actor, { id: broader.id });
  });

  it("checks levels against the framework's scale and keeps used levels in it", async () => {
    const [skill] = (await listSkills(db.prisma, { frameworkId, search: "Review turnaround" }))
      .items;
    expect(
      await errorOf(
        updateSkill(db.prisma, actor, {
          id: skill!.id,
          name: skill!.name,
          parentId: skill!.parentId,
          behaviours: [{ level: 6, text: "Beyond the scale" }],
        }),
      ),
    ).toEqual({ "behaviours.0.level": "must be a level of the framework's scale (1, 2, 3, 4, 5)" });
    expect(
      await errorOf(
        updateFramework(db.prisma, actor, {
          id: frameworkId,
          name: "Engineering 2026",
          levels: SCALE.slice(0, 2),
        }),
      ),
    ).toEqual({ levels: "level 3 is still used by behaviours or role targets" });
  });

  it("shows what links to a skill and deletes it with its links only when confirmed", async () => {
    const [skill] = (await listSkills(db.prisma, { frameworkId, search: "Review turnaround" }))
      .items;
    const role = await createJobRole(db.prisma, actor, { name: "Backend engineer" });
    await setRoleSkill(db.prisma, actor, { roleId: role.id, skillId: skill!.id, targetLevel: 3 });
    const asset = await createAsset(db.prisma, actor, {
      title: "Review clinic",
      kind: "peer_session",
    });
    await bulkTagAssets(db.prisma, actor, {
      assetIds: [asset.id],
      addSkills: [{ skillId: skill!.id }],
    });
    expect(await skillUsage(db.prisma, skill!.id)).toEqual({
      children: 0,
      roles: [{ id: role.id, name: "Backend engineer" }],
      assets: [{ id: asset.id, title: "Review clinic" }],
    });
    expect(await errorOf(deleteSkill(db.prisma, actor, { id: skill!.id }))).toEqual({
      confirmLinked:
        "“Review turnaround” is used by 1 role(s) and 1 asset(s); confirm to remove those links too",
    });
    expect(await getSkill(db.prisma, skill!.id)).not.toBeNull();
    const [group] = (await listSkills(db.prisma, { frameworkId, search: "Code review" })).items;
    expect(await errorOf(deleteSkill(db.prisma, actor, { id: group!.id }))).toEqual({
      id: "“Code review” holds 1 skill; move or delete them first",
    });
    await deleteSkill(db.prisma, actor, { id: skill!.id, confirmLinked: true });
    expect(await getSkill(db.prisma, skill!.id)).toBeNull();
    expect(await db.prisma.roleSkill.count({ where: { roleId: role.id } })).toBe(0);
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: skill!.id, action: "skill.delete" },
    });
    expect(JSON.stringify(audit.before)).toContain("Backend engineer");
  });
});
