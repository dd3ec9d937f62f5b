import { randomUUID } from "node:crypto";
import type { TSqlDriver } from "@xroi/db/sql";
import { emailSha1, matchKeyOf, nameKey } from "../src/identity/normalize";
import { DEFAULT_IDENTITY_SETTINGS as settings } from "../src/identity/settings";

/**
 * The ID-mapping benchmark's data, fixed by index: people with e-mail addresses (in mixed case,
 * plus-addressed at gmail.com), CRM contact ids, LMS user ids and GitHub logins; a few hundred
 * duplicates (the same address, or the same CRM id in the events platform); and statements whose
 * actors are those people as an mbox, an mbox_sha1sum or a GitHub account, or strangers.
 */
export const PEOPLE = 100_000;
export const STATEMENTS = 1_000_000;
/** The last DUPLICATES people repeat the address of people 0.. in another system. */
export const DUPLICATES = 500;
/** The DUPLICATE_IDS people before them carry a CRM contact id of people 0.. in the events platform. */
export const DUPLICATE_IDS = 100;
export const ACTIVITIES = 2_000;

const SURNAMES = ["lima", "okoro", "sorensen", "vogel", "riviere", "novak", "kaya", "kim", "holm"];

/** Person i's address as they typed it somewhere (the normalised form is matchKeyOf's). */
export function emailOf(i: number): string {
  const base = i >= PEOPLE - DUPLICATES ? i - (PEOPLE - DUPLICATES) : i;
  const domain = base % 10 === 0 ? "gmail.com" : `member${base % 2000}.example`;
  return `p${base}.${SURNAMES[base % SURNAMES.length]}@${domain}`;
}

/** How person i wrote it in a given system: case changed, a plus tag at gmail. */
function spelled(email: string, variant: number): string {
  const [local, domain] = email.split("@") as [string, string];
  const cased = variant % 2 === 0 ? local : local.charAt(0).toUpperCase() + local.slice(1);
  const tagged = domain === "gmail.com" && variant % 3 === 0 ? `${cased}+news` : cased;
  return `${tagged}@${variant % 4 === 1 ? domain.toUpperCase() : domain}`;
}

export const hasCrmId = (i: number) => i % 10 !== 9;
export const hasLmsId = (i: number) => i % 10 < 7;
export const hasGithub = (i: number) => i % 5 === 2 || i % 5 === 3;

/** The actor of actors' index a: mbox (70%), mbox_sha1sum (15%), GitHub account (10%), stranger (5%). */
export function actorIfi(a: number): string {
  const kind = a % 20;
  if (kind === 19) return `mbox:mailto:stranger${a}@elsewhere.example`;
  if (kind >= 17 && hasGithub(a)) return `account:https://github.com dev${a}`;
  if (kind >= 14 && kind <= 16)
    return `mbox_sha1sum:${emailSha1(matchKeyOf("email", emailOf(a), settings))}`;
  return `mbox:mailto:${spelled(emailOf(a), a + 1)}`;
}

/** The exact match key a perfect resolver would look up for actor a (for the ceiling). */
export function ceilingKey(a: number): { kind: string; key: string } | null {
  const kind = a % 20;
  if (kind === 19) return null;
  if (kind >= 17 && hasGithub(a)) return { kind: "login", key: `dev${a}` };
  return { kind: "email", key: matchKeyOf("email", emailOf(a), settings) };
}

const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  const text = typeof v === "string" ? v : JSON.stringify(v);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csvRow = (cells: unknown[]) => `${cells.map(csvCell).join(",")}\n`;

/** A fixed pseudo-random number in [0, 1) for (i, salt). */
export function unit(i: number, salt: number): number {
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 2246822507) >>> 0;
  x ^= x >>> 13;
  return (x >>> 0) / 2 ** 32;
}

