import { skillNameKey } from "@xroi/validators";
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
    skills: await prisma.skill.count(),
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

    const skills = await db.prisma.skill.findMany();
    expect(skills).toHaveLength(DEMO_SKILLS.length);
    for (const skill of skills) {
      expect(skill.nameKey).toBe(skill.name.trim().toLowerCase());
      expect(skill.description.length).toBeGreaterThan(40);
      expect(skill.category).toBeTruthy();
    }
    expect(new Set(skills.map((s) => s.category))).toEqual(
      new Set(DEMO_SKILLS.map((s) => s.category)),
    );

    const audit = await db.prisma.auditLog.findMany({ where: { action: "seed.demo" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "database", entityId: "demo", actorId: null });
    expect(audit[0]?.after).toMatchObject({ usersCreated: 4, skillsCreated: DEMO_SKILLS.length });
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
    await db.prisma.skill.update({
      where: { nameKey: skillNameKey(first.name) },
      data: { description: "changed" },
    });
    // An admin's own skill is left alone.
    await db.prisma.skill.create({ data: { name: "Own skill", nameKey: "own skill" } });

    const again = await seedDemo(db.prisma);

    expect(again.skipped).toBe(false);
    expect(await counts(db.prisma)).toEqual({
      ...before,
      skills: before.skills + 1,
      audits: 2,
    });
    const restored = await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(restored).toMatchObject({ role: "admin", deactivatedAt: null });
    const skill = await db.prisma.skill.findUniqueOrThrow({
      where: { nameKey: skillNameKey(first.name) },
    });
    expect(skill.description).toBe(first.description);
    expect(await demoPasswordsWork(db.prisma)).toBe(true);
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "seed.demo" },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toMatchObject({ usersCreated: 0, usersUpdated: 4, skillsCreated: 0 });
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
