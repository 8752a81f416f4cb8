/**
 * The seed's paragraphs, in a new order with changed numbers each round, up to `limit` characters.
 * Sentences without numbers repeat, so caches keyed by sentence can answer them.
 */
export function seedVariantText(seed: string, limit: number): string {
  const paragraphs = seed.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; ; round++) {
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[(i * 7 + round) % paragraphs.length].replace(/\d+/g, (n) => String(Number(n) + round));
      if (length + p.length + 2 > limit) return parts.join("\n\n");
      parts.push(p);
      length += p.length + 2;
    }
  }
}
