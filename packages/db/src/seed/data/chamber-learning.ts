import type { TChamberRegion, TLanguage } from "./chamber-members";

// The chamber's catalogue: 20 courses and 8 webinars (the volume the case study's cost estimate
// instruments) plus practice tasks, on the case study's topics. Titles, durations and languages are
// the demo's. The pilot flags follow the 60-day plan ("Turn on xAPI for two courses and one
// webinar"); one onboarding course is left untagged on purpose, as the case study notes courses
// "were not always tagged to skills or goals", so the coverage-gap screen has something to find.

export type TChamberTopic =
  | "Onboarding"
  | "Export readiness"
  | "Trade compliance"
  | "Market entry"
  | "Sales and leads"
  | "Digital commerce"
  | "Supply chain resilience"
  | "Sustainability";

export type TLearningFormat = "self_paced" | "live_workshop" | "blended" | "live_webinar";

export type TChamberActivity = {
  key: string;
  kind: "course" | "webinar" | "practice_task";
  title: string;
  topic: TChamberTopic;
  format: TLearningFormat | "checklist" | "submission" | "mentor_review";
  durationMinutes: number;
  languages: readonly TLanguage[];
  /** Where it is offered; webinars are scheduled for one region's time zones. */
  regions: readonly TChamberRegion[] | "all";
  skills: readonly string[];
  goals: readonly string[];
  /** The skill badge a pass earns, a near signal for qualified leads. */
  badge?: string;
  /** Instrumented first, in the 60-day pilot. */
  pilot?: boolean;
};

/** xAPI activity IRIs: stable, so statements sent by any tool land on the same activity. */
export function chamberActivityIri(activity: Pick<TChamberActivity, "kind" | "key">): string {
  return `https://demo.xroi.local/xapi/activities/chamber/${activity.kind}/${activity.key}`;
}

const ALL_LANGS: readonly TLanguage[] = ["en", "es", "fr", "ar"];

type TCourseInput = Omit<TChamberActivity, "kind" | "regions"> & {
  regions?: TChamberActivity["regions"];
};
const course = (c: TCourseInput): TChamberActivity => ({ kind: "course", regions: "all", ...c });

