import { z } from "zod";

/**
 * What a credential can hold: the xAPI scopes (xAPI 1.0.3 and 2.0, "OAuth scope" table), where
 * `all` grants every xAPI resource, `all/read` every GET and `statements/read/mine` only
 * statements the credential wrote; and `identifiers/write`, for a connector that sends ID
 * mappings to /api/connectors/identifiers (docs/identity-import.md). Personal data: only that
 * scope grants it, never `all`.
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
  "identifiers/write",
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
  all: "Everything (xAPI)",
  "identifiers/write": "Send ID mappings (connectors)",
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

/**
 * The actor filter as the IFI the statements are indexed by (see packages/lrs/src/xapi/ifi.ts): an
 * email becomes `mbox:mailto:<email>`, `mailto:<email>` gets its `mbox:`, and an IFI is kept as it
 * is (a SHA-1 sum in lower case, as stored). Undefined when the text is neither.
 */
export function actorIfiFromInput(text: string): string | undefined {
  const value = text.trim();
  if (/^mbox_sha1sum:[0-9a-f]{40}$/i.test(value)) return value.toLowerCase();
  if (/^(mbox:mailto:|openid:|account:)\S/.test(value)) return value;
  if (/^mailto:[^\s@]+@[^\s@]+$/.test(value)) return `mbox:${value}`;
  if (/^[^\s@:]+@[^\s@]+$/.test(value)) return `mbox:mailto:${value}`;
  return undefined;
}

/** A statement's `stored` time to the microsecond, as the browser's cursor carries it. */
const STORED_CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Statement browser filters; each maps to an indexed column (see core/lrs/browse-statements.ts). */
export const ZLrsStatementFilterSchema = z
  .object({
    actor: z
      .string()
      .trim()
      .max(500)
      .optional()
      .transform((value, ctx) => {
        if (!value) return undefined;
        const ifi = actorIfiFromInput(value);
        if (!ifi)
          ctx.addIssue({
            code: "custom",
            message:
              "enter an email, or an IFI such as mbox:mailto:…, openid:…, account:<homePage> <name>",
          });
        return ifi;
      }),
    verb: z.string().trim().max(500).optional().transform(emptyToUndefined),
    activity: z.string().trim().max(2000).optional().transform(emptyToUndefined),
    since: z.iso.datetime({ offset: true, error: "must be a date and time" }).optional(),
    until: z.iso.datetime({ offset: true, error: "must be a date and time" }).optional(),
    credentialId: z.uuid("must be a credential id").optional(),
    cursor: z.string().regex(STORED_CURSOR, "must be a cursor from an earlier page").optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine((f) => !f.since || !f.until || Date.parse(f.since) <= Date.parse(f.until), {
    path: ["until"],
    message: "must not be before the start",
  });
export type TLrsStatementFilter = z.input<typeof ZLrsStatementFilterSchema>;

function emptyToUndefined(value: string | undefined): string | undefined {
  return value ? value : undefined;
}
