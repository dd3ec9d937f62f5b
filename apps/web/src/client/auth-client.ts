import { createAuthClient } from "better-auth/react";

/** Better Auth's browser client; same origin, so cookies travel and no URL is needed. */
export const authClient = createAuthClient();
