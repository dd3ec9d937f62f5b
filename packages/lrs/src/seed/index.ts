// @xroi/lrs/seed: the demo statements, loaded by `xroi db seed --demo` and `xroi serve --demo`.
// A separate entry point so the LRS itself never loads the demo data.
export {
  seedDemoStatements,
  demoStatements,
  DEMO_TOOL_NAME,
  DEMO_UNMAPPED_ACTIVITY,
} from "./demo-statements";
