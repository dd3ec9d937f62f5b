import { lrs } from "@xroi/core";
import type { TDatabase } from "@xroi/db";
import type { TLrsScope } from "@xroi/validators";
import { createLrsHandler, type TLrsOptions } from "../handler";
import { passThroughHooks } from "../hooks/ingest-hooks";

export const BASE = "http://lrs.test/xapi";

export type TCallOptions = {
  body?: unknown;
  /** Raw body bytes or text, sent as they are (with contentType). */
  raw?: Uint8Array | string;
  contentType?: string;
  headers?: Record<string, string>;
  version?: string | null;
  auth?: string | null;
};

/** An LRS handler on a test database with a credential, and a small client for it. */
export async function createTestLrs(
  db: TDatabase,
  options: Partial<TLrsOptions> & { scopes?: TLrsScope[] } = {},
) {
  const handler = createLrsHandler({
    db,
    credentialCacheMs: 0,
    hooks: passThroughHooks,
    ...options,
  });
  async function credential(scopes: TLrsScope[] = ["all"], name = "test tool") {
    const created = await lrs.createCredential(db.prisma, null, { name, scopes });
    return {
      ...created,
      auth: `Basic ${Buffer.from(`${created.key}:${created.secret}`).toString("base64")}`,
    };
  }
  const main = await credential(options.scopes ?? ["all"]);
  async function call(method: string, path: string, o: TCallOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...o.headers };
    if (o.version !== null) headers["X-Experience-API-Version"] = o.version ?? "2.0.0";
    if (o.auth !== null) headers.Authorization = o.auth ?? main.auth;
    let body: BodyInit | undefined;
    if (o.raw !== undefined) {
      body = typeof o.raw === "string" ? o.raw : Buffer.from(o.raw);
      headers["Content-Type"] = o.contentType ?? "application/json";
    } else if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers["Content-Type"] = o.contentType ?? "application/json";
    }
    return handler(new Request(`${BASE}${path}`, { method, headers, body }));
  }
  const json = async <T = unknown>(res: Response) => (await res.json()) as T;
  return { handler, call, json, credential, main };
}

let counter = 0;
/** A valid statement with a unique actor, verb and activity unless overridden. */
export function makeStatement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  const n = `${Date.now().toString(36)}-${counter}`;
  return {
    actor: { objectType: "Agent", name: `Learner ${n}`, mbox: `mailto:learner-${n}@example.org` },
    verb: {
      id: "http://adlnet.gov/expapi/verbs/completed",
      display: { "en-US": "completed", "de-DE": "abgeschlossen" },
    },
    object: {
      id: `https://courses.example.org/export-readiness/${n}`,
      definition: {
        name: { "en-US": "Export readiness", "de-DE": "Exportbereitschaft" },
        type: "http://adlnet.gov/expapi/activities/course",
      },
    },
    ...overrides,
  };
}

/** Polls until `check` returns a value (for writes the LRS makes after answering), or fails. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 5000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
