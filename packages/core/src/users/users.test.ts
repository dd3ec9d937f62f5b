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
