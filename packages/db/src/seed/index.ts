// @xroi/db/seed: the demo loader and the demo data set it is built from. A separate entry point
// so the app's runtime never bundles the demo data unless a command asks for it.
export { seedDemo } from "./demo";
export type { TDemoSeedOptions, TDemoSeedResult } from "./demo";
export * from "./data";
export { DEMO_PROGRAMS, upsertDemoPrograms } from "./ledger";
export {
  upsertDemoPeople,
  demoPeople,
  DEMO_CRM_ONLY_CONTACTS,
  DEMO_UNKNOWN_ENGINEERS,
} from "./people";
