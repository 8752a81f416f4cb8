const TOLERANCE_MS = 60_000;

/**
 * How far the sending device's clock is behind the server's (negative: ahead), from the `sentAt`
 * it stamped on a batch. Small differences are network time and left alone; a clock wrong by
 * hours would otherwise make every answer "in the future" (refused) or misdated.
 */
export function clockSkewMs(sentAt: string | undefined, now: Date): number {
  if (!sentAt) return 0;
  const skew = now.getTime() - Date.parse(sentAt);
  return Number.isFinite(skew) && Math.abs(skew) > TOLERANCE_MS ? skew : 0;
}
