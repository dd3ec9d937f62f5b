import type { TOrganisation, TOrgKey } from "./types";

// The case studies are anonymous; the names are invented for the demo, every other field is the
// case study's own wording.

export const CHAMBER: TOrganisation = {
  key: "chamber",
  name: "Meridian International Chamber of Commerce",
  industry: "International Trade And Development",
  businessType: "Chambers & Business Associations",
  solution: "Demonstrating ROI",
  outcome: "Correlate training to member outcomes.",
  sources: [
    "Learning platform (LMS) for courses",
    "Webinar tool for events",
    "Events system for conferences and business matchmaking",
    "Practice tasks (checklists, submissions, mentor reviews)",
    "CRM: member profiles, renewals, program sign-ups, event leads",
  ],
  caseStudy: "case-study-chamber-member-roi.txt",
};

export const VENDOR: TOrganisation = {
  key: "vendor",
  name: "Stackwell Software & Integration",
  industry: "Computer Software",
  businessType: "ISVs & System Integrators",
  solution: "Advanced Learning Analytics",
  outcome: "Prove impact via cycle time and defect trends.",
  sources: [
    "Storyline courses",
    "Hands-on code labs",
    "Peer sessions and review clinics",
    "Job aids and checklists next to the repo and pipeline",
    "Jira",
    "GitHub",
  ],
  caseStudy: "case-study-software-vendor-learning-analytics.txt",
};

export const ORGANISATIONS: Readonly<Record<TOrgKey, TOrganisation>> = {
  chamber: CHAMBER,
  vendor: VENDOR,
};
