/**
 * A hash of two UTF-16 code units into 16 bits, for a Uint8Array of the pairs some words open with
 * (match-phrases.ts, merge-names.ts): a pair not marked opens none of them, so no string is made or
 * looked up for it. Collisions only cost a look-up.
 */
export const pairHash = (first: number, second: number) => ((first * 31) ^ second) & 0xffff;
