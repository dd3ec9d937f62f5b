import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultDataDir, serverEnv } from "@xroi/db";

/**
 * The key Better Auth signs cookies with: BETTER_AUTH_SECRET, or else a random one created once and
 * kept (mode 0600) in the data folder, so a first run needs no set-up and restarts keep sessions.
 */
export function authSecret(): string {
  const fromEnv = serverEnv().BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const dir = defaultDataDir();
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
