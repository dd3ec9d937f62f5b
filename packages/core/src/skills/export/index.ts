export { exportFramework } from "./export-framework";
export type { TFrameworkExport, TFrameworkExportFile } from "./export-framework";
export {
  escoFiles,
  genericCsvFile,
  jsonFile,
  ESCO_HEADERS,
  ESCO_FILE_NAMES,
} from "./framework-files";
export type { TExportConcept } from "./framework-files";
