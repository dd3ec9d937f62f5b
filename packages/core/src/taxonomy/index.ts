// Roles and their required skills, learning assets, controlled vocabularies, coverage, enrichment.
export {
  createJobRole,
  updateJobRole,
  deleteJobRole,
  setRoleSkill,
  removeRoleSkill,
  roleMatrix,
} from "./roles";
export { createAsset, updateAsset, deleteAsset, listAssets, type TAsset } from "./assets";
export { listTags, createTag, renameTag, mergeTags, deleteTag, tagUsage } from "./tags";
export { bulkTagAssets } from "./bulk-tag";
export { coverageReport, type TCoverageReport } from "./coverage";
export { enrichActivities, type TActivityEnrichment } from "./enrich";
