import { identity, people } from "@xroi/core";
import type { TDatabase } from "@xroi/db";
import { DEMO_CRM_ONLY_CONTACTS, DEMO_UNKNOWN_ENGINEERS, seedDemo } from "@xroi/db/seed";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoStatements } from "./demo-statements";

describe(`demo people and their IDs on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db.prisma);
    await seedDemoStatements(db, { hooks: identity.identityIngestHooks() });
    await people.findCandidates(db.prisma, null);
  });
  afterAll(async () => db.close());

  it("are keyed exactly as the identity code normalises", async () => {
    const ids = await db.prisma.personIdentifier.findMany();
    expect(ids.length).toBeGreaterThan(200);
    const settings = identity.DEFAULT_IDENTITY_SETTINGS;
    for (const i of ids) {
      expect(i.matchKey).toBe(identity.matchKeyOf(i.kind, i.value, settings));
      expect(i.emailSha1).toBe(
        identity.isEmailKind(i.kind) ? identity.emailSha1(i.matchKey) : null,
      );
    }
    for (const p of await db.prisma.person.findMany())
      expect(p.nameKey).toBe(identity.nameKey(p.displayName));
    const orgs = await db.prisma.organization.findMany({ where: { kind: "member_company" } });
    expect(orgs.length).toBeGreaterThan(10);
    for (const o of orgs)
      expect(o).toMatchObject({
        region: expect.any(String),
        membershipTier: expect.stringMatching(/\w/),
      });
  });

  it("resolve the demo actors at ingest, but for the few left unmapped on purpose", async () => {
    const unresolved = await db.sql.query<{ ifi: string }>(
      `SELECT actor_ifi AS ifi FROM lrs_actors WHERE person_id IS NULL ORDER BY 1`,
    );
    const expected = [
      ...DEMO_CRM_ONLY_CONTACTS.map((e) => `mbox:mailto:${e}`),
      ...DEMO_UNKNOWN_ENGINEERS.map((l) => `account:https://github.com ${l}`),
    ];
    expect(unresolved.length).toBeGreaterThan(0);
    for (const u of unresolved) expect(expected).toContain(u.ifi);
    const [row] = await db.sql.query<{ resolved: number }>(
      `SELECT count(*)::int AS resolved FROM lrs_actors WHERE person_id IS NOT NULL`,
    );
    expect(row!.resolved).toBeGreaterThan(80);
  });

  it("leave near-duplicates in the review queue, one pair each holding a CRM id", async () => {
    const { items } = await people.listCandidates(db.prisma, { limit: 50 });
    const names = items.map((c) => [c.a.displayName, c.b.displayName].sort().join(" / "));
    expect(names).toEqual(
      expect.arrayContaining([
        "Ida Holm / Ida Holm",
        "K. Vogel / Katrin Vogel",
        "Sam Okafor / Samuel Okafor",
      ]),
    );
    const ida = items.find((c) => c.a.displayName === "Ida Holm")!;
    const preview = await people.previewMerge(db.prisma, {
      survivorId: ida.a.id,
      mergedId: ida.b.id,
    });
    expect(preview.clashes).toHaveLength(1);
    expect(await db.prisma.person.count({ where: { status: "merged" } })).toBe(0);
  });
});
