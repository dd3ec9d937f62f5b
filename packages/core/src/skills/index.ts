// The skill map: frameworks with proficiency scales, skills in a tree, behaviours per level.
export { listFrameworks, createFramework, updateFramework } from "./frameworks";
export { listFrameworkVersions } from "./framework-versions";
export { listSkills, getSkill, skillUsage } from "./list-skills";
export { createSkill, updateSkill, deleteSkill } from "./change-skills";
export {
  previewFrameworkImport,
  applyFrameworkImport,
  progressReporter,
  watchImportProgress,
} from "./import";
export { exportFramework } from "./export";
