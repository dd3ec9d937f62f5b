import type { TSkillSeed } from "./types";

// The skills member companies build in the chamber's courses, webinars and practice tasks, from the
// case study's topics: export readiness, trade compliance, market entry, digital commerce, supply
// chain resilience, sustainability, and turning event meetings into qualified leads. The last three
// are the chamber staff's own skills (onboarding, renewal risk, reading the ROI views).

function skill(key: string, category: string, name: string, description: string): TSkillSeed {
  return { key, org: "chamber", category, name, description };
}

export const CHAMBER_SKILLS: readonly TSkillSeed[] = [
  skill(
    "export-readiness-assessment",
    "Export readiness",
    "Export readiness assessment",
    "Judges whether the company's product, capacity, finances and team are ready to sell abroad, and writes a first export plan with target markets and milestones.",
  ),
  skill(
    "export-pricing-payment",
    "Export readiness",
    "Export pricing and payment terms",
    "Builds a landed-cost price for a foreign buyer and chooses payment terms (advance, open account, letter of credit) that match the risk of the deal.",
  ),
  skill(
    "export-documentation",
    "Trade compliance",
    "Export documentation",
    "Prepares commercial invoices, packing lists, certificates of origin and transport documents correctly first time, so shipments clear without documentation errors.",
  ),
  skill(
    "customs-classification",
    "Trade compliance",
    "Customs classification (HS codes)",
    "Classifies products under the Harmonized System and checks the duty and licensing consequences in the destination market before quoting.",
  ),
  skill(
    "rules-of-origin",
    "Trade compliance",
    "Rules of origin and preferential tariffs",
    "Works out whether a product qualifies for preferential duty under a trade agreement and keeps the supplier declarations that prove it.",
  ),
  skill(
    "incoterms",
    "Trade compliance",
    "Incoterms and delivery terms",
    "Chooses the Incoterms rule that matches who pays for and insures each leg of the shipment, and writes it into quotes and contracts consistently.",
  ),
  skill(
    "sanctions-screening",
    "Trade compliance",
    "Sanctions and export control screening",
    "Screens buyers, end users and destinations against sanctions lists and checks whether a dual-use licence is needed before an order is accepted.",
  ),
  skill(
    "market-entry-research",
    "Market entry",
    "Market entry research",
    "Shortlists target markets from trade data, tariffs, demand and competition, and picks an entry route (direct, agent, distributor, marketplace) with reasons.",
  ),
  skill(
    "distributor-selection",
    "Market entry",
    "Agent and distributor selection",
    "Finds, vets and contracts foreign agents or distributors, with clear territories, targets and exit terms.",
  ),
  skill(
    "buyer-pitching",
    "Sales",
    "Pitching to international buyers",
    "Gives a short, buyer-specific pitch with proof points, pricing and next steps, adapted to the buyer's market and language.",
  ),
  skill(
    "trade-mission-preparation",
    "Sales",
    "Trade mission preparation",
    "Sets meeting goals before a trade mission or matchmaking event, researches each buyer, and brings samples, price lists and documents ready to use.",
  ),
  skill(
    "lead-qualification",
    "Sales",
    "Qualifying leads after events",
    "Follows up event and mission meetings within a week, qualifies each contact against the agreed definition of a qualified lead, and records it in the CRM.",
  ),
  skill(
    "cross-cultural-negotiation",
    "Sales",
    "Cross-cultural negotiation",
    "Plans and runs negotiations with partners from other business cultures: decision styles, timing, concessions and written follow-up.",
  ),
  skill(
    "cross-border-ecommerce",
    "Digital commerce",
    "Cross-border e-commerce",
    "Sells online to customers abroad: marketplace listings, international payments, duties at checkout, returns and consumer rules per market.",
  ),
  skill(
    "international-digital-marketing",
    "Digital commerce",
    "International digital marketing",
    "Localises web content, search and social campaigns for a target market and measures which channels bring qualified enquiries.",
  ),
  skill(
    "supply-chain-risk",
    "Supply chain",
    "Supply chain risk mapping",
    "Maps critical suppliers, routes and single points of failure, and rates each by likelihood and impact on delivery to foreign customers.",
  ),
  skill(
    "supply-continuity",
    "Supply chain",
    "Supplier diversification and continuity planning",
    "Qualifies alternative suppliers and routes and keeps a tested continuity plan for disruptions at ports, borders or key suppliers.",
  ),
  skill(
    "sustainability-reporting",
    "Sustainability",
    "Sustainability reporting for exporters",
    "Measures and reports the product's environmental footprint and supply chain practices in the form foreign buyers and regulators ask for.",
  ),
  skill(
    "member-onboarding",
    "Member services",
    "Member onboarding",
    "Guides a new member company from the first onboarding call to its first course, first event and first lead, starting with the two courses that most reduce renewal risk.",
  ),
  skill(
    "renewal-risk-outreach",
    "Member services",
    "Renewal risk outreach",
    "Spots members whose engagement has dropped before renewal and offers a short set of targeted lessons and events that turn engagement around.",
  ),
  skill(
    "roi-data-literacy",
    "Member services",
    "Data literacy for ROI reviews",
    "Reads the cohort dashboards in the monthly review: pre and post windows, like-for-like cohorts, small-group caveats, and the shared glossary of outcome definitions.",
  ),
];
