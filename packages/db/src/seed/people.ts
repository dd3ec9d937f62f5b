import { createHash } from "node:crypto";
import { isEmailKind, matchKeyOf, nameKey } from "@xroi/validators";
import type { Prisma } from "../generated/prisma/client";
import {
  CHAMBER_CONTACTS,
  CHAMBER_MEMBERS,
  VENDOR,
  VENDOR_COHORTS,
  VENDOR_TEAMS,
  type TMemberContact,
} from "./data";

/**
 * The demo's people and their IDs in every system, loaded before the demo xAPI statements so
 * their actors resolve at ingest. Chamber contacts: LMS and webinar e-mails, a CRM contact id,
 * some an xAPI mbox. Vendor engineers: GitHub login (their xAPI account), Jira account id, LMS
 * e-mail. Left imperfect on purpose, so the quality page and the review queue have work to show:
 * a few contacts known only to the CRM (their statements stay unmapped), two engineers with no
 * person at all, and three near-duplicate people (one pair each holding a CRM id).
 * Keys come from validators' matchKeyOf and nameKey, the functions core matches with (a test
 * checks they agree).
 */

type TId = { system: string; kind: string; value: string; verified?: boolean };
type TPersonSeed = { name: string; org: string; team?: string; ids: TId[] };

const sha1 = (email: string) => createHash("sha1").update(`mailto:${email}`).digest("hex");
/** The demo's keys as core makes them; no plus-addressing, as in the demo's addresses. */
const matchKey = (kind: string, value: string) =>
  matchKeyOf(kind, value, { plusAddressingDomains: [] });

/** Core's nameKey (shared through validators). */
export const demoNameKey = nameKey;

/** Contacts with no e-mail on file anywhere but the CRM: their xAPI actors stay unmapped. */
export const DEMO_CRM_ONLY_CONTACTS = CHAMBER_CONTACTS.filter((_, i) => i % 12 === 7).map(
  (c) => c.email,
);
/** Engineers no system has told us about yet (their GitHub actors stay unmapped). */
export const DEMO_UNKNOWN_ENGINEERS = ["fjord-cloud-ops-dev9", "fjord-cloud-ops-dev10"];

const FIRST = ["Priya", "Tomás", "Lena", "Kwame", "Yuki", "Marta", "Omar", "Sofia", "Jin", "Aino"];
const LAST = [
  "Raman",
  "Costa",
  "Berg",
  "Mensah",
  "Tanaka",
  "Nowak",
  "Haddad",
  "Greco",
  "Park",
  "Laine",
];

function contactIds(c: TMemberContact, index: number): TId[] {
  const crm = {
    system: "crm",
    kind: "contact_id",
    value: `CRM-${c.memberId.slice(4)}-${index + 1}`,
    verified: true,
  };
  if (DEMO_CRM_ONLY_CONTACTS.includes(c.email)) return [crm];
  return [
    { system: "lms", kind: "email", value: c.email, verified: true },
    { system: "webinar", kind: "email", value: c.email.toUpperCase() },
    crm,
    ...(c.primary ? [{ system: "xapi", kind: "mbox", value: `mailto:${c.email}` }] : []),
  ];
}

