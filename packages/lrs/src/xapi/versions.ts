/**
 * The xAPI versions this LRS speaks. A request names its version in X-Experience-API-Version; the
 * LRS answers in the same version. 2.0.x and 1.0.x differ in a few validation rules (timestamps,
 * context agents and groups, the version property) and in a few protocol details.
 */
export const XAPI_VERSIONS = ["2.0.0", "1.0.3"] as const;
export type TXapiVersion = (typeof XAPI_VERSIONS)[number];

/** Which of our two versions a header value asks for, or undefined when we do not support it. */
export function versionFromHeader(value: string | null): TXapiVersion | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^2\.0(\.\d+)?$/.test(v)) return "2.0.0";
  if (/^1\.0(\.\d+)?$/.test(v)) return "1.0.3";
  return undefined;
}

export function isV2(version: TXapiVersion): boolean {
  return version === "2.0.0";
}
