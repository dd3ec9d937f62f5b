export {
  dryRunCsvImport,
  applyCsvImport,
  dryRunBatch,
  upsertBatch,
  listImports,
  IMPORT_LOCK_KEY,
} from "./import";
export { rowsFromCsv, rowsFromBatch, type TImportRow } from "./rows";
export { planImport, type TPlan } from "./plan";
