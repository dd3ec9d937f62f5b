/**
 * A deterministic, realistic stream of statements for the LRS benchmark, shaped like the case
 * studies: members of a chamber of commerce and engineers of a software vendor taking courses,
 * webinars and practice tasks. Index i always yields the same statement, so the loader and the
 * query runner agree on which values exist.
 */
export const LEARNERS = 20_000;
export const ACTIVITIES = 2_000;
export const PROGRAMS = 40;
export const INSTRUCTORS = 200;
const VERBS = [
  "http://adlnet.gov/expapi/verbs/experienced",
  "http://adlnet.gov/expapi/verbs/attempted",
  "http://adlnet.gov/expapi/verbs/completed",
  "http://adlnet.gov/expapi/verbs/passed",
  "http://adlnet.gov/expapi/verbs/failed",
  "http://adlnet.gov/expapi/verbs/answered",
  "http://adlnet.gov/expapi/verbs/progressed",
  "https://w3id.org/xapi/adl/verbs/logged-in",
  "https://w3id.org/xapi/adl/verbs/satisfied",
  "http://adlnet.gov/expapi/verbs/registered",
];
const REGIONS = ["north", "south", "east", "west", "capital"];

/** A small multiply-with-carry hash, so every field of statement i is fixed by i. */
function hash(i: number, salt: number): number {
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 2246822507) >>> 0;
  x ^= x >>> 13;
  return x >>> 0;
}

/** Skewed choice: a few values are very common, most are rare (like real verbs and courses). */
function skewed(i: number, salt: number, n: number): number {
  const u = hash(i, salt) / 2 ** 32;
  return Math.min(n - 1, Math.floor(n * u * u));
}

export const learnerEmail = (n: number) => `learner${n}@member${n % 300}.example.org`;
export const activityId = (n: number) =>
  `https://learning.example.org/${n % 3 === 0 ? "webinar" : "course"}/${n}`;
export const programId = (n: number) => `https://learning.example.org/program/${n}`;
export const verbId = (n: number) => VERBS[n % VERBS.length]!;
export const verbCount = VERBS.length;
export const instructorEmail = (n: number) => `coach${n}@chamber.example.org`;

/** Registration of learner l's attempt a at activity c: a UUID derived from the three. */
export function registrationOf(learner: number, activity: number): string {
  const h = (k: number) =>
    hash(learner * 7919 + activity, k)
      .toString(16)
      .padStart(8, "0");
  const a = h(1);
  const b = h(2);
  const c = h(3);
  const d = h(4);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-a${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

export function sampleParts(i: number) {
  const learner = skewed(i, 1, LEARNERS);
  const activity = skewed(i, 2, ACTIVITIES);
  const verb = skewed(i, 3, VERBS.length);
  return {
    learner,
    activity,
    verb,
    program: activity % PROGRAMS,
    hasInstructor: hash(i, 5) % 10 === 0,
  };
}

/** Statement i: about 1 KB of JSON, as learning tools send them. */
export function sampleStatement(i: number, timestamp: string): Record<string, unknown> {
  const { learner, activity, verb, program, hasInstructor } = sampleParts(i);
  const context: Record<string, unknown> = {
    registration: registrationOf(learner, activity),
    contextActivities: {
      parent: [{ id: programId(program), objectType: "Activity" }],
      category: [{ id: "https://w3id.org/xapi/cmi5/context/categories/cmi5" }],
    },
    platform: program % 2 === 0 ? "Chamber LMS" : "Vendor Academy",
    language: "en-US",
    extensions: { "https://xroi.example/extensions/region": REGIONS[learner % REGIONS.length] },
  };
  if (hasInstructor)
    context.instructor = {
      objectType: "Agent",
      name: `Coach ${learner % INSTRUCTORS}`,
      mbox: `mailto:${instructorEmail(learner % INSTRUCTORS)}`,
    };
  const statement: Record<string, unknown> = {
    actor: {
      objectType: "Agent",
      name: `Learner ${learner}`,
      mbox: `mailto:${learnerEmail(learner)}`,
    },
    verb: { id: verbId(verb), display: { "en-US": verbId(verb).split("/").pop() } },
    object: {
      objectType: "Activity",
      id: activityId(activity),
      definition: {
        name: { "en-US": `Module ${activity}: export readiness and pricing` },
        description: { "en-US": "Practical module with a short assessment at the end." },
        type: "http://adlnet.gov/expapi/activities/module",
      },
    },
    context,
    timestamp,
  };
  if (verb >= 2 && verb <= 5)
    statement.result = {
      success: verb !== 4,
      completion: true,
      score: { scaled: (hash(i, 6) % 100) / 100, raw: hash(i, 6) % 100, min: 0, max: 100 },
      duration: `PT${10 + (hash(i, 7) % 50)}M${hash(i, 8) % 60}S`,
    };
  return statement;
}
