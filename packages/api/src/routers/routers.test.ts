import { TRPCError } from "@trpc/server";
import { createUser } from "@xroi/core";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { ROLES, type TRole } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createContext, type TSessionUser } from "../context";
import { createCaller } from "../root";
import {
  adminProcedure,
  analystProcedure,
  createCallerFactory,
  createTRPCRouter,
  privacyLeadProcedure,
  publicProcedure,
  viewerProcedure,
} from "../trpc";

const userWith = (role: TRole): TSessionUser => ({
  id: `u-${role}`,
  email: `${role}@t.local`,
  name: role,
  role,
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof TRPCError ? error.code : `no error (${String(error)})`;
}

describe(`routers through createCaller on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());
  const as = (user: TSessionUser | null) => createCaller(createContext({ db: db.prisma, user }));

  it("answers the public health check without a session", async () => {
    expect(await as(null).health.check()).toMatchObject({ ok: true, database: "up" });
  });

  it("refuses every protected procedure without a session", async () => {
    const anon = as(null);
    expect(await codeOf(anon.me.get())).toBe("UNAUTHORIZED");
    expect(await codeOf(anon.skills.list({}))).toBe("UNAUTHORIZED");
    expect(
      await codeOf(anon.skills.create({ frameworkId: crypto.randomUUID(), name: "Sneaky" })),
    ).toBe("UNAUTHORIZED");
    expect(await codeOf(anon.taxonomy.coverage())).toBe("UNAUTHORIZED");
    expect(await codeOf(anon.users.list())).toBe("UNAUTHORIZED");
  });

  it("lets an admin manage skills end to end, and a viewer only read them", async () => {
    const admin = as(userWith("admin"));
    const { id: frameworkId } = await admin.skills.createFramework({
      name: "Research 2026",
      levels: [
        { level: 1, name: "Aware" },
        { level: 2, name: "Practising" },
      ],
    });
    const group = await admin.skills.create({ frameworkId, kind: "group", name: "Research" });
    const created = await admin.skills.create({
      frameworkId,
      name: "Stakeholder interviews",
      parentId: group.id,
      behaviours: [{ level: 2, text: "Runs five interviews before a design starts" }],
    });
    expect(created).toMatchObject({ name: "Stakeholder interviews", path: ["Research"] });
    const viewer = as(userWith("viewer"));
    expect((await viewer.skills.list({ frameworkId, search: "stakeholder" })).items).toHaveLength(
      1,
    );
    expect(await viewer.skills.get({ id: created.id })).toMatchObject({
      behaviours: [{ level: 2, text: "Runs five interviews before a design starts" }],
    });
    const skill = { frameworkId, name: "Nope" };
    expect(await codeOf(viewer.skills.create(skill))).toBe("FORBIDDEN");
    expect(await codeOf(viewer.skills.update({ id: created.id, name: "Nope" }))).toBe("FORBIDDEN");
    expect(await codeOf(viewer.skills.delete({ id: created.id }))).toBe("FORBIDDEN");
    expect(await codeOf(viewer.taxonomy.createTag({ vocabulary: "goal", label: "Nope" }))).toBe(
      "FORBIDDEN",
    );
    const updated = await admin.skills.update({
      id: created.id,
      name: "Customer interviews",
      description: "Why, not what",
      parentId: group.id,
    });
    expect(updated.description).toBe("Why, not what");
    expect(updated.behaviours).toEqual([]);
    expect(
      await codeOf(
        admin.skills.create({ frameworkId, name: "customer INTERVIEWS", parentId: group.id }),
      ),
    ).toBe("CONFLICT");
    expect(await codeOf(admin.skills.create({ frameworkId, name: "x" }))).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        admin.skills.update({
          id: created.id,
          name: "Level",
          behaviours: [{ level: 3, text: "Too high" }],
        }),
      ),
    ).toBe("BAD_REQUEST");
    await admin.skills.delete({ id: created.id });
    expect(await codeOf(admin.skills.get({ id: created.id }))).toBe("NOT_FOUND");
    expect(await codeOf(admin.skills.delete({ id: created.id }))).toBe("NOT_FOUND");
    const history = await viewer.taxonomy.history({ entityType: "skill", entityId: created.id });
    expect(history.map((h) => h.action)).toEqual(["skill.delete", "skill.update", "skill.create"]);
  });

  it("keeps user administration to admins", async () => {
    const admin = as(userWith("admin"));
    await createUser(db.prisma, null, {
      email: "first@t.local",
      name: "First",
      role: "admin",
      password: "first admin password",
    });
    const user = await admin.users.create({
      email: "ana@t.local",
      name: "Ana",
      role: "analyst",
      password: "analyst password",
    });
    expect(user).toMatchObject({ role: "analyst", isActive: true });
    expect(await admin.users.setRole({ userId: user.id, role: "privacy_lead" })).toMatchObject({
      role: "privacy_lead",
    });
    expect(await admin.users.setActive({ userId: user.id, isActive: false })).toMatchObject({
      isActive: false,
    });
    const list = await admin.users.list();
    expect(list.map((u) => u.email)).toEqual(["ana@t.local", "first@t.local"]);
    // The output schema picks fields: no password hash or session data leaves the API.
    expect(Object.keys(list[0]!).sort()).toEqual([
      "createdAt",
      "email",
      "id",
      "isActive",
      "name",
      "role",
    ]);
    for (const role of ["viewer", "analyst", "privacy_lead"] as const) {
      expect(await codeOf(as(userWith(role)).users.list())).toBe("FORBIDDEN");
      expect(
        await codeOf(as(userWith(role)).users.setRole({ userId: user.id, role: "admin" })),
      ).toBe("FORBIDDEN");
    }
  });
});

describe("procedure kinds", () => {
  const probe = createTRPCRouter({
    public: publicProcedure.input(z.void()).query(() => "ok"),
    viewer: viewerProcedure.input(z.void()).query(() => "ok"),
    analyst: analystProcedure.input(z.void()).query(() => "ok"),
    privacyLead: privacyLeadProcedure.input(z.void()).query(() => "ok"),
    admin: adminProcedure.input(z.void()).query(() => "ok"),
  });
  const call = createCallerFactory(probe);
  const allowed: Record<string, TRole[]> = {
    viewer: [...ROLES],
    analyst: ["analyst", "admin"],
    privacyLead: ["privacy_lead", "admin"],
    admin: ["admin"],
  };

  for (const [procedure, roles] of Object.entries(allowed)) {
    for (const role of ROLES) {
      const expected = roles.includes(role) ? "ok" : "FORBIDDEN";
      it(`${procedure} procedure with role ${role}: ${expected}`, async () => {
        const caller = call({ db: undefined as never, user: userWith(role) }) as unknown as Record<
          string,
          () => Promise<string>
        >;
        const outcome = await caller[procedure]!().catch((e: TRPCError) => e.code);
        expect(outcome).toBe(expected);
      });
    }
    it(`${procedure} procedure without a session: UNAUTHORIZED`, async () => {
      const caller = call({ db: undefined as never, user: null }) as unknown as Record<
        string,
        () => Promise<string>
      >;
      expect(await caller[procedure]!().catch((e: TRPCError) => e.code)).toBe("UNAUTHORIZED");
    });
  }

  it("FORBIDDEN names the role needed and the role held", async () => {
    const caller = call({ db: undefined as never, user: userWith("viewer") });
    await expect(caller.admin()).rejects.toThrow(
      "This needs the Admin role; you are signed in as Viewer.",
    );
  });
});
