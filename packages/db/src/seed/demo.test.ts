import { afterEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import type { TDatabase } from "../database";
import { hashPassword, verifyPassword } from "../passwords";
import { openTestDatabase, testEngine } from "../testing";
import { DEMO_SKILLS, DEMO_USERS, seedDemo } from ".";

async function counts(prisma: PrismaClient) {
  return {
    users: await prisma.user.count(),
    accounts: await prisma.account.count(),
    skills: await prisma.skill.count({ where: { kind: "skill" } }),
    audits: await prisma.auditLog.count({ where: { action: "seed.demo" } }),
  };
}

/** True when every demo user signs in with its documented password through its credential account. */
async function demoPasswordsWork(prisma: PrismaClient): Promise<boolean> {
  for (const demo of DEMO_USERS) {
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: demo.email },
      include: { accounts: true },
    });
    expect(user.accounts).toHaveLength(1);
    const [account] = user.accounts;
    expect(account?.providerId).toBe("credential");
    expect(account?.accountId).toBe(user.id);
    if (!(await verifyPassword({ hash: account?.password ?? "", password: demo.password })))
      return false;
  }
  return true;
}

describe(`demo seed on ${testEngine()}`, () => {
  let db: TDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("loads one user per role, with working passwords, and every skill", async () => {
    db = await openTestDatabase();
    const result = await seedDemo(db.prisma);

    expect(result.skipped).toBe(false);
    expect(result.skills).toBe(DEMO_SKILLS.length);
    expect(result.users.map((u) => u.role).sort()).toEqual([
      "admin",
      "analyst",
      "privacy_lead",
      "viewer",
    ]);
    for (const user of result.users) expect(user.password.length).toBeGreaterThanOrEqual(12);

    const users = await db.prisma.user.findMany({ orderBy: { email: "asc" } });
    const byEmail = (a: { email: string }, b: { email: string }) => a.email.localeCompare(b.email);
    expect(users.map((u) => [u.email, u.name, u.role])).toEqual(
      [...DEMO_USERS].sort(byEmail).map((u) => [u.email, u.name, u.role]),
    );
    for (const user of users) {
      expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(user.emailVerified).toBe(true);
      expect(user.deactivatedAt).toBeNull();
    }
    expect(await demoPasswordsWork(db.prisma)).toBe(true);

    const skills = await db.prisma.skill.findMany({ include: { parent: true, framework: true } });
    const leaves = skills.filter((s) => s.kind === "skill");
    expect(leaves).toHaveLength(DEMO_SKILLS.length);
    for (const skill of leaves) {
      expect(skill.nameKey).toBe(skill.name.trim().toLowerCase());
      expect(skill.description.length).toBeGreaterThan(40);
      expect(skill.parent?.kind).toBe("group");
      expect(skill.uri).toMatch(/^https:\/\/demo\.xroi\.local\/skills\//);
    }
    expect(new Set(leaves.map((s) => s.parent?.name))).toEqual(
      new Set(DEMO_SKILLS.map((s) => s.category)),
    );
    expect(new Set(skills.map((s) => s.framework.name))).toEqual(
      new Set(["Chamber member skills 2026", "Engineering 2026"]),
    );
    // Roles with target levels and behaviours; assets with activity ids, skills and goals.
    // The vendor's five job roles and the chamber's four member segments, each with skills.
    const roles = await db.prisma.jobRole.findMany({ include: { skills: true } });
    expect(roles.map((r) => r.kind).sort()).toEqual([
      ...Array(5).fill("job_role"),
      ...Array(4).fill("member_segment"),
    ]);
    for (const role of roles) expect(role.skills.length).toBeGreaterThan(1);
    expect(await db.prisma.skillBehaviour.count()).toBeGreaterThan(10);
    const assets = await db.prisma.learningAsset.findMany({
      include: { activities: true, skills: true, tags: { include: { tag: true } } },
    });
    expect(assets.length).toBeGreaterThan(40);
    for (const asset of assets) expect(asset.activities).toHaveLength(1);
    const withGoal = assets.filter((a) => a.tags.some((t) => t.tag.vocabulary === "goal"));
    // An asset aimed at a goal carries the outcomes that goal is measured by.
    const withOutcome = assets.filter((a) => a.tags.some((t) => t.tag.vocabulary === "outcome"));
    expect(withOutcome.length).toBeGreaterThan(0);
    expect(withOutcome.length).toBeLessThanOrEqual(withGoal.length);
    expect(await db.prisma.tag.count({ where: { vocabulary: "outcome" } })).toBe(8);
    // The case study's untagged onboarding course (and some vendor aids) leave coverage gaps.
    expect(withGoal.length).toBeGreaterThan(assets.length / 2);
    expect(withGoal.length).toBeLessThan(assets.length);

    const audit = await db.prisma.auditLog.findMany({ where: { action: "seed.demo" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "database", entityId: "demo", actorId: null });
    expect(audit[0]?.after).toMatchObject({
      usersCreated: 4,
      skills: DEMO_SKILLS.length,
      roles: 9,
    });
    expect(JSON.stringify(audit[0]?.after)).not.toContain("demo-admin-2026");
  });

  it("updates instead of duplicating when run again, restoring the documented state", async () => {
    db = await openTestDatabase();
    await seedDemo(db.prisma);
    const before = await counts(db.prisma);
    const admin = await db.prisma.user.findUniqueOrThrow({
      where: { email: "admin@demo.xroi.local" },
    });
    // Someone demoted and deactivated the admin and reworded a demo skill; a re-seed puts them back.
    await db.prisma.user.update({
      where: { id: admin.id },
      data: { role: "viewer", deactivatedAt: new Date() },
    });
    const first = DEMO_SKILLS[0];
    if (!first) throw new Error("no demo skills");
    const demoSkill = await db.prisma.skill.findFirstOrThrow({ where: { name: first.name } });
    await db.prisma.skill.update({ where: { id: demoSkill.id }, data: { description: "changed" } });
    // An admin's own skill is left alone.
    await db.prisma.skill.create({
      data: { name: "Own skill", nameKey: "own skill", frameworkId: demoSkill.frameworkId },
    });

    const again = await seedDemo(db.prisma);

    expect(again.skipped).toBe(false);
    expect(await counts(db.prisma)).toEqual({
      ...before,
      skills: before.skills + 1,
      audits: 2,
    });
    const restored = await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(restored).toMatchObject({ role: "admin", deactivatedAt: null });
    const skill = await db.prisma.skill.findUniqueOrThrow({ where: { id: demoSkill.id } });
    expect(skill.description).toBe(first.description);
    expect(await demoPasswordsWork(db.prisma)).toBe(true);
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "seed.demo" },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toMatchObject({ usersCreated: 0, usersUpdated: 4 });
  });

  it("with ifEmpty loads an empty database and skips one that has users", async () => {
    db = await openTestDatabase();
    const first = await seedDemo(db.prisma, { ifEmpty: true });
    expect(first.skipped).toBe(false);
    const before = await counts(db.prisma);
    expect(before).toMatchObject({ users: 4, skills: DEMO_SKILLS.length, audits: 1 });

    // A changed (or unreadable) password must not be printed as a working demo sign-in.
    const changed = ["analyst@demo.xroi.local", "viewer@demo.xroi.local"];
    const hashes = [await hashPassword("someone-changed-it"), "not-a-scrypt-hash"];
    for (const [index, email] of changed.entries()) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
      await db.prisma.account.updateMany({
        where: { userId: user.id },
        data: { password: hashes[index] },
      });
    }

    const second = await seedDemo(db.prisma, { ifEmpty: true });
    expect(second).toMatchObject({ skipped: true, skills: 0 });
    expect(second.users.map((u) => u.email).sort()).toEqual(
      DEMO_USERS.map((u) => u.email)
        .filter((email) => !changed.includes(email))
        .sort(),
    );
    expect(await counts(db.prisma)).toEqual(before);
  });

  it("with ifEmpty writes nothing to a database that has a non-demo user", async () => {
    db = await openTestDatabase();
    await db.prisma.user.create({
      data: { id: "someone", email: "someone@example.org", name: "Someone", role: "admin" },
    });
    const result = await seedDemo(db.prisma, { ifEmpty: true });
    expect(result).toEqual({ users: [], skills: 0, skipped: true });
    expect(await counts(db.prisma)).toEqual({ users: 1, accounts: 0, skills: 0, audits: 0 });
  });

  it("writes nothing when any part of the seed fails", async () => {
    db = await openTestDatabase();
    const prisma = db.prisma;
    // The audit row is written last; failing it must roll back the users and skills before it.
    const failing = new Proxy(prisma, {
      get(target, property) {
        if (property !== "$transaction") return Reflect.get(target, property);
        return (fn: (tx: unknown) => Promise<unknown>, options?: object) =>
          target.$transaction(
            (tx) =>
              fn(
                new Proxy(tx, {
                  get(inner, name) {
                    if (name === "auditLog")
                      return { create: () => Promise.reject(new Error("audit store down")) };
                    return Reflect.get(inner, name);
                  },
                }),
              ),
            options,
          );
      },
    });
    await expect(seedDemo(failing)).rejects.toThrow("audit store down");
    expect(await counts(prisma)).toEqual({ users: 0, accounts: 0, skills: 0, audits: 0 });
  });
});
