import type { TChamberOutcomeEvent } from "./chamber-goals";
import type { TVendorOutcomeEvent } from "./vendor-metrics";

// The outcome vocabulary: the outcome events each organisation's goals are measured by, as tags
// an asset carries when it aims at that outcome.

export const CHAMBER_OUTCOME_TAGS: Record<
  TChamberOutcomeEvent,
  { label: string; description: string }
> = {
  renewal: {
    label: "Membership renewal",
    description: "A member pays for the next membership year.",
  },
  program_signup: {
    label: "Program sign-up",
    description: "A confirmed enrolment in a trade mission or an accelerator program.",
  },
  qualified_lead: {
    label: "Qualified lead",
    description:
      "An event or mission contact that meets the agreed definition, recorded in the CRM.",
  },
  opportunity_amount: {
    label: "Opportunity amount",
    description: "The value of the sales opportunity a qualified lead opens.",
  },
  documentation_error: {
    label: "Documentation error",
    description: "A shipment held or corrected because of a documentation error.",
  },
  shipment_cleared: {
    label: "Shipment cleared",
    description: "A shipment that cleared customs without a hold.",
  },
};

/** The vendor's outcomes, by the goal an asset is tagged with. */
export const VENDOR_OUTCOME_TAGS: Record<
  string,
  { event: TVendorOutcomeEvent; label: string; description: string }
> = {
  "Faster pull request cycle time": {
    event: "pr_merged",
    label: "Pull request merged",
    description: "A pull request merged; its cycle time runs from opening to merge.",
  },
  "Fewer escaped defects": {
    event: "defect_found_after_release",
    label: "Defect found after release",
    description: "A defect reported against released code.",
  },
};
