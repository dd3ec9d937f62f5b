export { createTestLrs, makeStatement, BASE } from "./harness";
