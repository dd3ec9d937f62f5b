import { skillNameKey } from "@xroi/validators";
import { describe, expect, it } from "vitest";
import {
  CHAMBER_CONTACTS,
  CHAMBER_COST_TABLE,
  CHAMBER_COURSES,
  CHAMBER_GOALS,
  CHAMBER_MEMBERS,
  CHAMBER_PILOT_PROGRAMS,
  CHAMBER_PRACTICE_TASKS,
  CHAMBER_REGIONS,
  CHAMBER_SKILLS,
  CHAMBER_WEBINARS,
  DEMO_SKILLS,
  DEMO_USERS,
  SIZE_BANDS,
  VENDOR_COHORTS,
  VENDOR_COST_TABLE,
  VENDOR_METRICS,
  VENDOR_PRACTICE,
  VENDOR_PROGRAM,
  VENDOR_ROLE_SKILLS,
  VENDOR_ROLES,
  VENDOR_SKILLS,
  VENDOR_TEAMS,
  type TCostTable,
} from ".";

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

describe.each([
  ["chamber", CHAMBER_COST_TABLE, 11_368_000, 12],
  ["vendor", VENDOR_COST_TABLE, 18_416_000, 17],
] as [string, TCostTable, number, number][])(
  "%s cost table",
  (_org, table, totalCents, lineCount) => {
    it("has the case study's lines, each rate × volume, summing to the stated total to the cent", () => {
      expect(table.lines).toHaveLength(lineCount);
      expect(unique(table.lines.map((line) => line.key))).toBe(true);
      expect(table.statedTotal).toEqual({ amountMinor: totalCents, currency: "USD" });
      for (const line of table.lines) {
        expect(Number.isSafeInteger(line.amount.amountMinor)).toBe(true);
        expect(line.amount.currency).toBe(table.currency);
        expect(line.rate.currency).toBe(table.currency);
        expect(line.rate.amountMinor * line.quantity).toBe(line.amount.amountMinor);
      }
      expect(sum(table.lines.map((line) => line.amount.amountMinor))).toBe(totalCents);
    });

    it("marks optional lines exactly where the table says so", () => {
      const optional = table.lines.filter((line) => line.optional).map((line) => line.component);
      expect(optional.length).toBeGreaterThan(0);
      for (const component of optional)
        expect(component).toMatch(/\((If Needed|If Applicable|Optional)\)/);
    });
  },
);

describe("chamber cost table", () => {
  it("splits Year 1 into one-time and recurring spend", () => {
    const by = (recurrence: string) =>
      sum(
        CHAMBER_COST_TABLE.lines
          .filter((line) => line.recurrence === recurrence)
          .map((line) => line.amount.amountMinor),
      );
    // Recurring: LRS $2,400 + operations $13,800 + BI $3,600 + CRM/integration $1,200.
    expect(by("recurring")).toBe(2_100_000);
    expect(by("one_time")).toBe(9_268_000);
  });
});

describe("vendor cost table", () => {
  it("counts the 60 learners × ~10 hours of participant time as opportunity cost", () => {
    const time = VENDOR_COST_TABLE.lines.filter((line) => line.category === "opportunity_cost");
    expect(time.map((line) => [line.quantity, line.amount.amountMinor])).toEqual([
      [600, 6_000_000],
    ]);
  });
});

describe("skills", () => {
  it("has 30–50 skills with unique name keys, within the skill form's limits", () => {
    expect(DEMO_SKILLS.length).toBe(CHAMBER_SKILLS.length + VENDOR_SKILLS.length);
    expect(DEMO_SKILLS.length).toBeGreaterThanOrEqual(30);
    expect(DEMO_SKILLS.length).toBeLessThanOrEqual(50);
    expect(unique(DEMO_SKILLS.map((skill) => skillNameKey(skill.name)))).toBe(true);
    expect(unique(DEMO_SKILLS.map((skill) => skill.key))).toBe(true);
    for (const skill of DEMO_SKILLS) {
      expect(skill.name.length).toBeGreaterThanOrEqual(2);
      expect(skill.name.length).toBeLessThanOrEqual(120);
      expect(skill.category.length).toBeLessThanOrEqual(60);
      expect(skill.description.length).toBeGreaterThan(40);
      expect(skill.description.length).toBeLessThanOrEqual(2000);
    }
  });
});

