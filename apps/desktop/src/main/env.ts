import { z } from "zod";

/**
 * The desktop main process's settings, read here and nowhere else (the server's are in
 * packages/db/src/env.ts). Both are optional: a person double-clicking the app sets neither.
 */
const ZDesktopEnvSchema = z.object({
  /** Replaces Electron's per-user app-data folder (window state and the database); tests use it. */
  XROI_DESKTOP_DATA_DIR: z.string().min(1).optional(),
  /** The Vite dev server during development. Only a loopback address, and ignored when packaged. */
  XROI_DESKTOP_RENDERER_URL: z
    .string()
    .regex(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/, "must be http://localhost:<port>")
    .optional(),
});
export type TDesktopEnv = z.infer<typeof ZDesktopEnvSchema>;

export function parseDesktopEnv(source: Record<string, string | undefined>): TDesktopEnv {
  const parsed = ZDesktopEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function desktopEnv(): TDesktopEnv {
  // eslint-disable-next-line no-restricted-properties -- the desktop's one env module
  return parseDesktopEnv(process.env);
}
