import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSkill } from "../skills/change-skills";
import { createFramework } from "../skills/frameworks";
import { createAsset, listAssets, updateAsset } from "./assets";
import { bulkTagAssets } from "./bulk-tag";
import { coverageReport } from "./coverage";
import { enrichActivities } from "./enrich";
import { createJobRole, roleMatrix, setRoleSkill } from "./roles";
import { createTag, deleteTag, listTags, mergeTags, renameTag, tagUsage } from "./tags";

const actor = { id: "admin-1" };

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => ({}),
    (e: { field?: string; message: string }) => ({ [e.field ?? "_"]: e.message }),
  );
}

describe(`taxonomy on ${testEngine()}`, () => {
  let db: TDatabase;
  let skillId = "";
  let assetIds: string[] = [];
  beforeAll(async () => {
    db = await openTestDatabase();
    const framework = await createFramework(db.prisma, actor, {
      name: "Chamber skills",
      levels: [1, 2, 3].map((level) => ({ level, name: `L${level}` })),
    });
    ({ id: skillId } = await createSkill(db.prisma, actor, {
      frameworkId: framework.id,
      name: "Incoterms",
    }));
    assetIds = [];
    for (const [i, title] of [
      "Incoterms basics",
      "Export documents",
      "Webinar: customs",
    ].entries()) {
      const asset = await createAsset(db.prisma, actor, {
        title,
        kind: i === 2 ? "webinar" : "course",
        language: i === 1 ? "fr" : "en",
        regions: i === 0 ? ["Europe", "Asia-Pacific"] : ["Europe"],
        activityIds: [`https://lms.example/course/${i}`],
      });
      assetIds.push(asset.id);
    }
  });
  afterAll(async () => db.close());

  it("gives each activity id to one asset only", async () => {
    const asset = await createAsset(db.prisma, actor, { title: "Copycat", kind: "job_aid" });
    expect(
      await errorOf(
        updateAsset(db.prisma, actor, {
          id: asset.id,
          title: "Copycat",
          kind: "job_aid",
          activityIds: ["https://lms.example/own", "https://lms.example/course/1"],
        }),
      ),
    ).toEqual({ "activityIds.1": "already belongs to “Export documents”" });
    expect(
      await errorOf(createAsset(db.prisma, actor, { title: "copycat ", kind: "course" })),
    ).toEqual({
      title: 'an asset titled "copycat" already exists',
    });
  });

  it("bulk-tags many assets, and the coverage report and enrichment follow", async () => {
    const renewals = await createTag(db.prisma, actor, {
      vocabulary: "goal",
      label: "Member renewals",
    });
    const before = await coverageReport(db.prisma);
    expect(before.assetsWithoutGoal.count).toBe(4);
    expect(before.assetsWithoutSkill.count).toBe(4);
    await bulkTagAssets(db.prisma, actor, {
      assetIds,
      addTagIds: [renewals.id],
      addSkills: [{ skillId, targetLevel: 2 }],
    });
    const after = await coverageReport(db.prisma);
    expect(after.assetsWithoutGoal.count).toBe(1);
    expect(after.assetsWithoutSkill.examples.map((a) => a.title)).toEqual(["Copycat"]);
    // Adding the same again changes nothing; a wrong level is refused by field.
    await bulkTagAssets(db.prisma, actor, { assetIds, addTagIds: [renewals.id] });
    expect((await listTags(db.prisma, "goal"))[0]?.assetCount).toBe(3);
    expect(
      await errorOf(
        bulkTagAssets(db.prisma, actor, { assetIds, addSkills: [{ skillId, targetLevel: 9 }] }),
      ),
    ).toEqual({ "addSkills.0.targetLevel": "must be a level of the framework's scale (1, 2, 3)" });

    const enriched = await enrichActivities(db.prisma, [
      "https://lms.example/course/0",
      "https://lms.example/unknown",
    ]);
    expect([...enriched.keys()]).toEqual(["https://lms.example/course/0"]);
    expect(enriched.get("https://lms.example/course/0")).toMatchObject({
      asset: { title: "Incoterms basics", kind: "course" },
      skills: [{ id: skillId, name: "Incoterms", targetLevel: 2 }],
      goals: [{ id: renewals.id, label: "Member renewals" }],
    });
    const audits = await db.prisma.auditLog.count({
      where: { action: "asset.bulk_tag", entityId: assetIds[0] },
    });
    expect(audits).toBe(2);
  });

  it("filters assets by facet and reports facet counts", async () => {
    const page = await listAssets(db.prisma, { kinds: ["course"], region: "Europe" });
    expect(page.items.map((a) => a.title)).toEqual(["Export documents", "Incoterms basics"]);
    expect(page.facets.language).toEqual([
      { value: "en", count: 1 },
      { value: "fr", count: 1 },
    ]);
    expect((await listAssets(db.prisma, { missing: "goal" })).items.map((a) => a.title)).toEqual([
      "Copycat",
    ]);
    expect((await listAssets(db.prisma, { search: "https://lms.example/course/2" })).total).toBe(1);
  });

  it("renames and merges tags without losing a link, and deletes a used one only when confirmed", async () => {
    const [renewals] = await listTags(db.prisma, "goal");
    const retention = await createTag(db.prisma, actor, { vocabulary: "goal", label: "Retention" });
    await bulkTagAssets(db.prisma, actor, {
      assetIds: assetIds.slice(0, 1),
      addTagIds: [retention.id],
    });
    await renameTag(db.prisma, actor, { id: renewals!.id, label: "Renewals" });
    expect(
      await errorOf(renameTag(db.prisma, actor, { id: retention.id, label: "renewals" })),
    ).toEqual({
      label: "“Renewals” is already in this vocabulary; merge instead",
    });
    const topic = await createTag(db.prisma, actor, { vocabulary: "topic", label: "Trade" });
    expect(
      await errorOf(mergeTags(db.prisma, actor, { sourceId: topic.id, targetId: renewals!.id })),
    ).toEqual({
      targetId: "must be in the same vocabulary",
    });
    expect(
      await mergeTags(db.prisma, actor, { sourceId: retention.id, targetId: renewals!.id }),
    ).toEqual({
      moved: 1,
    });
    const goals = await listTags(db.prisma, "goal");
    expect(goals.map((t) => [t.label, t.assetCount])).toEqual([["Renewals", 3]]);
    expect(await tagUsage(db.prisma, renewals!.id)).toEqual({
      assets: ["Export documents", "Incoterms basics", "Webinar: customs"].map((title) => ({
        id: expect.any(String),
        title,
      })),
    });
    expect(await tagUsage(db.prisma, topic.id)).toEqual({ assets: [] });
    expect(await errorOf(tagUsage(db.prisma, retention.id))).toEqual({
      id: "this tag no longer exists",
    });
    expect(await errorOf(deleteTag(db.prisma, actor, { id: renewals!.id }))).toEqual({
      confirmLinked:
        "“Renewals” is on 3 asset(s) (Export documents, Incoterms basics, Webinar: customs); confirm to take it off them",
    });
    await deleteTag(db.prisma, actor, { id: renewals!.id, confirmLinked: true });
    expect((await coverageReport(db.prisma)).assetsWithoutGoal.count).toBe(4);
  });

  it("builds the role matrix and checks target levels", async () => {
    const role = await createJobRole(db.prisma, actor, {
      name: "Export coordinator",
      kind: "member_segment",
    });
    expect(
      await errorOf(setRoleSkill(db.prisma, actor, { roleId: role.id, skillId, targetLevel: 4 })),
    ).toEqual({ targetLevel: "must be a level of the framework's scale (1, 2, 3)" });
    await setRoleSkill(db.prisma, actor, {
      roleId: role.id,
      skillId,
      targetLevel: 3,
      isEssential: false,
    });
    const matrix = await roleMatrix(db.prisma);
    expect(matrix.skills).toEqual([
      expect.objectContaining({ name: "Incoterms", levels: [1, 2, 3] }),
    ]);
    expect(matrix.cells).toEqual([
      { roleId: role.id, skillId, targetLevel: 3, isEssential: false },
    ]);
    // A skill a role needs and some asset teaches is covered; untag it and it shows as a gap.
    expect((await coverageReport(db.prisma)).skillsNotTaught.count).toBe(0);
    await bulkTagAssets(db.prisma, actor, { assetIds, removeSkillIds: [skillId] });
    const gaps = await coverageReport(db.prisma);
    expect(gaps.skillsNotTaught.examples).toEqual([
      {
        id: skillId,
        name: "Incoterms",
        roles: [{ id: role.id, name: "Export coordinator", isEssential: false, targetLevel: 3 }],
      },
    ]);
  });

  it("leaves retired skills out of coverage, and counts the ones roles still require", async () => {
    const [skill] = await db.prisma.skill.findMany({ where: { name: "Incoterms" } });
    const asset = await createAsset(db.prisma, actor, { title: "Retired only", kind: "job_aid" });
    await bulkTagAssets(db.prisma, actor, {
      assetIds: [asset.id],
      addSkills: [{ skillId: skill!.id }],
    });
    const before = await coverageReport(db.prisma);
    expect(before.skillsNotTaught).toMatchObject({ count: 0, retiredLeftOut: 0 });
    expect(before.assetsWithoutSkill.examples.map((a) => a.title)).not.toContain("Retired only");
    await db.prisma.skill.update({ where: { id: skill!.id }, data: { retiredAt: new Date() } });
    const after = await coverageReport(db.prisma);
    // The role still requires it, but a retired skill is no gap to fill: it is counted aside.
    expect(after.skillsNotTaught).toMatchObject({ count: 0, examples: [], retiredLeftOut: 1 });
    // An asset tagged only with a retired skill teaches no current one.
    expect(after.assetsWithoutSkill.examples.map((a) => a.title)).toContain("Retired only");
    expect(after.assetsWithoutSkill.count).toBe(before.assetsWithoutSkill.count + 1);
    // The role matrix still shows the requirement, marked retired.
    expect((await roleMatrix(db.prisma)).skills).toEqual([
      expect.objectContaining({ name: "Incoterms", isRetired: true }),
    ]);
    const missing = await listAssets(db.prisma, { missing: "skill", search: "Retired only" });
    expect(missing.items.map((a) => a.title)).toEqual(["Retired only"]);
    await db.prisma.skill.update({ where: { id: skill!.id }, data: { retiredAt: null } });
  });
});
