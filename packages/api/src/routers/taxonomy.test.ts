import { TRPCError } from "@trpc/server";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TRole } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs } from "../testing";

/** The error a call fails with, as code and field errors: what a screen gets. */
async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) return `no TRPCError (${String(error)})`;
  return { code: error.code, message: error.message };
}

describe(`taxonomy through createCaller on ${testEngine()}`, () => {
  let db: TDatabase;
  let skillId = "";
  let otherSkillId = "";
  let groupId = "";
  beforeAll(async () => {
    db = await openTestDatabase();
    const { id: frameworkId } = await as("admin").skills.createFramework({
      name: "Chamber 2026",
      levels: [1, 2, 3].map((level) => ({ level, name: `L${level}` })),
    });
    ({ id: groupId } = await as("admin").skills.create({
      frameworkId,
      kind: "group",
      name: "Trade compliance",
    }));
    ({ id: skillId } = await as("admin").skills.create({
      frameworkId,
      name: "Rules of origin",
      parentId: groupId,
    }));
    ({ id: otherSkillId } = await as("admin").skills.create({
      frameworkId,
      name: "Sanctions screening",
      parentId: groupId,
    }));
  });
  afterAll(async () => db.close());
  const as = (role: TRole) => callerAs(db, role);

  it("keeps roles and their required skills to admins, checked against the scale", async () => {
    const admin = as("admin");
    const { id: roleId } = await admin.taxonomy.createRole({
      name: "New exporters",
      kind: "member_segment",
      description: "First two years abroad",
    });
    await admin.taxonomy.setRoleSkill({ roleId, skillId, targetLevel: 2 });
    await admin.taxonomy.setRoleSkill({
      roleId,
      skillId: otherSkillId,
      targetLevel: 3,
      isEssential: false,
    });
    const matrix = await as("viewer").taxonomy.roleMatrix();
    expect(matrix.roles).toEqual([
      {
        id: roleId,
        name: "New exporters",
        kind: "member_segment",
        description: "First two years abroad",
      },
    ]);
    expect(matrix.cells.map((c) => [c.skillId, c.targetLevel, c.isEssential])).toEqual(
      expect.arrayContaining([
        [skillId, 2, true],
        [otherSkillId, 3, false],
      ]),
    );
    expect(await failure(admin.taxonomy.setRoleSkill({ roleId, skillId, targetLevel: 7 }))).toEqual(
      {
        code: "BAD_REQUEST",
        message: "must be a level of the framework's scale (1, 2, 3)",
      },
    );
    expect(
      await failure(admin.taxonomy.setRoleSkill({ roleId, skillId: groupId, targetLevel: 1 })),
    ).toEqual({
      code: "BAD_REQUEST",
      message: "must be a skill (not a group)",
    });
    expect(await failure(admin.taxonomy.createRole({ name: "new EXPORTERS" }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(await failure(admin.taxonomy.createRole({ name: "x" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await failure(admin.taxonomy.updateRole({ id: "nope", name: "Valid name" }))).toEqual({
      code: "BAD_REQUEST",
      message: "id: must be a role id",
    });
    expect(await failure(as("viewer").taxonomy.createRole({ name: "Viewers" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await failure(as("analyst").taxonomy.setRoleSkill({ roleId, skillId, targetLevel: 1 })),
    ).toMatchObject({ code: "FORBIDDEN" });
    await admin.taxonomy.removeRoleSkill({ roleId, skillId: otherSkillId });
    await admin.taxonomy.updateRole({ id: roleId, name: "New exporters", kind: "member_segment" });
    const history = await as("viewer").taxonomy.history({
      entityType: "job_role",
      entityId: roleId,
    });
    expect(history.map((h) => h.action)).toEqual([
      "role.update",
      "role.skill.remove",
      "role.skill.set",
      "role.skill.set",
      "role.create",
    ]);
  });

  it("creates, lists and deletes assets, each activity id on one asset only", async () => {
    const admin = as("admin");
    const asset = await admin.taxonomy.createAsset({
      title: "Origin rules in practice",
      kind: "course",
      regions: ["Europe"],
      activityIds: ["https://lms.example/origin"],
    });
    expect(asset).toMatchObject({
      activityIds: ["https://lms.example/origin"],
      skills: [],
      tags: [],
    });
    expect(
      await failure(
        admin.taxonomy.createAsset({
          title: "Copy",
          kind: "course",
          activityIds: ["https://lms.example/origin"],
        }),
      ),
    ).toEqual({ code: "CONFLICT", message: "already belongs to “Origin rules in practice”" });
    expect(
      await failure(admin.taxonomy.createAsset({ title: "Bad", kind: "podcast" as never })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    const page = await as("viewer").taxonomy.assets({ search: "origin" });
    expect(page.items.map((a) => a.title)).toEqual(["Origin rules in practice"]);
    expect(await failure(as("viewer").taxonomy.deleteAsset({ id: asset.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    await admin.taxonomy.deleteAsset({ id: asset.id });
    expect(await failure(admin.taxonomy.deleteAsset({ id: asset.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("bulk-adds and bulk-removes skills and tags, and coverage follows both ways", async () => {
    const admin = as("admin");
    const { id: goalId } = await admin.taxonomy.createTag({
      vocabulary: "goal",
      label: "Fewer customs holds",
    });
    const { id: roleId } = await admin.taxonomy.createRole({ name: "Customs brokers" });
    await admin.taxonomy.setRoleSkill({ roleId, skillId, targetLevel: 3 });
    const ids: string[] = [];
    for (const letter of ["A", "B", "C"]) {
      ids.push(
        (await admin.taxonomy.createAsset({ title: `Customs ${letter}`, kind: "webinar" })).id,
      );
    }
    const before = await as("viewer").taxonomy.coverage();
    expect(before.skillsNotTaught.examples.map((s) => s.name)).toContain("Rules of origin");

    expect(
      await admin.taxonomy.bulkTag({
        assetIds: ids,
        addSkills: [{ skillId, targetLevel: 2 }],
        addTagIds: [goalId],
      }),
    ).toEqual({ assets: 3 });
    const tagged = await as("viewer").taxonomy.coverage();
    expect(tagged.skillsNotTaught.examples.map((s) => s.name)).not.toContain("Rules of origin");
    expect(tagged.assetsWithoutSkill.count).toBe(before.assetsWithoutSkill.count - 3);
    expect(tagged.assetsWithoutGoal.count).toBe(before.assetsWithoutGoal.count - 3);

    // Remove the skill from two of them: still taught by the third. Then from all: a gap again.
    await admin.taxonomy.bulkTag({ assetIds: ids.slice(0, 2), removeSkillIds: [skillId] });
    expect(
      (await as("viewer").taxonomy.coverage()).skillsNotTaught.examples.map((s) => s.name),
    ).not.toContain("Rules of origin");
    await admin.taxonomy.bulkTag({
      assetIds: ids,
      removeSkillIds: [skillId],
      removeTagIds: [goalId],
    });
    const removed = await as("viewer").taxonomy.coverage();
    expect(removed.skillsNotTaught.examples.map((s) => s.name)).toContain("Rules of origin");
    expect(removed.assetsWithoutSkill.count).toBe(before.assetsWithoutSkill.count);
    expect(removed.assetsWithoutGoal.count).toBe(before.assetsWithoutGoal.count);
    const history = await as("viewer").taxonomy.history({
      entityType: "learning_asset",
      entityId: ids[2]!,
    });
    expect(history.map((h) => h.action)).toEqual([
      "asset.bulk_tag",
      "asset.bulk_tag",
      "asset.create",
    ]);

    expect(await failure(admin.taxonomy.bulkTag({ assetIds: ids }))).toEqual({
      code: "BAD_REQUEST",
      message: "addTagIds: choose at least one tag or skill to add or remove",
    });
    expect(await failure(admin.taxonomy.bulkTag({ assetIds: [], addTagIds: [goalId] }))).toEqual({
      code: "BAD_REQUEST",
      message: "assetIds: select at least one asset",
    });
    expect(
      await failure(
        admin.taxonomy.bulkTag({ assetIds: [crypto.randomUUID()], addTagIds: [goalId] }),
      ),
    ).toEqual({ code: "NOT_FOUND", message: "some selected assets no longer exist; reload" });
    expect(
      await failure(admin.taxonomy.bulkTag({ assetIds: ids, addSkills: [{ skillId: groupId }] })),
    ).toEqual({ code: "BAD_REQUEST", message: "must be a skill (not a group)" });
    expect(
      await failure(as("viewer").taxonomy.bulkTag({ assetIds: ids, addTagIds: [goalId] })),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("merges tags, lists which assets carry a tag, and deletes it only when confirmed", async () => {
    const admin = as("admin");
    const { id: a } = await admin.taxonomy.createTag({ vocabulary: "topic", label: "Customs" });
    const { id: b } = await admin.taxonomy.createTag({ vocabulary: "topic", label: "Customs law" });
    const { id: other } = await admin.taxonomy.createTag({ vocabulary: "region", label: "Europe" });
    const asset = await admin.taxonomy.createAsset({ title: "Customs basics", kind: "course" });
    await admin.taxonomy.bulkTag({ assetIds: [asset.id], addTagIds: [b] });
    expect(await failure(admin.taxonomy.mergeTags({ sourceId: b, targetId: other }))).toEqual({
      code: "BAD_REQUEST",
      message: "must be in the same vocabulary",
    });
    expect(await failure(admin.taxonomy.mergeTags({ sourceId: b, targetId: b }))).toEqual({
      code: "BAD_REQUEST",
      message: "targetId: must be a different tag",
    });
    expect(await admin.taxonomy.mergeTags({ sourceId: b, targetId: a })).toEqual({ moved: 1 });
    expect(await as("viewer").taxonomy.tagUsage({ id: a })).toEqual({
      assets: [{ id: asset.id, title: "Customs basics" }],
    });
    expect(await failure(as("viewer").taxonomy.tagUsage({ id: b }))).toEqual({
      code: "NOT_FOUND",
      message: "this tag no longer exists",
    });
    expect(await failure(admin.taxonomy.deleteTag({ id: a }))).toEqual({
      code: "CONFLICT",
      message: "“Customs” is on 1 asset(s) (Customs basics); confirm to take it off them",
    });
    expect(
      await failure(as("viewer").taxonomy.deleteTag({ id: a, confirmLinked: true })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    await admin.taxonomy.deleteTag({ id: a, confirmLinked: true });
    const tags = await as("viewer").taxonomy.tags({ vocabulary: "topic" });
    expect(tags.map((t) => t.label)).toEqual([]);
  });
});
