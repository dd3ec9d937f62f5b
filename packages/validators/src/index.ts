export * from "./roles";
export * from "./skills";
export * from "./users";
export * from "./errors";
export * from "./ledger";
export * from "./ledger-columns";
export * from "./taxonomy";
export * from "./framework-import";
