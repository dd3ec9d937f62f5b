import type { TVendorRole } from "./vendor-roles";

// The vendor's engineering teams and learning cohorts, sized to the case study's pilot: "six cohorts
// of 10 engineers each (about 60 participants) over roughly 12 weeks", piloted "with two teams"
// and then expanded in a wave, with "similar teams that had not joined yet" as the comparison.
// Team names, repositories and dates are the demo's.

export type TEngineeringTeam = {
  key: string;
  name: string;
  /** Product teams build the vendor's products; delivery squads do client integration work. */
  kind: "product" | "delivery";
  focus: string;
  /** Repository tags on learning events and the GitHub join. */
  repositories: readonly string[];
  roleMix: Readonly<Record<TVendorRole, number>>;
  /** The wave the team's cohort joins; null for comparison teams that have not joined yet. */
  wave: 1 | 2 | null;
};

export const VENDOR_TEAMS: readonly TEngineeringTeam[] = [
  {
    key: "atlas-platform",
    name: "Atlas Platform",
    kind: "product",
    focus: "Core API platform and billing",
    repositories: ["atlas-api", "atlas-billing"],
    roleMix: { backend: 5, frontend: 1, test: 2, devops: 1, architect: 1 },
    wave: 1,
  },
  {
    key: "beacon-web",
    name: "Beacon Web",
    kind: "product",
    focus: "Web client and design system",
    repositories: ["beacon-web", "beacon-design-system"],
    roleMix: { backend: 2, frontend: 5, test: 2, devops: 0, architect: 1 },
    wave: 1,
  },
  {
    key: "cobalt-data",
    name: "Cobalt Data Services",
    kind: "product",
    focus: "Data pipelines and query service",
    repositories: ["cobalt-pipelines", "cobalt-query"],
    roleMix: { backend: 5, frontend: 0, test: 2, devops: 2, architect: 1 },
    wave: 2,
  },
  {
    key: "delta-retail",
    name: "Delta Retail Integrations",
    kind: "delivery",
    focus: "ERP and point-of-sale integrations for retail clients",
    repositories: ["retail-erp-connector", "pos-sync"],
    roleMix: { backend: 4, frontend: 2, test: 2, devops: 1, architect: 1 },
    wave: 2,
  },
  {
    key: "ember-health",
    name: "Ember Health Integrations",
    kind: "delivery",
    focus: "Clinical data gateways for healthcare clients",
    repositories: ["fhir-gateway", "claims-adapter"],
    roleMix: { backend: 4, frontend: 2, test: 2, devops: 1, architect: 1 },
    wave: 2,
  },
  {
    key: "fjord-cloud-ops",
    name: "Fjord Cloud Operations",
    kind: "delivery",
    focus: "Cloud platform, pipelines and release tooling for client projects",
    repositories: ["platform-infra", "ci-templates"],
    roleMix: { backend: 1, frontend: 0, test: 1, devops: 7, architect: 1 },
    wave: 2,
  },
  {
    key: "granite-mobile",
    name: "Granite Mobile",
    kind: "product",
    focus: "Mobile apps (comparison team, not yet joined)",
    repositories: ["granite-mobile-app"],
    roleMix: { backend: 3, frontend: 4, test: 2, devops: 0, architect: 1 },
    wave: null,
  },
  {
    key: "harbor-banking",
    name: "Harbor Banking Integrations",
    kind: "delivery",
    focus: "Core banking bridges for financial clients (comparison team, not yet joined)",
    repositories: ["core-banking-bridge"],
    roleMix: { backend: 4, frontend: 2, test: 2, devops: 1, architect: 1 },
    wave: null,
  },
];

export type TLearningCohort = {
  key: string;
  team: string;
  wave: 1 | 2;
  participants: number;
  /** "A lead or senior engineer acted as a coach." */
  coach: string;
  /** Each sprint "focused on one or two skills". */
  focusSkills: readonly string[];
  startsOn: string;
  /** "Each sprint ran two to three weeks." */
  sprintWeeks: 2 | 3;
  sprintCount: number;
};

const WAVE_1 = { wave: 1, startsOn: "2026-02-02", sprintWeeks: 3, sprintCount: 2 } as const;
const WAVE_2 = { wave: 2, startsOn: "2026-03-16", sprintWeeks: 2, sprintCount: 3 } as const;

export const VENDOR_COHORTS: readonly TLearningCohort[] = [
  {
    key: "cohort-atlas",
    team: "atlas-platform",
    ...WAVE_1,
    participants: 10,
    coach: "Team lead",
    focusSkills: ["small-pull-requests", "review-turnaround"],
  },
  {
    key: "cohort-beacon",
    team: "beacon-web",
    ...WAVE_1,
    participants: 10,
    coach: "Senior frontend engineer",
    focusSkills: ["test-first-development", "structured-code-review"],
  },
  {
    key: "cohort-cobalt",
    team: "cobalt-data",
    ...WAVE_2,
    participants: 10,
    coach: "Senior backend engineer",
    focusSkills: ["test-first-development", "hot-path-test-coverage"],
  },
  {
    key: "cohort-delta",
    team: "delta-retail",
    ...WAVE_2,
    participants: 10,
    coach: "Team lead",
    focusSkills: ["small-pull-requests", "review-turnaround"],
  },
  {
    key: "cohort-ember",
    team: "ember-health",
    ...WAVE_2,
    participants: 10,
    coach: "Architect",
    focusSkills: ["structured-code-review", "pre-merge-security-checks"],
  },
  {
    key: "cohort-fjord",
    team: "fjord-cloud-ops",
    ...WAVE_2,
    participants: 10,
    coach: "Senior DevOps engineer",
    focusSkills: ["ci-pipeline-hygiene", "safe-releases"],
  },
];

/**
 * The measurement calendar: "a baseline from the last three months", then a 12-week programme
 * (2 pilot sprints of 3 weeks, then a wave of 3 sprints of 2 weeks), compared sprint by sprint.
 */
export const VENDOR_PROGRAM = {
  baseline: { from: "2025-11-03", to: "2026-02-01" },
  program: { from: "2026-02-02", to: "2026-04-26" },
  /** The two target improvements: one speed goal and one quality goal. */
  targetMetrics: { speed: "pr-cycle-time", quality: "escaped-defects" },
  /** Every learning event carries these tags. */
  eventTags: ["skill", "role", "team", "repository", "sprint"],
} as const;
