import type { TSkillSeed } from "./types";

// The software vendor's critical engineering skills. The first group is the case study's own
// (smaller pull requests, faster reviews, review template, test-first habits, clean builds,
// security checks before merge); the rest round out the short "must have" list per role for the
// backend, frontend, test, DevOps and architect roles, in the areas it names (cloud, DevOps,
// security, data, shifting APIs).

function skill(key: string, category: string, name: string, description: string): TSkillSeed {
  return { key, org: "vendor", category, name, description };
}

export const VENDOR_SKILLS: readonly TSkillSeed[] = [
  skill(
    "small-pull-requests",
    "Engineering flow",
    "Small pull requests",
    "Slices work into pull requests a reviewer can read in one sitting (under 400 changed lines, one concern each), using feature flags or stacked pull requests for larger changes.",
  ),
  skill(
    "review-turnaround",
    "Engineering flow",
    "Code review turnaround",
    "Gives a first review within 24 hours of a pull request opening and keeps review queues short, so work does not wait.",
  ),
  skill(
    "structured-code-review",
    "Engineering flow",
    "Structured code review",
    "Reviews with the standard review template and checklist: correctness, tests, security and readability, with comments that say what to change and why.",
  ),
  skill(
    "test-first-development",
    "Quality",
    "Test-first development",
    "Writes the failing test before the code or the bug fix and runs the tests before every commit.",
  ),
  skill(
    "hot-path-test-coverage",
    "Quality",
    "Test coverage on hot paths",
    "Finds the code paths that change and break most often and raises meaningful test coverage there first.",
  ),
  skill(
    "test-automation",
    "Quality",
    "Test automation",
    "Builds and maintains automated regression suites that run in the pipeline, fast and without flaky tests.",
  ),
  skill(
    "risk-based-testing",
    "Quality",
    "Risk-based test design",
    "Plans test effort by the risk and impact of a change, and adds test steps to the definition of done where defects escape.",
  ),
  skill(
    "defect-triage",
    "Quality",
    "Defect triage and root cause analysis",
    "Classifies defects as found before or after release, traces escaped defects to their root cause, and feeds the lesson back into checklists and tests.",
  ),
  skill(
    "contract-testing",
    "Quality",
    "API contract testing",
    "Pins the contracts between services and client integrations with consumer-driven tests, so an API change that breaks a client fails the build.",
  ),
  skill(
    "api-design",
    "Backend",
    "API design and versioning",
    "Designs APIs that are consistent, documented and versioned, and evolves them without breaking clients.",
  ),
  skill(
    "database-migrations",
    "Backend",
    "Safe database migrations",
    "Changes schemas in backward-compatible steps that deploy and roll back without downtime or data loss.",
  ),
  skill(
    "component-testing",
    "Frontend",
    "Frontend component testing",
    "Tests UI components through what users see and do, not implementation details, and keeps the tests fast enough to run before commit.",
  ),
  skill(
    "web-accessibility",
    "Frontend",
    "Web accessibility",
    "Builds screens that meet WCAG 2.2 AA: keyboard use, labels, contrast and screen-reader checks are part of review.",
  ),
  skill(
    "frontend-performance",
    "Frontend",
    "Frontend performance budgets",
    "Sets and keeps bundle-size and page-load budgets, and catches regressions in the pipeline before merge.",
  ),
  skill(
    "ci-pipeline-hygiene",
    "DevOps",
    "CI pipeline hygiene",
    "Keeps builds clean and the main branch green: a red build is fixed or reverted first, and build status is visible to the whole team.",
  ),
  skill(
    "infrastructure-as-code",
    "DevOps",
    "Infrastructure as code",
    "Defines environments in reviewed, versioned code so every change to infrastructure is repeatable and goes through a pull request.",
  ),
  skill(
    "safe-releases",
    "DevOps",
    "Safe releases and rollback",
    "Releases behind feature flags or canaries with a rehearsed rollback, so a bad change means a quick backout instead of a hotfix scramble.",
  ),
  skill(
    "observability",
    "DevOps",
    "Observability and incident response",
    "Instruments services with logs, metrics and traces tied to user impact, and runs calm, blameless incident reviews.",
  ),
  skill(
    "cloud-cost-awareness",
    "DevOps",
    "Cloud cost awareness",
    "Reads the cost of the cloud services a change uses and right-sizes resources before and after release.",
  ),
  skill(
    "secure-coding",
    "Security",
    "Secure coding",
    "Avoids the common web application flaws (injection, broken access control, secrets in code) and fixes findings at the source.",
  ),
  skill(
    "pre-merge-security-checks",
    "Security",
    "Security checks before merge",
    "Makes sure static analysis, dependency and secret scans pass before merge, and that critical findings block the merge until fixed.",
  ),
  skill(
    "threat-modelling",
    "Security",
    "Threat modelling",
    "Walks a design's data flows for what could go wrong before it is built, and records the mitigations for enterprise clients' security reviews.",
  ),
  skill(
    "architecture-decision-records",
    "Architecture",
    "Architecture decision records",
    "Writes short, reviewable records of significant design decisions: the context, the options considered and the consequences.",
  ),
  skill(
    "cloud-architecture",
    "Architecture",
    "Cloud architecture for change",
    "Designs systems that absorb framework and cloud service changes: clear boundaries, managed services where they fit, and no hidden coupling.",
  ),
  skill(
    "engineering-coaching",
    "Leadership",
    "Engineering coaching",
    "Coaches a learning cohort: runs the weekly huddle, pairs on micro challenges, and helps the team keep new habits when deadlines press.",
  ),
];
