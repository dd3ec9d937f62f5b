import path from "node:path";
import { existsSync } from "node:fs";
import { z } from "zod";

/**
 * The only place server code reads process.env. Everything else receives values from here, so a
 * wrong setting fails at start-up with the variable's name rather than deep inside a request.
 */
const ZServerEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL (leave it unset for embedded PGlite)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  XROI_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL_TEST: z.string().optional(),
  XROI_TEST_ENGINE: z.enum(["pglite", "postgres"]).default("pglite"),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  XROI_PUBLIC_URL: z.string().url().optional(),
  /** Largest xAPI request body the LRS accepts, in bytes (413 above it). */
  XROI_LRS_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024, "must be at least 1024 bytes")
    .default(20 * 1024 * 1024),
  /**
   * The reverse proxies in front of the web app (IPs or CIDR ranges, comma-separated). Only when
   * set is X-Forwarded-For believed: the client is its rightmost address that is not one of these.
   * Unset, the header is ignored, since anyone can send it.
   */
  XROI_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
          error: (issue) =>
            `${String(issue.input)} is not an IP address or CIDR range (e.g. 10.0.0.0/8)`,
        }),
      ),
    ),
  /**
   * Minutes between the web server's data-quality runs (docs/quality.md); 0 turns the schedule
   * off (cron `xroi quality run` instead, for example).
   */
  XROI_QUALITY_INTERVAL_MINUTES: z.coerce
    .number({ error: "must be a whole number of minutes, 0 to turn the schedule off" })
    .int("must be a whole number of minutes, 0 to turn the schedule off")
    .min(0, "must be a whole number of minutes, 0 to turn the schedule off")
    .max(10_080, "must be at most 10080 (a week)")
    .default(60),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});
export type TServerEnv = z.infer<typeof ZServerEnvSchema>;

let cached: TServerEnv | undefined;

/** The settings in env, or an error naming every variable that is wrong. */
export function parseServerEnv(env: Record<string, string | undefined>): TServerEnv {
  const parsed = ZServerEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function serverEnv(): TServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** The folder above the nearest pnpm-workspace.yaml, so CLI and web app agree on ./.data. */
export function findRepoRoot(start = process.cwd()): string | undefined {
  let dir = path.resolve(/*turbopackIgnore: true*/ start);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Where embedded PGlite keeps its files when DATABASE_URL is unset: XROI_DATA_DIR or <repo>/.data. */
export function defaultDataDir(): string {
  const env = serverEnv();
  if (env.XROI_DATA_DIR) return path.resolve(env.XROI_DATA_DIR);
  return path.join(findRepoRoot() ?? process.cwd(), ".data");
}
