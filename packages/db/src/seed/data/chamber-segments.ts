import type { TSkillLevel } from "./vendor-roles";

// The chamber's member segments: the groups of member companies it plans learning for, each with
// the skills its courses should build. The case study describes its members (first-time exporters
// to large manufacturers, event-goers, online sellers) but names no segments: these are the demo's.

export type TSegmentSkill = { skill: string; targetLevel: TSkillLevel; isEssential: boolean };
export type TChamberSegment = {
  name: string;
  description: string;
  skills: readonly TSegmentSkill[];
};

const need = (skill: string, targetLevel: TSkillLevel, isEssential = true): TSegmentSkill => ({
  skill,
  targetLevel,
  isEssential,
});

export const CHAMBER_SEGMENTS: readonly TChamberSegment[] = [
  {
    name: "New exporters",
    description:
      "Member companies in their first two years of selling abroad, mostly micro and small firms.",
    skills: [
      need("export-readiness-assessment", 2),
      need("export-pricing-payment", 2),
      need("export-documentation", 2),
      need("incoterms", 2),
      need("market-entry-research", 1, false),
    ],
  },
  {
    name: "Established exporters",
    description:
      "Members selling in several markets who now need compliance depth and resilient supply.",
    skills: [
      need("rules-of-origin", 3),
      need("sanctions-screening", 3),
      need("distributor-selection", 3),
      need("supply-continuity", 3),
      need("sustainability-reporting", 2, false),
    ],
  },
  {
    name: "Trade mission participants",
    description: "Members who join missions and matchmaking events to meet foreign buyers.",
    skills: [
      need("trade-mission-preparation", 3),
      need("buyer-pitching", 3),
      need("lead-qualification", 3),
      need("cross-cultural-negotiation", 2, false),
    ],
  },
  {
    name: "Online sellers",
    description: "Members who sell to consumers abroad through marketplaces and their own shops.",
    skills: [need("cross-border-ecommerce", 3), need("international-digital-marketing", 2)],
  },
];
