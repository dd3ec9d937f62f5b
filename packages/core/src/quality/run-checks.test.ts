import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { QUALITY_CHECKS } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readIdentitySettings } from "../identity/settings";
import { person, statement } from "./fixtures";
import { qualityAlerts, qualityOverview } from "./overview";
import { QUALITY_LOCK_KEY, runQualityChecks } from "./run-checks";
import { setQualityThreshold } from "./thresholds";

const admin = { id: "admin-1" };

describe(`quality runs, history, thresholds and alerts, on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await person(db, "Ana Lima", [{ system: "lms", kind: "email", value: "ana@example.org" }]);
    await statement(db, { actor: "mbox:mailto:cy@example.org" });
    await statement(db, { actor: "mbox:mailto:cy@example.org" });
  });
  afterAll(async () => db.close());

  it("stores every run with each check's count, examples and duration, and shows the trend", async () => {
    expect(await qualityOverview(db.prisma, { canSeeIdentifiers: true })).toMatchObject({
      latestRun: null,
    });
    expect(await qualityAlerts(db.prisma)).toEqual({ latestRunAt: null, alerts: [] });

    const first = await runQualityChecks(db.prisma, { trigger: "manual", actor: admin });
    expect(first.status).toBe("ran");
    if (first.status !== "ran") return;
    expect(Object.keys(first.results)).toEqual([...QUALITY_CHECKS]);
    expect(first.results.unmapped_actors).toMatchObject({ count: 2, facts: { actors: 1 } });
    expect(first.results.people_without_crm_id?.count).toBe(1);
    const stored = await db.prisma.qualityRun.findUniqueOrThrow({ where: { id: first.run.id } });
    expect(stored).toMatchObject({ trigger: "manual", results: first.results });
    for (const check of QUALITY_CHECKS)
      expect(first.results[check]?.durationMs).toBeGreaterThanOrEqual(0);
    const audit = await db.prisma.auditLog.findMany({ where: { action: "quality.run" } });
    expect(audit).toMatchObject([{ actorId: "admin-1", entityId: first.run.id }]);

    await statement(db, { actor: "mbox:mailto:dee@example.org" });
    await runQualityChecks(db.prisma, { trigger: "cli" });
    const overview = await qualityOverview(db.prisma, { canSeeIdentifiers: true });
    expect(overview.latestRun).toMatchObject({ trigger: "cli" });
    const unmapped = overview.checks.find((c) => c.check === "unmapped_actors")!;
    expect(unmapped).toMatchObject({
      label: "Statements from unmapped actors",
      count: 3,
      facts: { actors: 2 },
      threshold: 0,
      isAlert: true,
    });
    expect(unmapped.trend.map((p) => p.count)).toEqual([2, 3]);
    expect(unmapped.examples[0]?.label).toBe("mbox:mailto:cy@example.org");
    // No threshold by default: never an alert.
    expect(overview.checks.find((c) => c.check === "people_without_crm_id")).toMatchObject({
      count: 1,
      threshold: null,
      isAlert: false,
    });
  });

  it("hides names and IDs from roles that may not see people", async () => {
    const overview = await qualityOverview(db.prisma, { canSeeIdentifiers: false });
    expect(overview.canSeeIdentifiers).toBe(false);
    const text = JSON.stringify(overview);
    expect(text).not.toContain("cy@example.org");
    expect(text).not.toContain("Ana Lima");
    const unmapped = overview.checks.find((c) => c.check === "unmapped_actors")!;
    expect(unmapped.examples[0]).toMatchObject({
      label: "Name or ID hidden",
      detail: "2 statements from this actor, which no person has",
      count: 2,
      fixPath: null,
    });
  });

  it("raises an alert above a threshold, and a changed threshold takes effect at once", async () => {
    expect((await qualityAlerts(db.prisma)).alerts).toEqual([
      {
        check: "unmapped_actors",
        label: "Statements from unmapped actors",
        unit: "statements",
        count: 3,
        threshold: 0,
      },
    ]);
    await db.sql.query(`INSERT INTO identity_settings (id, settings) VALUES (1, $1::jsonb)`, [
      JSON.stringify({
        ...(await readIdentitySettings(db.sql)),
        plusAddressingDomains: ["example.org"],
      }),
    ]);
    await setQualityThreshold(db.prisma, admin, { check: "unmapped_actors", threshold: 3 });
    expect((await qualityAlerts(db.prisma)).alerts).toEqual([]);
    await setQualityThreshold(db.prisma, admin, { check: "people_without_crm_id", threshold: 0 });
    expect((await qualityAlerts(db.prisma)).alerts.map((a) => a.check)).toEqual([
      "people_without_crm_id",
    ]);
    await setQualityThreshold(db.prisma, admin, {
      check: "people_without_crm_id",
      threshold: null,
    });
    expect((await qualityAlerts(db.prisma)).alerts).toEqual([]);
    const settings = await readIdentitySettings(db.sql);
    // Only the thresholds changed.
    expect(settings.plusAddressingDomains).toEqual(["example.org"]);
    expect(settings.qualityThresholds).toMatchObject({ unmapped_actors: 3 });
    expect(settings.qualityThresholds).not.toHaveProperty("people_without_crm_id");
    const audit = await db.prisma.auditLog.findMany({
      where: { action: "quality.threshold" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [
        { check: "unmapped_actors", threshold: 0 },
        { check: "unmapped_actors", threshold: 3 },
      ],
      [
        { check: "people_without_crm_id", threshold: null },
        { check: "people_without_crm_id", threshold: 0 },
      ],
      [
        { check: "people_without_crm_id", threshold: 0 },
        { check: "people_without_crm_id", threshold: null },
      ],
    ]);
    await expect(
      setQualityThreshold(db.prisma, admin, { check: "unmapped_actors", threshold: -1 }),
    ).rejects.toThrow(/0 or more/);
  });

  it("writes the settings row with the defaults when there is none", async () => {
    await db.sql.query("DELETE FROM identity_settings");
    await setQualityThreshold(db.prisma, admin, { check: "duplicate_people", threshold: 4 });
    const settings = await readIdentitySettings(db.sql);
    expect(settings.rules.length).toBe(4);
    expect(settings.qualityThresholds).toMatchObject({ duplicate_people: 4, unmapped_actors: 0 });
  });

  it("never runs twice at once: a second run waits for the first", async () => {
    const [a, b] = await Promise.all([
      runQualityChecks(db.prisma, { trigger: "manual" }),
      runQualityChecks(db.prisma, { trigger: "cli" }),
    ]);
    if (a.status !== "ran" || b.status !== "ran") throw new Error("both should have run");
    const [early, late] = a.run.startedAt <= b.run.startedAt ? [a.run, b.run] : [b.run, a.run];
    // The later one started after the earlier one finished (ms rounding aside).
    expect(late.startedAt.getTime()).toBeGreaterThanOrEqual(
      early.startedAt.getTime() + early.durationMs - 2,
    );
  });

  it("a scheduled run does not wait: it is skipped while another holds the lock, or ran moments ago", async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked: () => void = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // Another process running the checks: a transaction holding the same lock.
    const holder = db.sql.transaction(async (tx) => {
      await tx.query(`SELECT 1 AS ok FROM (SELECT pg_advisory_xact_lock(${QUALITY_LOCK_KEY})) l`);
      locked();
      await released;
    });
    await isLocked;
    const scheduled = runQualityChecks(db.prisma, { trigger: "schedule", wait: false });
    if (db.engine === "postgres") {
      expect(await scheduled).toEqual({ status: "skipped", reason: "busy", run: null });
      release();
    } else {
      // PGlite is one connection: the run's transaction itself waits for the other to end.
      release();
      expect((await scheduled).status).toBe("ran");
    }
    await holder;
    expect(
      await runQualityChecks(db.prisma, {
        trigger: "schedule",
        wait: false,
        skipIfRanWithinMs: 60_000,
      }),
    ).toEqual({ status: "skipped", reason: "recent", run: null });
  });
});
