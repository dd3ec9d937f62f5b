export { searchPeople } from "./search";
export { getPerson, learningSummary } from "./person-detail";
export { createPerson, updatePerson, listOrganizations } from "./edit-person";
export { addIdentifier, removeIdentifier, verifyIdentifier } from "./identifiers";
export { mergePeople, previewMerge, clashesOf, SINGLE_VALUED_SYSTEMS, type TMoved } from "./merge";
export { undoMerge, undoBlocker } from "./undo-merge";
export { splitPerson } from "./split";
export { findCandidates, listCandidates, dismissCandidate, CANDIDATE_SCORES } from "./candidates";
export { getMatchSettings, updateMatchSettings } from "./match-settings";
