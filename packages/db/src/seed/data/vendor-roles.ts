// The vendor's role skill map: "Backend, frontend, test, DevOps, and architect each got a short list
// of must haves. For each skill they wrote clear behaviors so people knew what good looks like."
// The behaviours quote the case study where it gives one (pull requests under a set size, tests
// that run before commit, reviews within 24 hours, clean builds, critical security checks before
// merge); the set size is 400 changed lines in this demo.

export const VENDOR_ROLES = {
  backend: "Backend engineer",
  frontend: "Frontend engineer",
  test: "Test engineer",
  devops: "DevOps engineer",
  architect: "Architect",
} as const;
export type TVendorRole = keyof typeof VENDOR_ROLES;

/** Proficiency scale for target levels. */
export const SKILL_LEVELS = {
  1: "Aware: knows the practice and why it matters",
  2: "Practising: applies it with a checklist or a coach",
  3: "Proficient: applies it unprompted in everyday work",
  4: "Coaching: sets the standard and coaches others",
} as const;
export type TSkillLevel = keyof typeof SKILL_LEVELS;

export type TRoleSkill = {
  skill: string;
  targetLevel: TSkillLevel;
  /** Observable on the job (in the repo, the pipeline or the tracker), so adoption can be measured. */
  behaviours: readonly string[];
};

const SMALL_PRS = "Pull requests under 400 changed lines";
const REVIEW_24H = "First review within 24 hours of the pull request opening";
const TESTS_BEFORE_COMMIT = "Tests run before every commit (pre-commit hook)";
const SECURITY_BEFORE_MERGE = "Critical security checks pass before merge";
const CLEAN_BUILDS = "Clean builds: the main branch stays green";
const REVIEW_TEMPLATE = "Uses the standard review template and checklist on every review";

export const VENDOR_ROLE_SKILLS: Readonly<Record<TVendorRole, readonly TRoleSkill[]>> = {
  backend: [
    {
      skill: "small-pull-requests",
      targetLevel: 3,
      behaviours: [
        SMALL_PRS,
        "One concern per pull request; larger work goes behind a feature flag",
      ],
    },
    { skill: "review-turnaround", targetLevel: 3, behaviours: [REVIEW_24H] },
    {
      skill: "test-first-development",
      targetLevel: 3,
      behaviours: [TESTS_BEFORE_COMMIT, "Every bug fix starts with a failing test"],
    },
    {
      skill: "api-design",
      targetLevel: 3,
      behaviours: ["API changes are versioned and documented in the same pull request"],
    },
    {
      skill: "database-migrations",
      targetLevel: 2,
      behaviours: ["Schema changes ship in backward-compatible steps with a tested rollback"],
    },
    { skill: "pre-merge-security-checks", targetLevel: 3, behaviours: [SECURITY_BEFORE_MERGE] },
    {
      skill: "secure-coding",
      targetLevel: 3,
      behaviours: ["Security findings are fixed at the source, not suppressed"],
    },
  ],
  frontend: [
    { skill: "small-pull-requests", targetLevel: 3, behaviours: [SMALL_PRS] },
    { skill: "review-turnaround", targetLevel: 3, behaviours: [REVIEW_24H] },
    {
      skill: "component-testing",
      targetLevel: 3,
      behaviours: [TESTS_BEFORE_COMMIT, "New components ship with tests of what the user sees"],
    },
    {
      skill: "web-accessibility",
      targetLevel: 2,
      behaviours: ["Accessibility checks are a line of the review checklist and pass before merge"],
    },
    {
      skill: "frontend-performance",
      targetLevel: 2,
      behaviours: ["Bundle-size budget checked in the pipeline on every pull request"],
    },
    { skill: "pre-merge-security-checks", targetLevel: 2, behaviours: [SECURITY_BEFORE_MERGE] },
  ],
  test: [
    {
      skill: "risk-based-testing",
      targetLevel: 3,
      behaviours: ["Test steps added to the definition of done for high-risk changes"],
    },
    {
      skill: "test-automation",
      targetLevel: 3,
      behaviours: [
        "Regression suite runs on every pull request; flaky tests fixed within a sprint",
      ],
    },
    {
      skill: "hot-path-test-coverage",
      targetLevel: 3,
      behaviours: ["Coverage on the team's hot paths rises sprint over sprint"],
    },
    {
      skill: "defect-triage",
      targetLevel: 3,
      behaviours: [
        "Every defect is labelled found before release or found after release",
        "Escaped defects get a root cause and a checklist or test change",
      ],
    },
    {
      skill: "contract-testing",
      targetLevel: 2,
      behaviours: ["Client integrations have contract tests in CI"],
    },
    { skill: "structured-code-review", targetLevel: 2, behaviours: [REVIEW_TEMPLATE] },
  ],
  devops: [
    {
      skill: "ci-pipeline-hygiene",
      targetLevel: 4,
      behaviours: [
        CLEAN_BUILDS,
        "A red build is fixed or reverted within an hour",
        "Build status visible on the team board",
      ],
    },
    {
      skill: "infrastructure-as-code",
      targetLevel: 3,
      behaviours: ["Infrastructure changes go through a pull request like code"],
    },
    {
      skill: "safe-releases",
      targetLevel: 3,
      behaviours: ["Every release has a rehearsed rollback; hotfixes and backouts are tracked"],
    },
    {
      skill: "observability",
      targetLevel: 3,
      behaviours: ["New services ship with dashboards and alerts tied to user impact"],
    },
    {
      skill: "pre-merge-security-checks",
      targetLevel: 3,
      behaviours: [SECURITY_BEFORE_MERGE, "No secrets in the repository"],
    },
    {
      skill: "cloud-cost-awareness",
      targetLevel: 2,
      behaviours: ["Cost impact noted on pull requests that add cloud resources"],
    },
  ],
  architect: [
    {
      skill: "architecture-decision-records",
      targetLevel: 3,
      behaviours: [
        "Significant design decisions have a reviewed decision record in the repository",
      ],
    },
    {
      skill: "threat-modelling",
      targetLevel: 3,
      behaviours: ["New data flows are threat-modelled before build starts"],
    },
    { skill: "structured-code-review", targetLevel: 4, behaviours: [REVIEW_TEMPLATE, REVIEW_24H] },
    {
      skill: "api-design",
      targetLevel: 4,
      behaviours: ["Cross-team API changes reviewed against the versioning guideline"],
    },
    {
      skill: "cloud-architecture",
      targetLevel: 3,
      behaviours: ["Framework and cloud service upgrades planned a quarter ahead"],
    },
    {
      skill: "engineering-coaching",
      targetLevel: 3,
      behaviours: ["Runs the cohort's weekly huddle and pairs on a micro challenge each sprint"],
    },
  ],
};
