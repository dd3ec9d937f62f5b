import { randomBytes } from "node:crypto";
import { hashSecret, type TSqlDriver } from "@xroi/db/sql";
import {
  CHAMBER_CONTACTS,
  CHAMBER_COURSES,
  CHAMBER_PILOT_PROGRAMS,
  CHAMBER_PRACTICE_TASKS,
  CHAMBER_WEBINARS,
  chamberActivityIri,
  VENDOR_COHORTS,
  VENDOR_PRACTICE,
  vendorActivityIri,
  type TChamberActivity,
  type TVendorActivity,
} from "@xroi/db/seed";
import { passThroughHooks, type TIngestHooks } from "../hooks/ingest-hooks";
import { storeStatements } from "../statements/store";
import { normalizeStatement } from "../validate";

type TJson = Record<string, unknown>;

export const DEMO_TOOL_NAME = "Demo learning tools (seeded)";
const VERB = (word: string) => ({
  id: `http://adlnet.gov/expapi/verbs/${word}`,
  display: { "en-US": word },
});
/** A course the chamber retired before tagging began: statements about it map to no asset. */
export const DEMO_UNMAPPED_ACTIVITY =
  "https://demo.xroi.local/xapi/activities/chamber/course/legacy-customs-basics";

/** A small deterministic generator, so the demo looks the same on every machine. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function activity(iri: string, title: string, type: string): TJson {
  return { objectType: "Activity", id: iri, definition: { name: { "en-US": title }, type } };
}

function chamberObject(a: TChamberActivity): TJson {
  const type =
    a.kind === "webinar"
      ? "http://id.tincanapi.com/activitytype/webinar"
      : a.kind === "course"
        ? "http://adlnet.gov/expapi/activities/course"
        : "http://adlnet.gov/expapi/activities/assessment";
  return activity(chamberActivityIri(a), a.title, type);
}

function vendorObject(a: TVendorActivity): TJson {
  return activity(vendorActivityIri(a), a.title, "http://adlnet.gov/expapi/activities/simulation");
}

/**
 * The chamber's pilot (members take the export readiness and trade mission paths, attend webinars)
 * and the vendor's cohorts (engineers work through code labs and review clinics, identified by
 * their GitHub accounts), over the 90 days before `now`.
 */
