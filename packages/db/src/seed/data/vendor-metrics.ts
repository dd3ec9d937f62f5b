// The vendor's scoreboard: "the same few signals" in four groups (flow, quality, practice,
// adoption), with where each comes from and which outcome events feed it. Names and definitions
// follow the case study; it reports trends, not figures, so no baseline values are invented here.

/** Outcome events from GitHub and Jira (see DESIGN.md, data flow 3). */
export type TVendorOutcomeEvent =
  | "pr_opened"
  | "pr_reviewed"
  | "pr_merged"
  | "defect_found_before_release"
  | "defect_found_after_release"
  | "hotfix_or_backout";

export type TVendorMetric = {
  key: string;
  name: string;
  group: "flow" | "quality" | "practice" | "adoption";
  unit: "hours" | "count" | "lines" | "percent";
  direction: "increase" | "decrease";
  source: "GitHub" | "Jira" | "CI" | "LRS";
  definition: string;
  events: readonly TVendorOutcomeEvent[];
  /** "Prevent gaming by pairing cycle time with pull request size and review quality." */
  guardrails?: readonly string[];
};

export const VENDOR_METRICS: readonly TVendorMetric[] = [
  {
    key: "pr-cycle-time",
    name: "Median pull request cycle time",
    group: "flow",
    unit: "hours",
    direction: "decrease",
    source: "GitHub",
    definition: "The span from opening a pull request to merge; the median per team per sprint.",
    events: ["pr_opened", "pr_merged"],
    guardrails: ["pr-size", "review-checklist-use"],
  },
  {
    key: "time-to-first-review",
    name: "Time to first review",
    group: "flow",
    unit: "hours",
    direction: "decrease",
    source: "GitHub",
    definition: "From opening a pull request to its first review; the median per team per sprint.",
    events: ["pr_opened", "pr_reviewed"],
  },
  {
    key: "defects-before-release",
    name: "Defects found before release",
    group: "quality",
    unit: "count",
    direction: "increase",
    source: "Jira",
    definition: "Defects caught in review, test or staging before the release that contains them.",
    events: ["defect_found_before_release"],
  },
  {
    key: "escaped-defects",
    name: "Defects found after release",
    group: "quality",
    unit: "count",
    direction: "decrease",
    source: "Jira",
    definition: "Escaped defects: defects reported after go-live, per release.",
    events: ["defect_found_after_release"],
  },
  {
    key: "hotfixes-backouts",
    name: "Hotfixes and backouts",
    group: "quality",
    unit: "count",
    direction: "decrease",
    source: "GitHub",
    definition: "Rework: emergency fixes and reverted releases, per release.",
    events: ["hotfix_or_backout"],
  },
  {
    key: "pr-size",
    name: "Pull request size",
    group: "practice",
    unit: "lines",
    direction: "decrease",
    source: "GitHub",
    definition: "Changed lines per merged pull request; the median per team per sprint.",
    events: ["pr_merged"],
  },
  {
    key: "review-checklist-use",
    name: "Review checklist use",
    group: "practice",
    unit: "percent",
    direction: "increase",
    source: "GitHub",
    definition:
      "Share of merged pull requests whose review used the standard template and checklist.",
    events: ["pr_reviewed"],
  },
  {
    key: "test-pass-rate",
    name: "Test pass rate",
    group: "practice",
    unit: "percent",
    direction: "increase",
    source: "CI",
    definition: "Share of pipeline runs on pull requests whose tests pass first time.",
    events: [],
  },
  {
    key: "cohort-participation",
    name: "Joined the cohort",
    group: "adoption",
    unit: "percent",
    direction: "increase",
    source: "LRS",
    definition: "Share of the team's engineers enrolled in the team's learning cohort.",
    events: [],
  },
  {
    key: "lab-completion",
    name: "Completed labs",
    group: "adoption",
    unit: "percent",
    direction: "increase",
    source: "LRS",
    definition: "Share of cohort members who completed the sprint's code labs.",
    events: [],
  },
  {
    key: "job-aid-use",
    name: "Used the job aids",
    group: "adoption",
    unit: "count",
    direction: "increase",
    source: "LRS",
    definition: "Job aid and checklist uses recorded on the job, per engineer per sprint.",
    events: [],
  },
];
