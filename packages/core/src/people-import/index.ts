export {
  dryRunCsvImport,
  applyCsvImport,
  upsertBatch,
  listImports,
  IMPORT_LOCK_KEY,
} from "./import";
export { rowsFromCsv, rowsFromBatch, type TImportRow } from "./rows";
export { planImport, type TPlan } from "./plan";
