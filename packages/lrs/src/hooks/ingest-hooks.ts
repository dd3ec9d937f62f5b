import type { TSqlRunner } from "@xroi/db/sql";
import type { TXapiVersion } from "../xapi/versions";

type TJson = Record<string, unknown>;

/** A statement on its way into the store, after validation, before its index rows are drawn. */
export type TIngestStatement = {
  statement: TJson;
  /** The actor's IFI as sent (see xapi/ifi.ts), for resolving it. */
  actorIfi: string;
  /** The person the actor resolved to through the ID mappings, or null while unresolved. */
  personId: string | null;
  /** The rule that resolved it (for lrs_actors.resolved_by). */
  resolvedBy: string | null;
};

export type TIngestContext = {
  /** The ingest transaction: a hook's reads and writes land with the statements or not at all. */
  tx: TSqlRunner;
  credentialId: string;
  version: TXapiVersion;
};

/**
 * The two steps every write passes through, in this order, inside the one ingest path
 * (storeStatements), so no statement can skip them:
 * 1. resolveActors: actor -> person through the ID mappings (sees the actor as sent);
 * 2. minimise: drop or mask fields the consent rules do not allow to keep.
 * Index rows and columns are drawn from the statement after both steps.
 */
export type TIngestHooks = {
  resolveActors(statements: TIngestStatement[], ctx: TIngestContext): Promise<void>;
  minimise(statements: TIngestStatement[], ctx: TIngestContext): Promise<void>;
};

/**
 * Leaves every statement as it is: for tests and tools that store statements without the ID
 * mappings (the web app and `xroi lrs serve` pass core's identityIngestHooks).
 */
export const passThroughHooks: TIngestHooks = {
  async resolveActors() {},
  async minimise() {},
};
