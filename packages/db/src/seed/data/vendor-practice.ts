import type { TVendorRole } from "./vendor-roles";

// The vendor's learning assets: short code labs that match live backlog items, micro challenges
// done in pairs, peer sessions and review clinics, a few Storyline courses, and job aids that sit
// next to the repo and the pipeline. The case study names the small pull request lab, review
// clinics, test-first habits, the review checklist and template, and the definition of done.

export type TVendorActivityKind =
  "code_lab" | "micro_challenge" | "peer_session" | "storyline_course" | "job_aid";

export type TVendorActivity = {
  key: string;
  kind: TVendorActivityKind;
  title: string;
  durationMinutes: number;
  skills: readonly string[];
  roles: readonly TVendorRole[] | "all";
  /** Done on a real backlog item in the team's repository, not a toy exercise. */
  onLiveBacklog: boolean;
};

/** xAPI activity IRIs, stable so labs, courses and peer sessions land on the same activity. */
export function vendorActivityIri(activity: Pick<TVendorActivity, "kind" | "key">): string {
  return `https://demo.xroi.local/xapi/activities/vendor/${activity.kind}/${activity.key}`;
}

const ENGINEERS: readonly TVendorRole[] = ["backend", "frontend", "test", "devops"];

export const VENDOR_PRACTICE: readonly TVendorActivity[] = [
  {
    key: "small-pr-lab",
    kind: "code_lab",
    title: "Slice it: ship a backlog item as small pull requests",
    durationMinutes: 90,
    skills: ["small-pull-requests"],
    roles: "all",
    onLiveBacklog: true,
  },
  {
    key: "review-clinic",
    kind: "peer_session",
    title: "Review clinic: first review within 24 hours, with the template",
    durationMinutes: 60,
    skills: ["review-turnaround", "structured-code-review"],
    roles: "all",
    onLiveBacklog: true,
  },
  {
    key: "pre-commit-tests-lab",
    kind: "code_lab",
    title: "Run the tests before every commit",
    durationMinutes: 60,
    skills: ["test-first-development"],
    roles: ENGINEERS,
    onLiveBacklog: true,
  },
  {
    key: "test-first-kata",
    kind: "code_lab",
    title: "Test-first fix of a live bug",
    durationMinutes: 90,
    skills: ["test-first-development"],
    roles: ["backend", "frontend", "test"],
    onLiveBacklog: true,
  },
  {
    key: "hot-path-coverage-challenge",
    kind: "micro_challenge",
    title: "Pair challenge: raise test coverage on a hot path",
    durationMinutes: 120,
    skills: ["hot-path-test-coverage"],
    roles: ["backend", "frontend", "test"],
    onLiveBacklog: true,
  },
  {
    key: "shrink-pr-challenge",
    kind: "micro_challenge",
    title: "Pair challenge: halve the size of your next pull request",
    durationMinutes: 60,
    skills: ["small-pull-requests"],
    roles: ENGINEERS,
    onLiveBacklog: true,
  },
  {
    key: "clean-builds-lab",
    kind: "code_lab",
    title: "Keep main green: pipeline hygiene",
    durationMinutes: 75,
    skills: ["ci-pipeline-hygiene"],
    roles: ["devops", "backend"],
    onLiveBacklog: true,
  },
  {
    key: "security-before-merge-lab",
    kind: "code_lab",
    title: "Security checks before merge",
    durationMinutes: 60,
    skills: ["pre-merge-security-checks", "secure-coding"],
    roles: "all",
    onLiveBacklog: true,
  },
  {
    key: "rollback-drill",
    kind: "code_lab",
    title: "Feature flags and a rollback drill",
    durationMinutes: 90,
    skills: ["safe-releases"],
    roles: ["devops", "backend"],
    onLiveBacklog: true,
  },
  {
    key: "escaped-defect-retro",
    kind: "peer_session",
    title: "Escaped defect retro: root cause to checklist",
    durationMinutes: 45,
    skills: ["defect-triage", "risk-based-testing"],
    roles: "all",
    onLiveBacklog: false,
  },
  {
    key: "decision-record-session",
    kind: "peer_session",
    title: "Writing a decision record together",
    durationMinutes: 60,
    skills: ["architecture-decision-records"],
    roles: ["architect", "backend"],
    onLiveBacklog: true,
  },
  {
    key: "accessibility-lab",
    kind: "code_lab",
    title: "Accessibility fixes on a live screen",
    durationMinutes: 90,
    skills: ["web-accessibility", "component-testing"],
    roles: ["frontend", "test"],
    onLiveBacklog: true,
  },
  {
    key: "code-review-fundamentals",
    kind: "storyline_course",
    title: "Code review fundamentals",
    durationMinutes: 30,
    skills: ["structured-code-review"],
    roles: "all",
    onLiveBacklog: false,
  },
  {
    key: "secure-coding-essentials",
    kind: "storyline_course",
    title: "Secure coding essentials",
    durationMinutes: 45,
    skills: ["secure-coding"],
    roles: "all",
    onLiveBacklog: false,
  },
  {
    key: "coach-huddle-playbook",
    kind: "storyline_course",
    title: "Coaching a learning cohort: the weekly huddle",
    durationMinutes: 40,
    skills: ["engineering-coaching"],
    roles: ["architect"],
    onLiveBacklog: false,
  },
  {
    key: "review-checklist",
    kind: "job_aid",
    title: "Review checklist",
    durationMinutes: 5,
    skills: ["structured-code-review"],
    roles: "all",
    onLiveBacklog: false,
  },
  {
    key: "pull-request-template",
    kind: "job_aid",
    title: "Pull request template",
    durationMinutes: 5,
    skills: ["small-pull-requests", "structured-code-review"],
    roles: "all",
    onLiveBacklog: false,
  },
  {
    key: "definition-of-done",
    kind: "job_aid",
    title: "Definition of done: pull request size, test steps, build status",
    durationMinutes: 5,
    skills: ["small-pull-requests", "test-first-development", "ci-pipeline-hygiene"],
    roles: "all",
    onLiveBacklog: false,
  },
];