/** People and their 300,000 IDs, with COPY. */
export async function loadPeople(
  sql: TSqlDriver,
): Promise<{ people: number; identifiers: number }> {
  let identifiers = 0;
  for (let from = 0; from < PEOPLE; from += 20_000) {
    let people = "";
    let ids = "";
    for (let i = from; i < Math.min(PEOPLE, from + 20_000); i++) {
      const id = randomUUID();
      const name = `Person ${i} ${SURNAMES[i % SURNAMES.length]}`;
      people += csvRow([id, name, nameKey(name), "active"]);
      const email = emailOf(i);
      const key = matchKeyOf("email", email, settings);
      const add = (system: string, kind: string, value: string, mk: string, sha: string | null) => {
        ids += csvRow([randomUUID(), id, system, kind, value, mk, sha]);
        identifiers++;
      };
      // A duplicate keeps the address in the CRM; the original is in the LMS or the webinar tool.
      const system = i >= PEOPLE - DUPLICATES ? "crm" : i % 2 === 0 ? "lms" : "webinar";
      add(system, "email", spelled(email, i), key, emailSha1(key));
      if (i >= PEOPLE - DUPLICATES - DUPLICATE_IDS && i < PEOPLE - DUPLICATES) {
        const of = i - (PEOPLE - DUPLICATES - DUPLICATE_IDS);
        add("events", "contact_id", `C-${of}`, `C-${of}`, null);
      } else if (hasCrmId(i)) add("crm", "contact_id", `C-${i}`, `C-${i}`, null);
      if (hasLmsId(i)) add("lms", "user_id", `${i}`, `${i}`, null);
      if (hasGithub(i)) add("github", "login", `dev${i}`, `dev${i}`, null);
    }
    await sql.copyFrom(
      "COPY people (id, display_name, name_key, status) FROM STDIN WITH (FORMAT csv)",
      people,
    );
    await sql.copyFrom(
      "COPY person_identifiers (id, person_id, system, kind, value, match_key, email_sha1) FROM STDIN WITH (FORMAT csv)",
      ids,
    );
  }
  return { people: PEOPLE, identifiers };
}

const iso = (ms: number) => new Date(ms).toISOString();

export const activityOf = (n: number) => `https://learning.example.org/course/${n}`;

/**
 * 1,000,000 statements over the past year from about 100,000 actors, with COPY, and their
 * actors in lrs_actors (unresolved, as the LRS leaves actors no mapping knew at ingest). One in
 * 5,000 has a score out of range; one in 10,000 a timestamp in the future, one in 20,000 in 1970.
 */
export async function loadStatements(sql: TSqlDriver, now: number): Promise<number> {
  const yearMs = 365 * 86_400_000;
  const start = now - yearMs;
  const verb = "http://adlnet.gov/expapi/verbs/completed";
  for (let from = 0; from < STATEMENTS; from += 50_000) {
    let rows = "";
    for (let k = from; k < Math.min(STATEMENTS, from + 50_000); k++) {
      const storedMs = start + Math.floor((k / STATEMENTS) * yearMs);
      // Microseconds keep `stored` unique, as the LRS's clock does.
      const stored = `${iso(storedMs).slice(0, 23)}${String(k % 1000).padStart(3, "0")}Z`;
      const actor = actorIfi(Math.floor(unit(k, 1) * PEOPLE));
      const activity = activityOf(Math.floor(unit(k, 2) ** 2 * ACTIVITIES));
      const timestamp =
        k % 10_000 === 7
          ? iso(storedMs + 3 * 86_400_000)
          : k % 20_000 === 11
            ? "1970-01-01T00:00:00.000Z"
            : iso(storedMs - Math.floor(unit(k, 3) * 3_600_000));
      const raw = Math.floor(unit(k, 4) * 21);
      const score =
        k % 5_000 === 3
          ? { scaled: 1.3, raw: 26, min: 0, max: 20 }
          : { scaled: raw / 20, raw, min: 0, max: 20 };
      const colon = actor.indexOf(":");
      const agent = actor.startsWith("account:")
        ? { account: { homePage: "https://github.com", name: actor.slice(actor.indexOf(" ") + 1) } }
        : { [actor.slice(0, colon)]: actor.slice(colon + 1) };
      const statement = {
        id: randomUUID(),
        actor: agent,
        verb: { id: verb },
        object: { id: activity },
        result: { score },
        timestamp,
        stored,
      };
      rows += csvRow([stored, statement.id, statement, actor, verb, activity, timestamp]);
    }
    await sql.copyFrom(
      "COPY lrs_statements (stored, id, statement, actor_ifi, verb_id, activity_id, timestamp) FROM STDIN WITH (FORMAT csv)",
      rows,
    );
  }
  await sql.query(
    `INSERT INTO lrs_actors (actor_ifi, first_stored)
     SELECT actor_ifi, min(stored) FROM lrs_statements GROUP BY actor_ifi ON CONFLICT DO NOTHING`,
  );
  return STATEMENTS;
}