export function demoStatements(now: Date): TJson[] {
  const rand = random(20261201);
  const day = 86_400_000;
  const at = (daysAgo: number) =>
    new Date(now.getTime() - daysAgo * day - Math.floor(rand() * day)).toISOString();
  const statements: TJson[] = [];
  const catalogue = [...CHAMBER_COURSES, ...CHAMBER_WEBINARS, ...CHAMBER_PRACTICE_TASKS];
  const byKey = new Map(catalogue.map((a) => [a.key, a]));
  for (const contact of CHAMBER_CONTACTS) {
    const actor = { objectType: "Agent", name: contact.name, mbox: `mailto:${contact.email}` };
    for (const path of CHAMBER_PILOT_PROGRAMS) {
      if (rand() < 0.35) continue;
      const parent = {
        objectType: "Activity",
        id: `https://demo.xroi.local/xapi/activities/chamber/program/${path.key}`,
      };
      let daysAgo = 20 + Math.floor(rand() * 65);
      for (const key of path.activities) {
        const a = byKey.get(key);
        if (!a) continue;
        const registration = crypto.randomUUID();
        const context = {
          registration,
          contextActivities: { parent: [parent] },
          platform: a.kind === "webinar" ? "Webinar tool" : "Chamber LMS",
          language: contact.language,
        };
        const object = chamberObject(a);
        if (a.kind === "webinar") {
          statements.push({
            actor,
            verb: VERB("registered"),
            object,
            context,
            timestamp: at(daysAgo + 3),
          });
          if (rand() < 0.75)
            statements.push({
              actor,
              verb: VERB("attended"),
              object,
              context,
              timestamp: at(daysAgo),
              result: { duration: `PT${a.durationMinutes}M` },
            });
        } else {
          statements.push({
            actor,
            verb: VERB("launched"),
            object,
            context,
            timestamp: at(daysAgo),
          });
          if (rand() < 0.7) {
            const scaled = Math.round((0.45 + rand() * 0.55) * 100) / 100;
            statements.push({
              actor,
              verb: VERB("completed"),
              object,
              context,
              timestamp: at(daysAgo - 1),
              result: {
                completion: true,
                duration: `PT${a.durationMinutes + Math.floor(rand() * 20)}M`,
              },
            });
            statements.push({
              actor,
              verb: VERB(scaled >= 0.6 ? "passed" : "failed"),
              object,
              context,
              timestamp: at(daysAgo - 1),
              result: {
                success: scaled >= 0.6,
                score: { scaled, raw: Math.round(scaled * 100), min: 0, max: 100 },
              },
            });
          }
        }
        daysAgo = Math.max(1, daysAgo - 4 - Math.floor(rand() * 10));
      }
    }
    if (rand() < 0.3)
      statements.push({
        actor,
        verb: VERB("completed"),
        object: activity(
          DEMO_UNMAPPED_ACTIVITY,
          "Customs basics (retired course)",
          "http://adlnet.gov/expapi/activities/course",
        ),
        timestamp: at(60 + Math.floor(rand() * 25)),
      });
  }
  for (const cohort of VENDOR_COHORTS) {
    const labs = VENDOR_PRACTICE.filter((p) => p.kind !== "job_aid");
    for (let n = 1; n <= cohort.participants; n++) {
      const actor = {
        objectType: "Agent",
        name: `${cohort.team} engineer ${n}`,
        account: { homePage: "https://github.com", name: `${cohort.team}-dev${n}` },
      };
      const parent = {
        objectType: "Activity",
        id: `https://demo.xroi.local/xapi/activities/vendor/cohort/${cohort.key}`,
      };
      for (const lab of labs) {
        if (rand() < 0.45) continue;
        const daysAgo = 5 + Math.floor(rand() * 80);
        const context = {
          registration: crypto.randomUUID(),
          contextActivities: { parent: [parent] },
          platform: "Vendor Academy",
          language: "en",
        };
        const verb = lab.kind === "peer_session" ? "attended" : "completed";
        statements.push({
          actor,
          verb: VERB(verb),
          object: vendorObject(lab),
          context,
          timestamp: at(daysAgo),
          result: { completion: true, duration: `PT${lab.durationMinutes}M` },
        });
      }
    }
  }
  // Tools send statements as things happen, so they arrive (and are stored) in time order.
  return statements.sort((a, b) => String(a.timestamp).localeCompare(String(b.timestamp)));
}

/**
 * Loads the demo statements through the LRS's one ingest path (hooks, keys, stored), as a
 * credential of their own. Does nothing when that credential already has statements.
 */
export async function seedDemoStatements(
  db: { sql: TSqlDriver },
  options: { now?: Date; hooks?: TIngestHooks } = {},
): Promise<{ created: number }> {
  const existing = await db.sql.query<{ id: string; n: number }>(
    `SELECT c.id::text AS id, (SELECT count(*)::int FROM lrs_statements s WHERE s.credential_id = c.id) AS n
       FROM lrs_credentials c WHERE c.name = $1`,
    [DEMO_TOOL_NAME],
  );
  if (existing[0] && existing[0].n > 0) return { created: 0 };
  const credentialId =
    existing[0]?.id ??
    (
      await db.sql.query<{ id: string }>(
        `INSERT INTO lrs_credentials (id, name, key, secret_hash, scopes)
         VALUES (gen_random_uuid(), $1, $2, $3, '{statements/write,define}') RETURNING id::text AS id`,
        // Nobody knows this secret: the credential only marks where the demo statements came from.
        [
          DEMO_TOOL_NAME,
          `xroi_demo_${randomBytes(6).toString("hex")}`,
          hashSecret(randomBytes(32).toString("hex")),
        ],
      )
    )[0]!.id;
  const authority = {
    objectType: "Agent",
    name: DEMO_TOOL_NAME,
    account: { homePage: "https://demo.xroi.local/xapi", name: "demo" },
  };
  const statements = demoStatements(options.now ?? new Date()).map((s) => ({
    ...normalizeStatement(s, "2.0.0"),
    id: crypto.randomUUID(),
    authority,
    version: "2.0.0",
  }));
  for (let i = 0; i < statements.length; i += 500) {
    await storeStatements(db.sql, statements.slice(i, i + 500), {
      credentialId,
      version: "2.0.0",
      hooks: options.hooks ?? passThroughHooks,
      canDefine: true,
      attachments: [],
    });
  }
  return { created: statements.length };
}
