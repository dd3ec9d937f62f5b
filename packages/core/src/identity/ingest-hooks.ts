import type { TSqlRunner } from "@xroi/db/sql";
import type { TIdentitySettings } from "@xroi/validators";
import { resolveActorIfis } from "./resolve-actors";
import { readIdentitySettings } from "./settings";

/** The shape packages/lrs passes to its ingest hooks (TIngestStatement), without importing it. */
type TIngest = { actorIfi: string; personId: string | null; resolvedBy: string | null };
type TContext = { tx: TSqlRunner };

/**
 * The LRS's resolveActors step: each statement's actor -> person. An actor the LRS already knows
 * keeps what lrs_actors says, resolved or not: every change to the mappings re-resolves stored
 * actors (resolveStoredActors), and the scheduled quality run re-resolves them all, so the
 * hot path asks the rules only about actors it has never seen. An actor no rule resolves is
 * stored unresolved and resolves later, when its mapping arrives. SQL only: this module is what
 * `xroi lrs serve` loads.
 */
export function identityIngestHooks(options: { settingsTtlMs?: number } = {}) {
  const ttl = options.settingsTtlMs ?? 30_000;
  let cached: { settings: TIdentitySettings; until: number } | undefined;
  const settingsOf = async (tx: TSqlRunner) => {
    if (!cached || cached.until < Date.now())
      cached = { settings: await readIdentitySettings(tx), until: Date.now() + ttl };
    return cached.settings;
  };
  return {
    async resolveActors(statements: TIngest[], ctx: TContext): Promise<void> {
      const ifis = [...new Set(statements.map((s) => s.actorIfi))];
      const known = await ctx.tx.query<{
        ifi: string;
        personId: string | null;
        rule: string | null;
      }>(
        `SELECT actor_ifi AS ifi, person_id::text AS "personId", resolved_by AS rule
           FROM lrs_actors WHERE actor_ifi = ANY($1::text[])`,
        [ifis],
      );
      const people = new Map<string, { personId: string | null; rule: string | null }>(
        known.map((k) => [k.ifi, { personId: k.personId, rule: k.rule }]),
      );
      const unknown = ifis.filter((ifi) => !people.has(ifi));
      if (unknown.length > 0) {
        const resolved = await resolveActorIfis(ctx.tx, unknown, await settingsOf(ctx.tx));
        for (const [ifi, r] of resolved) people.set(ifi, { personId: r.personId, rule: r.rule });
      }
      for (const s of statements) {
        const p = people.get(s.actorIfi);
        s.personId = p?.personId ?? null;
        s.resolvedBy = p?.rule ?? null;
      }
    },
    async minimise(): Promise<void> {
      // Consent and privacy rules fill this step when that area lands.
    },
  };
}
