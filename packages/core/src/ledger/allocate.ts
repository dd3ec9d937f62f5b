/**
 * Splits `total` minor units in proportion to `weights` so the parts add up to the total exactly:
 * each part gets the floor of its exact share, and the cents left over go one each to the largest
 * remainders (ties to the earlier entry). Every part is within one minor unit of its exact share.
 */
export function allocateLargestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) throw new RangeError("weights: at least one is needed");
  if (weights.some((w) => w < 0n)) throw new RangeError("weights: must not be negative");
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new RangeError("weights: at least one must be above zero");
  const sign = total < 0n ? -1n : 1n;
  const magnitude = total * sign;
  const parts = weights.map((w) => (magnitude * w) / sum);
  const remainders = weights.map((w, index) => ({ index, remainder: (magnitude * w) % sum }));
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index]! += 1n;
    left -= 1n;
  }
  return parts.map((p) => p * sign);
}
