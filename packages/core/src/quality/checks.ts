import type { TQualityCheck } from "@xroi/validators";
import { identifiersClaimedTwice } from "./claimed-twice";
import { duplicatePeople, peopleWithoutCrmId } from "./people-checks";
import { implausibleTimestamps, outOfRangeScores } from "./statement-checks";
import type { TCheck } from "./types";
import { unmappedActors } from "./unmapped-actors";

/** Every check, in the order the page shows them (QUALITY_CHECKS). */
export const CHECKS: Record<TQualityCheck, TCheck> = {
  unmapped_actors: unmappedActors,
  people_without_crm_id: peopleWithoutCrmId,
  duplicate_people: duplicatePeople,
  identifiers_claimed_twice: identifiersClaimedTwice,
  out_of_range_scores: outOfRangeScores,
  implausible_timestamps: implausibleTimestamps,
};
