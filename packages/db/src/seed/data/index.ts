// The demo data set, as typed constants. seedDemo writes the parts today's schema has tables for:
// the users, both skill maps (frameworks, roles, courses and webinars as learning assets, goals,
// vocabularies) and the cost ledger's programs. Members, contacts, teams, cohorts and outcome
// metrics wait here for the areas that store them (identity, outcomes).
import { CHAMBER_SKILLS } from "./chamber-skills";
import type { TSkillSeed } from "./types";
import { VENDOR_SKILLS } from "./vendor-skills";

export * from "./types";
export * from "./organisations";
export * from "./demo-users";
export * from "./chamber-members";
export * from "./chamber-contacts";
export * from "./chamber-learning";
export * from "./chamber-webinars";
export * from "./chamber-goals";
export * from "./chamber-skills";
export * from "./chamber-costs";
export * from "./chamber-segments";
export * from "./outcome-tags";
export * from "./vendor-roles";
export * from "./vendor-skills";
export * from "./vendor-teams";
export * from "./vendor-practice";
export * from "./vendor-metrics";
export * from "./vendor-costs";

/** Every skill of both organisations, in the order the skill map lists them. */
export const DEMO_SKILLS: readonly TSkillSeed[] = [...CHAMBER_SKILLS, ...VENDOR_SKILLS];
