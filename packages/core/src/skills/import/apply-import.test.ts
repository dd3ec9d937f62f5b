import { randomUUID } from "node:crypto";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditHistory } from "../../audit/list-audit";
import { listFrameworkVersions } from "../framework-versions";
import { applyFrameworkImport } from "./apply-import";
import { escoFiles, escoSampleRows, escoUpload, escoUri, type TEscoRow } from "./esco-sample";
import { previewFrameworkImport } from "./preview-import";

const actor = { id: "admin-1" };
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

async function newFramework(db: TDatabase, name: string): Promise<string> {
  const framework = await db.prisma.skillFramework.create({
    data: { name, nameKey: name.toLowerCase() },
  });
  return framework.id;
}

/** The next release: two skills renamed, one moved to another group, one dropped. */
function nextRelease(rows: TEscoRow[]): TEscoRow[] {
  const next = rows.map((r) => ({ ...r, broader: [...r.broader] }));
  const skill = (n: number) => next.find((r) => r.uri === escoUri("skill", n))!;
  skill(1).name = "negotiate contracts, renamed";
  skill(2).name = "design pipelines, renamed";
  skill(3).broader = [escoUri("group", 9)];
  return next.filter((r) => r.uri !== escoUri("skill", 4));
}

describe(`framework import on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  const release1 = escoSampleRows({ groups: 12, skills: 60 });
  const input = (frameworkId: string, version: string, rows: TEscoRow[]) => ({
    frameworkId,
    format: "esco" as const,
    version,
    files: escoUpload(escoFiles(rows)),
  });
  const skillsOf = (frameworkId: string) =>
    db.prisma.skill.findMany({ where: { frameworkId }, orderBy: { uri: "asc" } });

  it("previews a release and stores nothing", async () => {
    const frameworkId = await newFramework(db, "ESCO preview");
    const preview = await previewFrameworkImport(db.prisma, input(frameworkId, "v1.1.0", release1));
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({
      added: 72,
      changed: 0,
      retired: 0,
      unchanged: 0,
      restored: 0,
    });
    expect(preview.total).toBe(72);
    expect(preview.examples.added).toHaveLength(50);
    expect(preview.notes).toEqual([
      expect.stringMatching(/^concepts with more than one broader concept: 6;/),
    ]);
    expect(await db.prisma.skill.count({ where: { frameworkId } })).toBe(0);
    expect(await db.prisma.frameworkVersion.count({ where: { frameworkId } })).toBe(0);
  });

  it("imports a release, then a newer one in place: renamed, moved, retired, never duplicated", async () => {
    const frameworkId = await newFramework(db, "ESCO");
    const first = await applyFrameworkImport(
      db.prisma,
      actor,
      input(frameworkId, "v1.1.0", release1),
    );
    expect(first.counts).toEqual({ added: 72, changed: 0, retired: 0, unchanged: 0, restored: 0 });
    const stored = await skillsOf(frameworkId);
    expect(stored).toHaveLength(72);
    const byUri = new Map(stored.map((s) => [s.uri, s]));
    const skill0 = byUri.get(escoUri("skill", 0))!;
    expect(skill0).toMatchObject({
      kind: "skill",
      name: "apply contracts 0",
      nameKey: "apply contracts 0",
      altLabels: ["apply contracts number 0", "contracts, apply (0)", "“apply” 0"],
      parentId: byUri.get(escoUri("group", 0))!.id, // the first of its two broader groups
      retiredAt: null,
    });
    expect(byUri.get(escoUri("group", 9))!.parentId).toBe(byUri.get(escoUri("group", 1))!.id);
    expect(await db.prisma.skillFramework.findUnique({ where: { id: frameworkId } })).toMatchObject(
      {
        version: "v1.1.0",
        source: "esco",
      },
    );

    const release2 = nextRelease(release1);
    const preview = await previewFrameworkImport(db.prisma, input(frameworkId, "v1.2.0", release2));
    const counts = { added: 0, changed: 3, retired: 1, unchanged: 68, restored: 0 };
    expect(preview.counts).toEqual(counts);
    expect(preview.examples.changed.map((c) => c.changes.map((x) => x.field))).toEqual([
      ["name"],
      ["name"],
      ["parent"],
    ]);
    expect(preview.examples.retired).toEqual([
      {
        uri: escoUri("skill", 4),
        name: "negotiate networks 4",
        kind: "skill",
        parent: "group 4 of networks",
      },
    ]);
    const second = await applyFrameworkImport(
      db.prisma,
      actor,
      input(frameworkId, "v1.2.0", release2),
    );
    expect(second.counts).toEqual(counts);

    const after = await skillsOf(frameworkId);
    expect(after).toHaveLength(72);
    expect(new Set(after.map((s) => s.id))).toEqual(new Set(stored.map((s) => s.id)));
    const now = new Map(after.map((s) => [s.uri, s]));
    expect(now.get(escoUri("skill", 1))).toMatchObject({
      name: "negotiate contracts, renamed",
      nameKey: "negotiate contracts, renamed",
    });
    expect(now.get(escoUri("skill", 3))!.parentId).toBe(now.get(escoUri("group", 9))!.id);
    expect(now.get(escoUri("skill", 4))!.retiredAt).toBeInstanceOf(Date);
    expect(after.filter((s) => s.retiredAt !== null)).toHaveLength(1);

    const versions = await db.prisma.frameworkVersion.findMany({
      where: { frameworkId },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.added, v.changed, v.retired, v.actorId])).toEqual([
      ["v1.1.0", 72, 0, 0, "admin-1"],
      ["v1.2.0", 0, 3, 1, "admin-1"],
    ]);
    expect(versions[1]!.fileNames).toBe(
      "skills_en.csv, skillGroups_en.csv, broaderRelationsSkillPillar_en.csv",
    );
    const audit = await db.prisma.auditLog.findMany({
      where: { entityType: "skill_framework", entityId: frameworkId, action: "framework.import" },
    });
    expect(audit).toHaveLength(2);
    const audited = audit.find((a) => (a.after as { version?: string }).version === "v1.2.0");
    expect(audited!.after).toMatchObject({
      ...counts,
      version: "v1.2.0",
      versionId: versions[1]!.id,
    });

    // Every skill the imports touched has its own history, with the release that did it.
    const perSkill = await db.prisma.auditLog.groupBy({
      by: ["action"],
      where: { entityType: "skill", entityId: { in: stored.map((s) => s.id) } },
      _count: { _all: true },
      orderBy: { action: "asc" },
    });
    expect(perSkill.map((a) => [a.action, a._count._all])).toEqual([
      ["skill.import_add", 72],
      ["skill.import_change", 3],
      ["skill.import_retire", 1],
    ]);
    const history = await auditHistory(db.prisma, "skill", now.get(escoUri("skill", 3))!.id);
    expect(history.map((h) => [h.action, h.actor, h.before, h.after])).toEqual([
      [
        "skill.import_change",
        "admin-1",
        { parentUri: escoUri("group", 3) },
        { parentUri: escoUri("group", 9), version: "v1.2.0", versionId: versions[1]!.id },
      ],
      ["skill.import_add", "admin-1", null, expect.objectContaining({ version: "v1.1.0" })],
    ]);
    const retiredAudit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: now.get(escoUri("skill", 4))!.id, action: "skill.import_retire" },
    });
    expect(retiredAudit.before).toEqual({ retiredAt: null });
    expect(new Date((retiredAudit.after as { retiredAt: string }).retiredAt)).toEqual(
      now.get(escoUri("skill", 4))!.retiredAt,
    );

    // The same files again change nothing but still leave a version row.
    const again = await applyFrameworkImport(
      db.prisma,
      actor,
      input(frameworkId, "v1.2.0", release2),
    );
    expect(again.counts).toEqual({ added: 0, changed: 0, retired: 0, unchanged: 71, restored: 0 });
    expect(await skillsOf(frameworkId)).toEqual(after);
    expect(await db.prisma.frameworkVersion.count({ where: { frameworkId } })).toBe(3);

    // The release history, newest first, names who ran each import.
    const releases = await listFrameworkVersions(db.prisma, frameworkId);
    expect(releases.map((v) => [v.version, v.added, v.changed, v.retired, v.actor])).toEqual([
      ["v1.2.0", 0, 0, 0, "admin-1"],
      ["v1.2.0", 0, 3, 1, "admin-1"],
      ["v1.1.0", 72, 0, 0, "admin-1"],
    ]);
    expect(releases[0]!.fileNames).toEqual([
      "skills_en.csv",
      "skillGroups_en.csv",
      "broaderRelationsSkillPillar_en.csv",
    ]);
    await expect(listFrameworkVersions(db.prisma, randomUUID())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // The first release again brings the dropped skill back and undoes the edits.
    const back = await applyFrameworkImport(
      db.prisma,
      actor,
      input(frameworkId, "v1.1.0", release1),
    );
    expect(back.counts).toEqual({ added: 0, changed: 4, retired: 0, unchanged: 68, restored: 1 });
    const restoredAudit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: byUri.get(escoUri("skill", 4))!.id, action: "skill.import_change" },
    });
    expect(restoredAudit.before).toEqual({ retiredAt: expect.any(String) });
    expect(restoredAudit.after).toMatchObject({ retiredAt: null, version: "v1.1.0" });
    const restored = await db.prisma.skill.findFirst({ where: { uri: escoUri("skill", 4) } });
    expect(restored).toMatchObject({ id: byUri.get(escoUri("skill", 4))!.id, retiredAt: null });
  });

  it("keeps a retired skill's links to roles", async () => {
    const frameworkId = await newFramework(db, "Linked");
    const rows = escoSampleRows({ groups: 2, skills: 5 });
    await applyFrameworkImport(db.prisma, actor, input(frameworkId, "1", rows));
    const linked = await db.prisma.skill.findFirstOrThrow({
      where: { uri: escoUri("skill", 4), frameworkId },
    });
    const role = await db.prisma.jobRole.create({
      data: {
        name: "Buyer",
        nameKey: `buyer-${randomUUID()}`,
        skills: { create: { skillId: linked.id, targetLevel: 3 } },
      },
    });
    const result = await applyFrameworkImport(
      db.prisma,
      actor,
      input(frameworkId, "2", rows.slice(0, -1)),
    );
    expect(result.counts.retired).toBe(1);
    expect(
      await db.prisma.roleSkill.count({ where: { roleId: role.id, skillId: linked.id } }),
    ).toBe(1);
  });

  it("stores nothing when any line is wrong, and says which", async () => {
    const frameworkId = await newFramework(db, "Bad files");
    const rows = escoSampleRows({ groups: 3, skills: 10 });
    await applyFrameworkImport(db.prisma, actor, input(frameworkId, "1", rows));
    const before = await skillsOf(frameworkId);

    const broken = nextRelease(rows);
    broken.push({ ...broken[5]!, name: "a copy" });
    broken[6]!.broader = ["http://data.europa.eu/esco/skill/no-such-group"];
    const bad = input(frameworkId, "2", broken);
    const preview = await previewFrameworkImport(db.prisma, bad);
    expect(preview.errorCount).toBe(2);
    expect(preview.counts.added).toBe(0);
    await expect(applyFrameworkImport(db.prisma, actor, bad)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      field: "files",
      message: expect.stringMatching(
        /^nothing was imported: 2 problems \(skills_en\.csv line 38 conceptUri: appears twice \(also line 10\); broaderRelationsSkillPillar_en\.csv line 6 broaderUri: names a parent/,
      ),
    });
    const unreadable = {
      ...bad,
      files: [
        { fileName: "skills_en.csv", contentBase64: b64('conceptUri,preferredLabel\nx,"open') },
      ],
    };
    await expect(applyFrameworkImport(db.prisma, actor, unreadable)).rejects.toThrow(
      "nothing was imported: 1 problem (skills_en.csv line 2: a quoted cell is never closed)",
    );
    expect(await skillsOf(frameworkId)).toEqual(before);
    expect(await db.prisma.frameworkVersion.count({ where: { frameworkId } })).toBe(1);
    expect(
      await db.prisma.auditLog.count({
        where: { entityId: frameworkId, action: "framework.import" },
      }),
    ).toBe(1);
    expect(
      await db.prisma.auditLog.count({
        where: {
          entityId: { in: before.map((s) => s.id) },
          action: { startsWith: "skill.import" },
        },
      }),
    ).toBe(before.length);
  });
});
