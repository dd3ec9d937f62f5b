import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { verifyPassword, type TDatabase } from "@xroi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, setUserActive, setUserRole } from "./change-users";
import { listUsers } from "./list-users";

describe(`users on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  it("creates a user with a Better Auth credential account holding a scrypt hash", async () => {
    const user = await createUser(db.prisma, null, {
      email: "Admin@Example.org",
      name: "Ada",
      role: "admin",
      password: "correct horse battery",
    });
    expect(user).toMatchObject({ email: "admin@example.org", role: "admin", isActive: true });
    const account = await db.prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain("correct horse");
    expect(
      await verifyPassword({ hash: account.password!, password: "correct horse battery" }),
    ).toBe(true);
    await expect(
      createUser(db.prisma, null, {
        email: "admin@example.org",
        name: "Twin",
        role: "viewer",
        password: "another password",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", field: "email" });
  });

  it("changes roles and deactivates, never removing the last active admin", async () => {
    const [admin] = await listUsers(db.prisma);
    const analyst = await createUser(db.prisma, null, {
      email: "an@example.org",
      name: "An",
      role: "analyst",
      password: "analyst password",
    });
    await expect(
      setUserRole(db.prisma, null, { userId: admin!.id, role: "viewer" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      setUserActive(db.prisma, { id: "someone" }, { userId: admin!.id, isActive: false }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      setUserActive(db.prisma, { id: admin!.id }, { userId: admin!.id, isActive: false }),
    ).rejects.toThrow(/yourself/);

    expect(
      await setUserRole(db.prisma, { id: admin!.id }, { userId: analyst.id, role: "privacy_lead" }),
    ).toMatchObject({ role: "privacy_lead" });
    await db.prisma.session.create({
      data: { id: "s1", token: "t1", userId: analyst.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    const off = await setUserActive(
      db.prisma,
      { id: admin!.id },
      { userId: analyst.id, isActive: false },
    );
    expect(off.isActive).toBe(false);
    expect(await db.prisma.session.count({ where: { userId: analyst.id } })).toBe(0);
    expect(
      (await setUserActive(db.prisma, { id: admin!.id }, { userId: analyst.id, isActive: true }))
        .isActive,
    ).toBe(true);
  });
});

describe(`the last active admin on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  /** Two fresh admins, and every earlier admin made a viewer, so these two are the last. */
  async function lastTwoAdmins(tag: string) {
    await db.prisma.user.updateMany({ where: { role: "admin" }, data: { role: "viewer" } });
    const make = (name: string) =>
      createUser(db.prisma, null, {
        email: `${name}-${tag}@example.org`,
        name,
        role: "admin",
        password: "admin password!",
      });
    return [await make("ada"), await make("bea")] as const;
  }
  const activeAdmins = () =>
    db.prisma.user.count({ where: { role: "admin", deactivatedAt: null } });

  it("survives two admins demoting each other at the same moment", async () => {
    const [ada, bea] = await lastTwoAdmins("demote");
    const results = await Promise.allSettled([
      setUserRole(db.prisma, { id: bea.id }, { userId: ada.id, role: "viewer" }),
      setUserRole(db.prisma, { id: ada.id }, { userId: bea.id, role: "analyst" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "BAD_REQUEST", field: "userId" });
    expect(await activeAdmins()).toBe(1);
  });

  it("survives a deactivation and a demotion of the last two at the same moment", async () => {
    const [ada, bea] = await lastTwoAdmins("mixed");
    const results = await Promise.allSettled([
      setUserActive(db.prisma, { id: bea.id }, { userId: ada.id, isActive: false }),
      setUserRole(db.prisma, { id: ada.id }, { userId: bea.id, role: "viewer" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await activeAdmins()).toBe(1);
    // Nothing half-done: the refused change wrote no audit record.
    expect(await db.prisma.auditLog.count({ where: { entityId: { in: [ada.id, bea.id] } } })).toBe(
      3,
    );
  });

  it("still lets an admin step down once someone else is admin", async () => {
    const [ada, bea] = await lastTwoAdmins("step-down");
    await setUserRole(db.prisma, { id: ada.id }, { userId: ada.id, role: "analyst" });
    await expect(
      setUserRole(db.prisma, { id: bea.id }, { userId: bea.id, role: "analyst" }),
    ).rejects.toThrow(/at least one active admin/);
    expect(await activeAdmins()).toBe(1);
  });
});
