import { X509Certificate, createPublicKey, verify, type KeyObject } from "node:crypto";
import { isSameStatement } from "../statements/compare";

export const SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";

type TJson = Record<string, unknown>;
const ALGORITHMS: Record<string, string> = { RS256: "sha256", RS384: "sha384", RS512: "sha512" };

function decodeJsonSegment(segment: string): unknown {
  return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
}

/** The statement as it was signed: without the signature attachment (and no empty list left). */
function unsigned(statement: TJson): TJson {
  const copy: TJson = { ...statement };
  const others = ((statement.attachments as TJson[] | undefined) ?? []).filter(
    (a) => a.usageType !== SIGNATURE_USAGE,
  );
  if (others.length > 0) copy.attachments = others;
  else delete copy.attachments;
  return copy;
}

/**
 * Checks a signed statement's JWS (xAPI Data 2.6): compact serialisation, algorithm RS256, RS384 or
 * RS512, a payload that is the statement as sent (by the statement comparison rules), and, when
 * the header carries an X.509 chain (x5c), a signature that verifies against its first
 * certificate. Returns what is wrong, or undefined.
 */
export function checkSignature(jws: string, statement: TJson): string | undefined {
  const segments = jws.trim().split(".");
  if (segments.length !== 3)
    return "must be a JWS in compact serialisation (three base64url parts)";
  const [headerPart, payloadPart, signaturePart] = segments as [string, string, string];
  let header: TJson;
  let payload: unknown;
  try {
    header = decodeJsonSegment(headerPart) as TJson;
  } catch {
    return "JWS header must be base64url-encoded JSON";
  }
  const hash = typeof header.alg === "string" ? ALGORITHMS[header.alg] : undefined;
  if (!hash) return "JWS alg must be RS256, RS384 or RS512";
  try {
    payload = decodeJsonSegment(payloadPart);
  } catch {
    return "JWS payload must be a JSON serialisation of the statement";
  }
  if (!payload || typeof payload !== "object" || Array.isArray(payload))
    return "JWS payload must be a JSON serialisation of the statement";
  if (!isSameStatement(unsigned(payload as TJson), unsigned(statement)))
    return "JWS payload does not match the statement it signs";
  if (Array.isArray(header.x5c) && header.x5c.length > 0) {
    let key: KeyObject;
    try {
      key = new X509Certificate(Buffer.from(String(header.x5c[0]), "base64")).publicKey;
    } catch {
      return "JWS x5c must hold a base64 DER X.509 certificate";
    }
    const ok = verify(
      hash,
      Buffer.from(`${headerPart}.${payloadPart}`),
      key.asymmetricKeyType === "rsa" ? key : createPublicKey(key),
      Buffer.from(signaturePart, "base64url"),
    );
    if (!ok) return "JWS signature does not verify against the x5c certificate";
  }
  return undefined;
}
