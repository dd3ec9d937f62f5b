/**
 * @xroi/db/sql: the data layer without Prisma, for processes that only speak SQL (the LRS).
 * Importing the package root loads the Prisma client; importing this does not.
 */
export {
  openSqlDatabase,
  openConfiguredSqlDatabase,
  type TSqlDatabase,
  type TSqlOpenOptions,
} from "./sql-database";
export type { TSqlDriver, TSqlRunner } from "./migrate/types";
export { hashSecret, secretMatches } from "./secrets";
export { serverEnv } from "./env";
