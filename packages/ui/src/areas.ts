import type { TRole } from "@xroi/validators";

/**
 * Every product area in the navigation. `ready: false` areas show a plain "not built yet" page that
 * names the issue that delivers them; flip the flag when that issue lands.
 */
export type TArea = {
  path: string;
  label: string;
  summary: string;
  ready: boolean;
  /** Hidden from users without this role. */
  role?: TRole;
  issue?: string;
};

export const AREAS: readonly TArea[] = [
  {
    path: "/skills",
    label: "Skills",
    summary: "Skill frameworks: groups and skills, behaviours per proficiency level, ESCO import.",
    ready: true,
    issue: "Skill map and course tagging taxonomy",
  },
  {
    path: "/taxonomy",
    label: "Taxonomy",
    summary: "Learning assets tagged to skills and business goals, the role matrix, coverage gaps.",
    ready: true,
    issue: "Skill map and course tagging taxonomy",
  },
  {
    path: "/people",
    label: "People and IDs",
    summary: "One person across LMS, webinar tool, CRM, GitHub/Jira and xAPI actors; data quality.",
    ready: true,
    issue: "ID mappings and data quality",
  },
  {
    path: "/consent",
    label: "Consent and privacy",
    summary: "Consent rules by region and purpose, masking, retention, minimum cohort sizes.",
    ready: false,
    issue: "Consent and privacy rules",
  },
  {
    path: "/ledger",
    label: "Cost ledger",
    summary: "Programs and every cost item, with exact totals and allocation.",
    ready: true,
    issue: "Cost ledger",
  },
  {
    path: "/lrs",
    label: "LRS",
    summary: "The xAPI Learning Record Store: statements, ingest per tool, credentials, refusals.",
    ready: true,
    role: "analyst",
    issue: "In-app xAPI Learning Record Store",
  },
  {
    path: "/reports",
    label: "ROI reports",
    summary: "Baseline and attribution windows, lift against control cohorts, payback.",
    ready: false,
    issue: "ROI reports",
  },
  {
    path: "/users",
    label: "Users",
    summary: "Who can sign in, and with which role.",
    ready: true,
    role: "admin",
  },
];

export function areaForPath(path: string): TArea | undefined {
  return AREAS.find((area) => path === area.path || path.startsWith(`${area.path}/`));
}
