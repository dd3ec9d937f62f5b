// The chamber's business goals: the "short list that matters" from the case study (renewals,
// program sign-ups, qualified leads, fewer compliance errors), each with a plain definition, the
// if-then claim it tests, and the finding the case study reports. The case study says the teams
// agreed definitions but does not print them: the definitions' wording (and its 30/90-day windows)
// is the demo's; hypotheses and findings are the case study's.

/** Outcome events the CRM, event apps and shipment records feed in (see DESIGN.md, data flow 3). */
export type TChamberOutcomeEvent =
  | "renewal"
  | "program_signup"
  | "qualified_lead"
  | "opportunity_amount"
  | "documentation_error"
  | "shipment_cleared";

export type TGoalMetric = {
  key: string;
  name: string;
  unit: "percent" | "days" | "count" | "ratio" | "usd";
  /** Which way is better. */
  direction: "increase" | "decrease";
};

export type TChamberGoal = {
  key: string;
  name: string;
  /** The agreed plain-language definition, so "a lead" means the same thing to every team. */
  definition: string;
  owner: "Membership" | "Events" | "Programs" | "L&D" | "Finance";
  outcomeEvents: readonly TChamberOutcomeEvent[];
  metrics: readonly TGoalMetric[];
  /** Quick signs of progress after training (near signals). */
  nearSignals: readonly string[];
  /** The testable if-then claim. */
  hypothesis: string;
  /** What the case study saw once the data was joined. */
  finding: string;
};

export const CHAMBER_GOALS: readonly TChamberGoal[] = [
  {
    key: "member-renewals",
    name: "Member renewals",
    definition:
      "A member company renews when it pays for the next membership year by its renewal date. A member is at renewal risk when it has had no course, webinar or event activity in the 90 days before that date.",
    owner: "Membership",
    outcomeEvents: ["renewal"],
    metrics: [
      { key: "renewal-rate", name: "Renewal rate", unit: "percent", direction: "increase" },
      {
        key: "at-risk-share",
        name: "Members at renewal risk",
        unit: "percent",
        direction: "decrease",
      },
    ],
    nearSignals: ["Core onboarding courses completed in the first months", "First event attended"],
    hypothesis:
      "If a new member completes the core onboarding courses in its first months, it is more likely to renew.",
    finding:
      "Members who took core onboarding courses in their first months were more likely to renew; for members at risk, a short set of targeted lessons often turned engagement around.",
  },
  {
    key: "program-uptake",
    name: "Program uptake",
    definition:
      "A program uptake is a member company's confirmed enrolment in a trade mission or an accelerator program, recorded in the CRM when the place is paid for or confirmed.",
    owner: "Programs",
    outcomeEvents: ["program_signup"],
    metrics: [
      {
        key: "mission-enrolment-rate",
        name: "Trade mission and accelerator enrolment",
        unit: "percent",
        direction: "increase",
      },
      {
        key: "days-to-first-enrolment",
        name: "Days from joining to first program enrolment",
        unit: "days",
        direction: "decrease",
      },
    ],
    nearSignals: ["Export readiness completed", "Follow-up market entry webinar attended"],
    hypothesis:
      "If a member completes export readiness and the follow-up webinar, it joins a trade mission sooner.",
    finding:
      "Completion of export readiness and a follow-up webinar was linked to higher enrollment in trade missions and accelerators.",
  },
  {
    key: "qualified-leads",
    name: "Qualified leads",
    definition:
      "A qualified lead is a buyer or partner met at an event or trade mission who has a stated need, a budget owner and a follow-up meeting agreed within 30 days, logged in the CRM by the member or chamber staff.",
    owner: "Events",
    outcomeEvents: ["qualified_lead", "opportunity_amount"],
    metrics: [
      {
        key: "days-to-first-qualified-lead",
        name: "Days to first qualified lead",
        unit: "days",
        direction: "decrease",
      },
      {
        key: "post-event-conversion",
        name: "Qualified leads per event meeting",
        unit: "ratio",
        direction: "increase",
      },
      {
        key: "cost-per-qualified-lead",
        name: "Cost per qualified lead",
        unit: "usd",
        direction: "decrease",
      },
    ],
    nearSignals: ["Skill badge earned", "Buyer meeting plan submitted for mentor review"],
    hypothesis:
      "If a member earns the buyer pitch and mission-ready badges, it reaches its first qualified lead sooner.",
    finding:
      "Earning specific skill badges showed a clear tie to faster time to first qualified lead and better conversion after events; cost per lead dropped for programs backed by strong learning paths.",
  },
  {
    key: "compliance-quality",
    name: "Fewer compliance errors",
    definition:
      "A documentation error is a shipment held, returned or fined because an export document was missing or wrong. Time to export runs from the order to the shipment clearing customs.",
    owner: "Programs",
    outcomeEvents: ["documentation_error", "shipment_cleared"],
    metrics: [
      {
        key: "documentation-errors-per-100",
        name: "Documentation errors per 100 shipments",
        unit: "ratio",
        direction: "decrease",
      },
      {
        key: "days-to-export",
        name: "Days from order to cleared shipment",
        unit: "days",
        direction: "decrease",
      },
    ],
    nearSignals: ["Compliance modules passed", "Document pack dry run reviewed"],
    hypothesis:
      "If a member finishes the compliance modules, it makes fewer documentation errors and clears shipments faster.",
    finding:
      "Members who finished compliance modules made fewer documentation errors and moved shipments through faster.",
  },
  {
    key: "engagement-quality",
    name: "Engagement quality",
    definition:
      "A member is engaged across formats when, within one quarter, it has completed a course, attended a webinar and submitted a practice task.",
    owner: "L&D",
    outcomeEvents: [],
    metrics: [
      {
        key: "multi-touch-share",
        name: "Members with course, webinar and practice in a quarter",
        unit: "percent",
        direction: "increase",
      },
    ],
    nearSignals: ["Practice task submitted", "Mentor review received"],
    hypothesis:
      "If a member mixes a course, a webinar and practice tasks, its outcomes are stronger than after a single touch.",
    finding:
      "A mix of course, webinar, and practice tasks outperformed a single touch; the more members practiced, the stronger the results.",
  },
];

/** Key moments of the member journey the team charted. */
export const CHAMBER_MEMBER_JOURNEY = [
  "Onboarding",
  "First course",
  "First event",
  "First lead",
  "Renewal",
] as const;

/** The monthly review's rule: "If a path lifts renewal by five points, expand it. If not, fix or retire it." */
export const CHAMBER_DECISION_RULE = {
  goal: "member-renewals",
  metric: "renewal-rate",
  liftPercentagePoints: 5,
  ifMet: "expand",
  ifNotMet: "fix or retire",
  cadence: "monthly",
  reviewers: ["L&D", "Membership", "Events", "Finance"],
} as const;