export function demoPeople(): TPersonSeed[] {
  const people: TPersonSeed[] = CHAMBER_CONTACTS.map((c, i) => ({
    name: c.name,
    org: c.memberId,
    ids: contactIds(c, i),
  }));
  let n = 0;
  for (const cohort of VENDOR_COHORTS)
    for (let k = 1; k <= cohort.participants; k++) {
      const login = `${cohort.team}-dev${k}`;
      n += 1;
      if (DEMO_UNKNOWN_ENGINEERS.includes(login)) continue;
      people.push({
        name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`,
        org: VENDOR.key,
        team: cohort.team,
        ids: [
          { system: "github", kind: "login", value: login, verified: true },
          { system: "jira", kind: "account_id", value: `712020:${cohort.team}-${k}` },
          { system: "lms", kind: "email", value: `${login}@stackwell.example` },
        ],
      });
    }
  // Near-duplicates for the review queue. Ida Holm twice, each with a CRM contact id (a merge
  // asks which to keep); "K. Vogel" from the webinar tool; a second Okafor at the vendor.
  people.push(
    {
      name: "Ida Holm",
      org: "MIC-1001",
      ids: [
        { system: "webinar", kind: "email", value: "ida.holm.dk@gmail.com" },
        { system: "crm", kind: "contact_id", value: "CRM-1001-90" },
      ],
    },
    {
      name: "K. Vogel",
      org: "MIC-1002",
      ids: [{ system: "webinar", kind: "email", value: "k.vogel@gmail.com" }],
    },
    {
      name: "Samuel Okafor",
      org: VENDOR.key,
      team: "atlas-platform",
      ids: [{ system: "lms", kind: "email", value: "sam.okafor@stackwell.example" }],
    },
    {
      name: "Sam Okafor",
      org: VENDOR.key,
      team: "atlas-platform",
      ids: [{ system: "jira", kind: "account_id", value: "712020:sam-okafor" }],
    },
  );
  return people;
}

/**
 * Writes the organisations (member companies with region, country, size band, industry and tier;
 * the vendor itself, internal, with its teams), people and identifiers. Re-running updates the
 * organisations and teams and adds only people who are not there yet (by identifier), so an
 * admin's merges and edits survive a second seed.
 */
export async function upsertDemoPeople(
  tx: Prisma.TransactionClient,
): Promise<{ organizations: number; people: number; identifiers: number }> {
  const orgIds = new Map<string, string>();
  for (const m of CHAMBER_MEMBERS) {
    const fields = {
      name: m.name,
      nameKey: demoNameKey(m.name),
      kind: "member_company" as const,
      region: m.region,
      country: m.country,
      sizeBand: m.sizeBand,
      industry: m.industry,
      membershipTier: m.tier,
    };
    const org = await tx.organization.upsert({
      where: { externalId: m.memberId },
      create: { externalId: m.memberId, ...fields },
      update: fields,
    });
    orgIds.set(m.memberId, org.id);
  }
  const vendor = await tx.organization.upsert({
    where: { nameKey: demoNameKey(VENDOR.name) },
    create: {
      name: VENDOR.name,
      nameKey: demoNameKey(VENDOR.name),
      kind: "internal",
      industry: VENDOR.industry,
    },
    update: { kind: "internal", industry: VENDOR.industry },
  });
  orgIds.set(VENDOR.key, vendor.id);
  const teamIds = new Map<string, string>();
  for (const t of VENDOR_TEAMS) {
    const team = await tx.team.upsert({
      where: {
        organizationId_nameKey: { organizationId: vendor.id, nameKey: demoNameKey(t.name) },
      },
      create: { name: t.name, nameKey: demoNameKey(t.name), organizationId: vendor.id },
      update: {},
    });
    teamIds.set(t.key, team.id);
  }
  let people = 0;
  let identifiers = 0;
  for (const p of demoPeople()) {
    const keys = p.ids.map((i) => ({
      system: i.system,
      kind: i.kind,
      matchKey: matchKey(i.kind, i.value),
    }));
    if ((await tx.personIdentifier.count({ where: { OR: keys } })) > 0) continue;
    const person = await tx.person.create({
      data: {
        displayName: p.name,
        nameKey: demoNameKey(p.name),
        organizationId: orgIds.get(p.org) ?? null,
        teamId: p.team ? (teamIds.get(p.team) ?? null) : null,
      },
    });
    await tx.personIdentifier.createMany({
      data: p.ids.map((i) => {
        const key = matchKey(i.kind, i.value);
        return {
          personId: person.id,
          system: i.system,
          kind: i.kind,
          value: i.value,
          matchKey: key,
          emailSha1: isEmailKind(i.kind) ? sha1(key) : null,
          verified: i.verified ?? false,
          source: "demo",
        };
      }),
    });
    people += 1;
    identifiers += p.ids.length;
  }
  return { organizations: orgIds.size, people, identifiers };
}
