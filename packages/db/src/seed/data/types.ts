// Shapes of the demo data set. Plain types, so the data modules stay constants that any package
// (core, ui, tests) can read without touching a database.

/** ISO 4217 code. Both case studies price in US dollars; the type leaves room for member currencies. */
export type TCurrencyCode = "USD" | "EUR" | "GBP";

/** Exact money: integer minor units (cents for USD), never a binary float. */
export type TMoney = { amountMinor: number; currency: TCurrencyCode };

/** The two organisations whose case studies the demo reproduces. */
export type TOrgKey = "chamber" | "vendor";

export type TOrganisation = {
  key: TOrgKey;
  name: string;
  industry: string;
  businessType: string;
  solution: string;
  /** The outcome line of the case study, verbatim. */
  outcome: string;
  /** Where learning and outcome signals come from; one person/member ID links them. */
  sources: readonly string[];
  /** The seeds/ file the data is drawn from. */
  caseStudy: string;
};

/** A skill as the skill map stores it; `key` is the stable slug other data modules refer to. */
export type TSkillSeed = {
  key: string;
  org: TOrgKey;
  name: string;
  description: string;
  category: string;
};

// --- Cost tables -------------------------------------------------------------------------------

/** What kind of spend a line is; the ledger reports people time apart from tools. */
export type TCostCategory =
  "labour" | "subscription" | "licence" | "infrastructure" | "opportunity_cost";

/** When in the programme the cost falls (the case studies' effort and timeline notes). */
export type TCostPhase = "discovery" | "design" | "build" | "pilot" | "rollout" | "operate";

export type TCostUnit = "hour" | "month" | "user_month";

export type TCostLine = {
  key: string;
  /** The "Cost Component" cell, verbatim. */
  component: string;
  /** The case study's bullet heading that explains the line. */
  group: string;
  category: TCostCategory;
  phase: TCostPhase;
  /** Recurring lines are billed per period (the unit); one-time lines are effort for a phase. */
  recurrence: "one_time" | "recurring";
  /** Marked "(If Needed)", "(If Applicable)" or "(Optional)" in the table. */
  optional: boolean;
  /** The rate is flagged as an assumption ("assumption", "assumed", "assumed loaded"). */
  assumedRate: boolean;
  rate: TMoney;
  rateUnit: TCostUnit;
  /** The "Unit Cost/Rate" cell, verbatim. */
  rateText: string;
  quantity: number;
  /** The "Volume/Amount" cell, verbatim. */
  volumeText: string;
  /** The "Calculated Cost" cell, as stated. */
  amount: TMoney;
};

export type TCostTable = {
  org: TOrgKey;
  title: string;
  /** The scenario the estimate assumes, in the case study's words. */
  scope: string;
  currency: TCurrencyCode;
  lines: readonly TCostLine[];
  totalLabel: string;
  /** The total row as printed; tests hold the lines to it, to the cent. */
  statedTotal: TMoney;
};

/** Whole US dollars (every figure in both tables is whole) as exact cents. */
export function wholeUsd(dollars: number): TMoney {
  if (!Number.isSafeInteger(dollars)) throw new RangeError(`not a whole dollar amount: ${dollars}`);
  return { amountMinor: dollars * 100, currency: "USD" };
}
