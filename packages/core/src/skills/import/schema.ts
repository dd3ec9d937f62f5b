// The input schema lives in validators (the import wizard and the router share it).
export {
  ZFrameworkImportSchema,
  ZFrameworkImportFileSchema,
  FRAMEWORK_IMPORT_FORMATS,
  type TFrameworkImportInput,
  type TFrameworkImport,
} from "@xroi/validators";
