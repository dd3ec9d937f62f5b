/** Minor units of a currency as text for people, exactly (Intl formats decimal strings without floats). */
export function formatMoney(minor: bigint, currency: string): string {
  const format = new Intl.NumberFormat("en", { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, "0");
  const decimal = digits > 0 ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  // Intl accepts exact decimal strings at run time; TypeScript's lib types still say number.
  return format.format(`${negative ? "-" : ""}${decimal}` as unknown as number);
}