describe("chamber data", () => {
  const memberIds = new Set(CHAMBER_MEMBERS.map((member) => member.memberId));
  const skillKeys = new Set(CHAMBER_SKILLS.map((skill) => skill.key));
  const goalKeys = new Set(CHAMBER_GOALS.map((goal) => goal.key));
  const activities = [...CHAMBER_COURSES, ...CHAMBER_WEBINARS, ...CHAMBER_PRACTICE_TASKS];

  it("has 15–25 member companies across every region, size band and several countries", () => {
    expect(CHAMBER_MEMBERS.length).toBeGreaterThanOrEqual(15);
    expect(CHAMBER_MEMBERS.length).toBeLessThanOrEqual(25);
    expect(memberIds.size).toBe(CHAMBER_MEMBERS.length);
    expect(new Set(CHAMBER_MEMBERS.map((m) => m.region))).toEqual(new Set(CHAMBER_REGIONS));
    expect(new Set(CHAMBER_MEMBERS.map((m) => m.sizeBand))).toEqual(
      new Set(Object.keys(SIZE_BANDS)),
    );
    expect(new Set(CHAMBER_MEMBERS.map((m) => m.country)).size).toBeGreaterThanOrEqual(10);
    for (const member of CHAMBER_MEMBERS) {
      const band = SIZE_BANDS[member.sizeBand];
      expect(member.employees).toBeGreaterThanOrEqual(band.min);
      if (band.max !== null) expect(member.employees).toBeLessThanOrEqual(band.max);
      expect(member.joinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("has two or three contacts per company, exactly one primary, with unique reserved-domain emails", () => {
    for (const id of memberIds) {
      const contacts = CHAMBER_CONTACTS.filter((contact) => contact.memberId === id);
      expect(contacts.length, id).toBeGreaterThanOrEqual(2);
      expect(contacts.length, id).toBeLessThanOrEqual(3);
      expect(
        contacts.filter((contact) => contact.primary),
        id,
      ).toHaveLength(1);
    }
    expect(CHAMBER_CONTACTS.every((contact) => memberIds.has(contact.memberId))).toBe(true);
    expect(unique(CHAMBER_CONTACTS.map((contact) => contact.email))).toBe(true);
    for (const contact of CHAMBER_CONTACTS)
      expect(contact.email).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.example$/);
  });

  it("instruments 20 courses and 8 webinars, the cost estimate's volume, two courses and one webinar first", () => {
    expect(CHAMBER_COURSES).toHaveLength(20);
    expect(CHAMBER_WEBINARS).toHaveLength(8);
    expect(CHAMBER_COURSES.filter((course) => course.pilot)).toHaveLength(2);
    expect(CHAMBER_WEBINARS.filter((webinar) => webinar.pilot)).toHaveLength(1);
    expect(unique(activities.map((activity) => activity.key))).toBe(true);
  });

  it("tags activities only with known skills and goals, and leaves a coverage gap to find", () => {
    for (const activity of activities) {
      for (const skill of activity.skills)
        expect(skillKeys.has(skill), `${activity.key}: ${skill}`).toBe(true);
      for (const goal of activity.goals)
        expect(goalKeys.has(goal), `${activity.key}: ${goal}`).toBe(true);
      expect(activity.durationMinutes).toBeGreaterThan(0);
    }
    expect(activities.filter((activity) => activity.skills.length === 0)).toHaveLength(1);
    const activityKeys = new Set(activities.map((activity) => activity.key));
    for (const program of CHAMBER_PILOT_PROGRAMS)
      for (const key of program.activities) expect(activityKeys.has(key), key).toBe(true);
  });

  it("covers the case study's outcomes: renewals, program uptake, qualified leads, compliance", () => {
    expect([...goalKeys]).toEqual(
      expect.arrayContaining([
        "member-renewals",
        "program-uptake",
        "qualified-leads",
        "compliance-quality",
      ]),
    );
  });
});

describe("vendor data", () => {
  const skillKeys = new Set(VENDOR_SKILLS.map((skill) => skill.key));

  it("maps the five roles to known skills with target levels and observable behaviours", () => {
    expect(Object.keys(VENDOR_ROLE_SKILLS).sort()).toEqual(Object.keys(VENDOR_ROLES).sort());
    const used = new Set<string>();
    for (const [role, skills] of Object.entries(VENDOR_ROLE_SKILLS)) {
      expect(skills.length, role).toBeGreaterThanOrEqual(4);
      expect(unique(skills.map((entry) => entry.skill)), role).toBe(true);
      for (const entry of skills) {
        expect(skillKeys.has(entry.skill), `${role}: ${entry.skill}`).toBe(true);
        expect(entry.behaviours.length).toBeGreaterThan(0);
        used.add(entry.skill);
      }
    }
    expect([...skillKeys].filter((key) => !used.has(key))).toEqual([]);
    const behaviours = Object.values(VENDOR_ROLE_SKILLS).flatMap((skills) =>
      skills.flatMap((s) => s.behaviours),
    );
    expect(behaviours).toEqual(
      expect.arrayContaining([
        "Pull requests under 400 changed lines",
        "First review within 24 hours of the pull request opening",
        "Tests run before every commit (pre-commit hook)",
        "Critical security checks pass before merge",
      ]),
    );
  });

  it("runs six cohorts of 10 engineers (60 participants) in two waves, with comparison teams", () => {
    expect(VENDOR_COHORTS).toHaveLength(6);
    expect(sum(VENDOR_COHORTS.map((cohort) => cohort.participants))).toBe(60);
    expect(VENDOR_COHORTS.filter((cohort) => cohort.wave === 1)).toHaveLength(2);
    const teams = new Map(VENDOR_TEAMS.map((team) => [team.key, team]));
    for (const cohort of VENDOR_COHORTS) {
      const team = teams.get(cohort.team);
      expect(team?.wave, cohort.key).toBe(cohort.wave);
      expect(sum(Object.values(team?.roleMix ?? {}))).toBeGreaterThanOrEqual(cohort.participants);
      expect(cohort.focusSkills.length).toBeGreaterThanOrEqual(1);
      expect(cohort.focusSkills.length).toBeLessThanOrEqual(2);
      for (const skill of cohort.focusSkills) expect(skillKeys.has(skill), skill).toBe(true);
    }
    expect(VENDOR_TEAMS.filter((team) => team.wave === null).length).toBeGreaterThanOrEqual(1);
    expect(unique(VENDOR_TEAMS.flatMap((team) => team.repositories))).toBe(true);
  });

  it("fits the cohort sprints into the 12-week programme", () => {
    const end = Date.parse(`${VENDOR_PROGRAM.program.to}T00:00:00Z`);
    const start = Date.parse(`${VENDOR_PROGRAM.program.from}T00:00:00Z`);
    expect((end - start) / 86_400_000 + 1).toBe(12 * 7);
    for (const cohort of VENDOR_COHORTS) {
      const cohortStart = Date.parse(`${cohort.startsOn}T00:00:00Z`);
      const cohortEnd = cohortStart + cohort.sprintWeeks * cohort.sprintCount * 7 * 86_400_000;
      expect(cohortStart).toBeGreaterThanOrEqual(start);
      expect(cohortEnd).toBeLessThanOrEqual(end + 86_400_000);
    }
  });

  it("tags practice with known skills and defines the two target metrics", () => {
    for (const activity of VENDOR_PRACTICE)
      for (const skill of activity.skills)
        expect(skillKeys.has(skill), `${activity.key}: ${skill}`).toBe(true);
    expect(unique(VENDOR_PRACTICE.map((activity) => activity.key))).toBe(true);
    const metricKeys = new Set(VENDOR_METRICS.map((metric) => metric.key));
    expect(metricKeys.has(VENDOR_PROGRAM.targetMetrics.speed)).toBe(true);
    expect(metricKeys.has(VENDOR_PROGRAM.targetMetrics.quality)).toBe(true);
    for (const metric of VENDOR_METRICS)
      for (const guardrail of metric.guardrails ?? []) expect(metricKeys.has(guardrail)).toBe(true);
  });
});

describe("demo users", () => {
  it("has one user per role with a documented password of at least 12 characters", () => {
    expect(DEMO_USERS.map((user) => user.role).sort()).toEqual([
      "admin",
      "analyst",
      "privacy_lead",
      "viewer",
    ]);
    for (const user of DEMO_USERS) {
      expect(user.password.length).toBeGreaterThanOrEqual(12);
      expect(user.email).toMatch(/^[a-z-]+@demo\.xroi\.local$/);
    }
  });
});