export const CHAMBER_COURSES: readonly TChamberActivity[] = [
  course({
    key: "welcome-first-90-days",
    title: "Welcome to the Chamber: your first 90 days",
    topic: "Onboarding",
    format: "self_paced",
    durationMinutes: 25,
    languages: ALL_LANGS,
    skills: [],
    goals: [],
  }),
  course({
    key: "export-plan-in-a-day",
    title: "Your export plan in a day",
    topic: "Onboarding",
    format: "blended",
    durationMinutes: 240,
    languages: ALL_LANGS,
    skills: ["export-readiness-assessment"],
    goals: ["member-renewals", "program-uptake"],
  }),
  course({
    key: "export-readiness-101",
    title: "Export Readiness 101",
    topic: "Export readiness",
    format: "self_paced",
    durationMinutes: 90,
    languages: ["en", "es", "fr", "pt", "ar"],
    skills: ["export-readiness-assessment"],
    goals: ["program-uptake", "member-renewals"],
    badge: "Export Ready",
    pilot: true,
  }),
  course({
    key: "pricing-for-export",
    title: "Pricing for export markets",
    topic: "Export readiness",
    format: "self_paced",
    durationMinutes: 60,
    languages: ["en", "es"],
    skills: ["export-pricing-payment"],
    goals: ["qualified-leads"],
  }),
  course({
    key: "getting-paid-trade-finance",
    title: "Getting paid: letters of credit and trade finance",
    topic: "Export readiness",
    format: "live_workshop",
    durationMinutes: 120,
    languages: ["en"],
    skills: ["export-pricing-payment"],
    goals: ["qualified-leads"],
  }),
  course({
    key: "export-documentation",
    title: "Export documentation without errors",
    topic: "Trade compliance",
    format: "self_paced",
    durationMinutes: 75,
    languages: ["en", "es", "fr", "pt"],
    skills: ["export-documentation"],
    goals: ["compliance-quality"],
    badge: "Documentation Pro",
  }),
  course({
    key: "hs-classification",
    title: "HS classification in practice",
    topic: "Trade compliance",
    format: "self_paced",
    durationMinutes: 60,
    languages: ["en", "es", "fr"],
    skills: ["customs-classification"],
    goals: ["compliance-quality"],
  }),
  course({
    key: "rules-of-origin",
    title: "Rules of origin and free trade agreements",
    topic: "Trade compliance",
    format: "blended",
    durationMinutes: 180,
    languages: ["en", "es"],
    regions: ["Europe", "Latin America", "Asia-Pacific"],
    skills: ["rules-of-origin"],
    goals: ["compliance-quality"],
  }),
  course({
    key: "incoterms-for-sales",
    title: "Incoterms for sales teams",
    topic: "Trade compliance",
    format: "self_paced",
    durationMinutes: 45,
    languages: ["en", "es", "fr", "de", "ar"],
    skills: ["incoterms"],
    goals: ["compliance-quality"],
  }),
  course({
    key: "sanctions-export-controls",
    title: "Sanctions and export controls essentials",
    topic: "Trade compliance",
    format: "self_paced",
    durationMinutes: 50,
    languages: ["en", "de", "ja"],
    skills: ["sanctions-screening"],
    goals: ["compliance-quality"],
    badge: "Compliance Ready",
  }),
  course({
    key: "choosing-first-market",
    title: "Choosing your first export market",
    topic: "Market entry",
    format: "self_paced",
    durationMinutes: 60,
    languages: ALL_LANGS,
    skills: ["market-entry-research"],
    goals: ["program-uptake"],
  }),
  course({
    key: "agents-and-distributors",
    title: "Working with agents and distributors",
    topic: "Market entry",
    format: "live_workshop",
    durationMinutes: 150,
    languages: ["en", "es"],
    skills: ["distributor-selection"],
    goals: ["qualified-leads"],
  }),
  course({
    key: "pitching-to-buyers",
    title: "Pitching to international buyers",
    topic: "Sales and leads",
    format: "live_workshop",
    durationMinutes: 180,
    languages: ["en", "es", "fr"],
    skills: ["buyer-pitching"],
    goals: ["qualified-leads"],
    badge: "Buyer Pitch",
  }),
  course({
    key: "trade-mission-preparation",
    title: "Trade mission preparation",
    topic: "Sales and leads",
    format: "blended",
    durationMinutes: 120,
    languages: ["en", "es", "fr", "ar"],
    skills: ["trade-mission-preparation"],
    goals: ["program-uptake", "qualified-leads"],
    badge: "Mission Ready",
    pilot: true,
  }),
  course({
    key: "meeting-to-qualified-lead",
    title: "From event meeting to qualified lead",
    topic: "Sales and leads",
    format: "self_paced",
    durationMinutes: 40,
    languages: ALL_LANGS,
    skills: ["lead-qualification"],
    goals: ["qualified-leads"],
  }),
  course({
    key: "negotiating-across-cultures",
    title: "Negotiating across cultures",
    topic: "Sales and leads",
    format: "live_workshop",
    durationMinutes: 180,
    languages: ["en"],
    skills: ["cross-cultural-negotiation"],
    goals: ["qualified-leads"],
  }),
  course({
    key: "selling-cross-border-online",
    title: "Selling cross-border online",
    topic: "Digital commerce",
    format: "self_paced",
    durationMinutes: 90,
    languages: ["en", "es", "pt", "vi"],
    skills: ["cross-border-ecommerce"],
    goals: ["qualified-leads"],
  }),
  course({
    key: "international-digital-marketing",
    title: "International digital marketing basics",
    topic: "Digital commerce",
    format: "self_paced",
    durationMinutes: 60,
    languages: ["en", "es", "fr"],
    skills: ["international-digital-marketing"],
    goals: ["qualified-leads"],
  }),
  course({
    key: "resilient-supply-chain",
    title: "Building a resilient supply chain",
    topic: "Supply chain resilience",
    format: "blended",
    durationMinutes: 150,
    languages: ["en", "es", "tr"],
    skills: ["supply-chain-risk", "supply-continuity"],
    goals: ["compliance-quality"],
  }),
  course({
    key: "sustainability-reporting",
    title: "Sustainability reporting for exporters",
    topic: "Sustainability",
    format: "self_paced",
    durationMinutes: 75,
    languages: ["en", "es", "fr", "pt"],
    skills: ["sustainability-reporting"],
    goals: ["program-uptake"],
  }),
];
