import type { TSqlDriver } from "@xroi/db/sql";
import type { TLrsScope } from "@xroi/validators";
import type { TIngestHooks } from "../hooks/ingest-hooks";
import type { TXapiVersion } from "../xapi/versions";

export type TCredential = {
  id: string;
  key: string;
  name: string;
  scopes: TLrsScope[];
  /** The version its tool speaks: used to answer a request that names none. */
  xapiVersion: string;
};

/** Settings of one mounted LRS, with defaults filled in (see createLrsHandler). */
export type TLrsSettings = {
  sql: TSqlDriver;
  basePath: string;
  /** Where the LRS is reachable from outside; the authority's account homePage. */
  publicUrl: string;
  maxBodyBytes: number;
  hooks: TIngestHooks;
  activityCache: Map<string, string>;
};

/** One authenticated xAPI request, after the Alternate Request Syntax (1.0.3) is unwrapped. */
export type TLrsContext = {
  settings: TLrsSettings;
  version: TXapiVersion;
  credential: TCredential;
  method: string;
  params: URLSearchParams;
  headers: Headers;
  body: Uint8Array;
};
