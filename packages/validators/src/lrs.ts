import { z } from "zod";

/**
 * The xAPI scopes (xAPI 1.0.3 and 2.0, "OAuth scope" table) a credential can hold. `all` grants
 * everything; `all/read` every GET; `statements/read/mine` only statements the credential wrote.
 */
export const LRS_SCOPES = [
  "statements/write",
  "statements/read",
  "statements/read/mine",
  "state",
  "define",
  "profile",
  "all/read",
  "all",
] as const;
export type TLrsScope = (typeof LRS_SCOPES)[number];

export const LRS_SCOPE_LABELS: Record<TLrsScope, string> = {
  "statements/write": "Write statements",
  "statements/read": "Read all statements",
  "statements/read/mine": "Read own statements",
  state: "Read and write state",
  define: "Define activities",
  profile: "Read and write profiles",
  "all/read": "Read everything",
  all: "Everything",
};

export const ZLrsScopeSchema = z.enum(LRS_SCOPES, {
  error: `must be one of ${LRS_SCOPES.join(", ")}`,
});

export const LRS_XAPI_VERSIONS = ["2.0.0", "1.0.3"] as const;

export const ZLrsCredentialCreateSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "must be at least 2 characters")
    .max(120, "must be at most 120 characters"),
  scopes: z
    .array(ZLrsScopeSchema)
    .min(1, "pick at least one scope")
    .transform((scopes) => [...new Set(scopes)]),
  xapiVersion: z.enum(LRS_XAPI_VERSIONS, { error: "must be 2.0.0 or 1.0.3" }).default("2.0.0"),
});
export type TLrsCredentialCreateInput = z.input<typeof ZLrsCredentialCreateSchema>;

export const ZLrsCredentialSchema = z.object({
  id: z.string(),
  name: z.string(),
  key: z.string(),
  scopes: z.array(z.string()),
  xapiVersion: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type TLrsCredential = z.infer<typeof ZLrsCredentialSchema>;

/** What creating a credential returns, the only time the secret is ever shown. */
export const ZLrsCredentialCreatedSchema = ZLrsCredentialSchema.extend({ secret: z.string() });

export const ZLrsCredentialIdSchema = z.object({ id: z.uuid("must be a credential id") });

/** Statement browser filters; each maps to an indexed column or key row. */
export const ZLrsStatementFilterSchema = z.object({
  actor: z.string().trim().max(500).optional(),
  verb: z.string().trim().max(500).optional(),
  activity: z.string().trim().max(2000).optional(),
  since: z.iso.datetime({ offset: true, error: "must be a date and time" }).optional(),
  until: z.iso.datetime({ offset: true, error: "must be a date and time" }).optional(),
  credentialId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type TLrsStatementFilter = z.input<typeof ZLrsStatementFilterSchema>;
