import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TRole } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, codeOf } from "../testing";

const VERB = "http://adlnet.gov/expapi/verbs/completed";

describe(`lrs router on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());
  const as = (role: TRole) => callerAs(db, role);
  const code = codeOf;
  /** A statement as the LRS stores it (the router only reads them). */
  async function storeStatement(email: string, credentialId: string): Promise<string> {
    const id = randomUUID();
    const stored = new Date().toISOString().replace("Z", "000Z");
    const statement = {
      id,
      actor: { name: "Ana", mbox: `mailto:${email}` },
      verb: { id: VERB, display: { "en-US": "completed" } },
      object: { id: "https://courses.example.org/1", definition: { name: { en: "Course 1" } } },
      stored,
    };
    await db.prisma.$executeRaw`
      INSERT INTO lrs_statements (id, stored, statement, actor_ifi, verb_id, activity_id,
                                  timestamp, credential_id)
      VALUES (${id}::uuid, ${stored}::timestamptz, ${JSON.stringify(statement)}::jsonb,
              ${`mbox:mailto:${email}`}, ${VERB}, 'https://courses.example.org/1',
              ${stored}::timestamptz, ${credentialId}::uuid)`;
    return id;
  }

  it("keeps credentials to admins, shows the secret once, and revokes", async () => {
    const input = { name: "Moodle", scopes: ["statements/write" as const] };
    expect(await code(as("analyst").lrs.createCredential(input))).toBe("FORBIDDEN");
    const created = await as("admin").lrs.createCredential(input);
    expect(created).toMatchObject({ name: "Moodle", xapiVersion: "2.0.0", revokedAt: null });
    expect(created.secret.length).toBeGreaterThan(40);
    const list = await as("admin").lrs.credentials();
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0]!)).not.toContain("secret");
    expect(Object.keys(list[0]!)).not.toContain("secretHash");
    expect(await code(as("analyst").lrs.credentials())).toBe("FORBIDDEN");
    expect(await code(as("analyst").lrs.revokeCredential({ id: created.id }))).toBe("FORBIDDEN");
    const revoked = await as("admin").lrs.revokeCredential({ id: created.id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await code(as("admin").lrs.revokeCredential({ id: randomUUID() }))).toBe("NOT_FOUND");
    const audit = await db.prisma.auditLog.findMany({
      where: { entityType: "lrs_credential", entityId: created.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["lrs_credential.create", "u-admin"],
      ["lrs_credential.revoke", "u-admin"],
    ]);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(created.secret);
  });

  it("names the field of a bad credential", async () => {
    const error = await as("admin")
      .lrs.createCredential({ name: "x", scopes: [] })
      .catch((e: TRPCError) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toMatch(/name: must be at least 2 characters/);
    expect((error as TRPCError).message).toMatch(/scopes: pick at least one scope/);
  });

  it("lets analysts browse statements and read one (audited); viewers and privacy leads not", async () => {
    const { id: credentialId } = await as("admin").lrs.createCredential({
      name: "Quiz tool",
      scopes: ["all"],
    });
    const id = await storeStatement("ana@example.org", credentialId);
    await storeStatement("ben@example.org", credentialId);

    const page = await as("analyst").lrs.statements({ actor: "ana@example.org" });
    expect(page.actorIfi).toBe("mbox:mailto:ana@example.org");
    expect(page.items).toMatchObject([
      {
        id,
        actor: { name: "Ana", ifi: "mbox:mailto:ana@example.org" },
        verb: { display: "completed" },
        object: { name: "Course 1" },
        credentialName: "Quiz tool",
      },
    ]);
    expect(await code(as("analyst").lrs.statements({ actor: "Ana" }))).toBe("BAD_REQUEST");
    const detail = await as("analyst").lrs.viewStatement({ id });
    expect(detail.statement).toMatchObject({ id, actor: { mbox: "mailto:ana@example.org" } });
    const views = await db.prisma.auditLog.findMany({ where: { action: "lrs_statement.view" } });
    expect(views).toMatchObject([
      { entityType: "lrs_statement", entityId: id, actorId: "u-analyst" },
    ]);

    expect((await as("analyst").lrs.ingest({ range: "24h" })).total).toBe(2);
    expect(await as("analyst").lrs.credentialOptions()).toContainEqual({
      id: credentialId,
      name: "Quiz tool",
      isRevoked: false,
    });
    for (const role of ["viewer", "privacy_lead"] as const) {
      const caller = as(role);
      expect(await code(caller.lrs.statements({}))).toBe("FORBIDDEN");
      expect(await code(caller.lrs.viewStatement({ id }))).toBe("FORBIDDEN");
      expect(await code(caller.lrs.ingest({}))).toBe("FORBIDDEN");
      expect(await code(caller.lrs.credentialOptions())).toBe("FORBIDDEN");
    }
    expect(await db.prisma.auditLog.count({ where: { action: "lrs_statement.view" } })).toBe(1);
  });

  it("shows refused requests to admins only", async () => {
    await db.prisma.lrsRejection.create({
      data: { method: "POST", path: "/xapi/statements", status: 401, message: "no credentials" },
    });
    const page = await as("admin").lrs.rejections({ statusClass: "auth" });
    expect(page.items).toMatchObject([{ status: 401, credentialName: null, method: "POST" }]);
    expect(await code(as("analyst").lrs.rejections({}))).toBe("FORBIDDEN");
    expect(await code(as("admin").lrs.rejections({ cursor: "abc" }))).toBe("BAD_REQUEST");
  });
});
