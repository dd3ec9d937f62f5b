// Browser-safe: types and the transformer only, no server code.
export type { AppRouter } from "./root";
export { default as transformer } from "superjson";
