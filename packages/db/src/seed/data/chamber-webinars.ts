import type { TChamberActivity } from "./chamber-learning";

// The chamber's 8 webinars and its practice tasks (checklists, submissions, mentor reviews), and
// the two pilot programs. The webinar on market entry is the case study's "follow-up session on
// market entry" that members attend after export readiness.

type TWebinarInput = Omit<TChamberActivity, "kind" | "format">;
const webinar = (w: TWebinarInput): TChamberActivity => ({
  kind: "webinar",
  format: "live_webinar",
  ...w,
});

export const CHAMBER_WEBINARS: readonly TChamberActivity[] = [
  webinar({
    key: "market-entry-follow-up",
    title: "Market entry follow-up: from plan to first buyer",
    topic: "Market entry",
    durationMinutes: 60,
    languages: ["en", "es"],
    regions: "all",
    skills: ["market-entry-research"],
    goals: ["program-uptake"],
    pilot: true,
  }),
  webinar({
    key: "trade-mission-briefing",
    title: "Trade mission briefing: what to prepare",
    topic: "Sales and leads",
    durationMinutes: 45,
    languages: ["en"],
    regions: ["Europe", "Middle East & Africa"],
    skills: ["trade-mission-preparation"],
    goals: ["program-uptake", "qualified-leads"],
  }),
  webinar({
    key: "tariff-changes-update",
    title: "Customs update: this quarter's tariff changes",
    topic: "Trade compliance",
    durationMinutes: 60,
    languages: ["en", "es"],
    regions: ["North America", "Latin America"],
    skills: ["customs-classification"],
    goals: ["compliance-quality"],
  }),
  webinar({
    key: "sanctions-update",
    title: "Sanctions update for exporters",
    topic: "Trade compliance",
    durationMinutes: 45,
    languages: ["en", "de"],
    regions: ["Europe"],
    skills: ["sanctions-screening"],
    goals: ["compliance-quality"],
  }),
  webinar({
    key: "ecommerce-payments-returns",
    title: "Cross-border e-commerce: payments and returns",
    topic: "Digital commerce",
    durationMinutes: 60,
    languages: ["en", "vi", "ja"],
    regions: ["Asia-Pacific"],
    skills: ["cross-border-ecommerce"],
    goals: ["qualified-leads"],
  }),
  webinar({
    key: "port-disruptions",
    title: "Supply chain disruptions: lessons from the ports",
    topic: "Supply chain resilience",
    durationMinutes: 60,
    languages: ["en"],
    regions: "all",
    skills: ["supply-chain-risk"],
    goals: ["compliance-quality"],
  }),
  webinar({
    key: "buyer-sustainability-expectations",
    title: "What buyers expect on sustainability",
    topic: "Sustainability",
    durationMinutes: 60,
    languages: ["en", "fr", "pt"],
    regions: ["Europe", "Latin America", "Middle East & Africa"],
    skills: ["sustainability-reporting"],
    goals: ["qualified-leads"],
  }),
  webinar({
    key: "ask-experts-export-finance",
    title: "Ask the experts: export finance",
    topic: "Export readiness",
    durationMinutes: 60,
    languages: ["en", "ar"],
    regions: ["Middle East & Africa", "Asia-Pacific"],
    skills: ["export-pricing-payment"],
    goals: ["qualified-leads"],
  }),
];

type TTaskInput = Omit<TChamberActivity, "kind" | "regions" | "languages">;
const task = (t: TTaskInput): TChamberActivity => ({
  kind: "practice_task",
  regions: "all",
  languages: ["en", "es", "fr", "ar"],
  ...t,
});

export const CHAMBER_PRACTICE_TASKS: readonly TChamberActivity[] = [
  task({
    key: "export-readiness-checklist",
    title: "Export readiness self-assessment checklist",
    topic: "Export readiness",
    format: "checklist",
    durationMinutes: 30,
    skills: ["export-readiness-assessment"],
    goals: ["program-uptake"],
  }),
  task({
    key: "export-plan-mentor-review",
    title: "Submit your export plan for mentor review",
    topic: "Export readiness",
    format: "mentor_review",
    durationMinutes: 90,
    skills: ["export-readiness-assessment", "market-entry-research"],
    goals: ["program-uptake"],
  }),
  task({
    key: "document-pack-dry-run",
    title: "Document pack dry run for your next shipment",
    topic: "Trade compliance",
    format: "submission",
    durationMinutes: 60,
    skills: ["export-documentation", "incoterms"],
    goals: ["compliance-quality"],
  }),
  task({
    key: "buyer-meeting-plan",
    title: "Buyer meeting plan for your next mission",
    topic: "Sales and leads",
    format: "mentor_review",
    durationMinutes: 45,
    skills: ["trade-mission-preparation", "lead-qualification"],
    goals: ["qualified-leads"],
  }),
];

/** "Pilot and scale: test on two or three programs": the two paths the demo pilots. */
export const CHAMBER_PILOT_PROGRAMS = [
  {
    key: "export-readiness-path",
    name: "Export readiness path",
    activities: ["export-readiness-101", "market-entry-follow-up", "export-readiness-checklist"],
    goals: ["program-uptake", "member-renewals"],
  },
  {
    key: "trade-mission-path",
    name: "Trade mission preparation path",
    activities: ["trade-mission-preparation", "trade-mission-briefing", "buyer-meeting-plan"],
    goals: ["qualified-leads", "program-uptake"],
  },
] as const;

/**
 * The verbs the chamber agreed on ("keep verbs simple and consistent"). IRIs are the LRS's
 * concern; the words are the case study's.
 */
export const CHAMBER_XAPI_VERBS = ["started", "completed", "passed", "attended"] as const;
