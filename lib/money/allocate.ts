// Exact integer money arithmetic for pricing: BigInt so that amount × basis points never
// loses precision, half-up rounding, and largest-remainder splitting so parts always add up.

/** round(numerator / denominator), halves away from zero; both non-negative. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n || numerator < 0n) throw new RangeError("divideHalfUp takes a non-negative numerator and a positive denominator");
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * Splits `total` across `weights` in proportion, in whole minor units, summing exactly to
 * `total`: each part gets the floor of its share, then the units left over go one each to
 * the largest remainders (ties: larger weight, then earlier position). A part never exceeds
 * its weight when total <= sum(weights), so a discount never makes a line negative.
 */
export function allocate(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (total < 0n || weights.some((w) => w < 0n)) throw new RangeError("allocate takes non-negative amounts");
  if (sum === 0n) {
    if (total !== 0n) throw new RangeError("Cannot allocate an amount over zero weights");
    return weights.map(() => 0n);
  }
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, w, r: (total * w) % sum }));
  let left = total - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r !== b.r ? (b.r > a.r ? 1 : -1) : a.w !== b.w ? (b.w > a.w ? 1 : -1) : a.i - b.i));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts;
}

export function toBig(amount: number, what: string): bigint {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`${what} must be a non-negative integer, got ${amount}`);
  return BigInt(amount);
}

export function toNumber(amount: bigint): number {
  const n = Number(amount);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Amount ${amount} is too large`);
  return n;
}
