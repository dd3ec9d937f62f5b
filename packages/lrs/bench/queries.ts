import {
  ACTIVITIES,
  activityId,
  INSTRUCTORS,
  instructorEmail,
  learnerEmail,
  LEARNERS,
  PROGRAMS,
  programId,
  registrationOf,
  sampleParts,
  verbCount,
  verbId,
} from "./sample";

const agent = (email: string) => encodeURIComponent(JSON.stringify({ mbox: `mailto:${email}` }));
const pick = (k: number, n: number) =>
  Math.floor(((((k + 1) * 2654435761) % 2 ** 32) / 2 ** 32) * n);

/** For each filter the LRS indexes, `count` GET /statements paths with values that exist. */
export function querySet(count: number): Record<string, string[]> {
  const day = 86_400_000;
  const since = (k: number) => new Date(Date.now() - 300 * day + pick(k, 290) * day).toISOString();
  const until = (k: number) => new Date(Date.parse(since(k)) + day).toISOString();
  const paths = (make: (k: number) => string) =>
    Array.from({ length: count }, (_, k) => `/xapi/statements?${make(k)}`);
  return {
    "no filter (newest page)": paths(() => ""),
    agent: paths((k) => `agent=${agent(learnerEmail(pick(k, LEARNERS)))}`),
    verb: paths((k) => `verb=${encodeURIComponent(verbId(pick(k, verbCount)))}`),
    activity: paths((k) => `activity=${encodeURIComponent(activityId(pick(k, ACTIVITIES)))}`),
    registration: paths((k) => {
      const { learner, activity } = sampleParts(pick(k, 1_000_000));
      return `registration=${registrationOf(learner, activity)}`;
    }),
    "related_agents (instructor)": paths(
      (k) => `agent=${agent(instructorEmail(pick(k, INSTRUCTORS)))}&related_agents=true`,
    ),
    "related_activities (program)": paths(
      (k) => `activity=${encodeURIComponent(programId(pick(k, PROGRAMS)))}&related_activities=true`,
    ),
    "since + until (one day)": paths(
      (k) => `since=${encodeURIComponent(since(k))}&until=${encodeURIComponent(until(k))}`,
    ),
    "agent + verb": paths(
      (k) =>
        `agent=${agent(learnerEmail(pick(k, LEARNERS)))}&verb=${encodeURIComponent(verbId(2))}`,
    ),
    "activity + since, ascending": paths(
      (k) =>
        `activity=${encodeURIComponent(activityId(pick(k, ACTIVITIES)))}&since=${encodeURIComponent(since(k))}&ascending=true`,
    ),
  };
}
