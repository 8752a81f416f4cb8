import "server-only";
import { db } from "@/lib/server/db";
import { KNOWN_RETRIEVABILITY, retrievability } from "@/lib/srs/retrievability";

/**
 * Texts of the user's word, idiom and phrase notes they know today: every reviewed, unsuspended
 * card of the note has a retrievability ≥ 0.9 now (and at least one card has been reviewed).
 */
export async function knownWordTexts(opts: { userId: string; now: Date }): Promise<Set<string>> {
  const [settings, cards] = await Promise.all([
    db.schedulingSettings.findUnique({ where: { userId: opts.userId }, select: { weights: true } }),
    db.card.findMany({
      where: { userId: opts.userId, lastReview: { not: null }, suspended: false, note: { kind: { in: ["WORD", "IDIOM", "PHRASE"] } } },
      select: { stability: true, lastReview: true, note: { select: { text: true } } },
    }),
  ]);
  const weights = settings?.weights.length ? settings.weights : null;
  const minByText = new Map<string, number>();
  for (const c of cards) {
    const r = retrievability(c, opts.now, weights);
    minByText.set(c.note.text, Math.min(r, minByText.get(c.note.text) ?? 1));
  }
  return new Set([...minByText].filter(([, r]) => r >= KNOWN_RETRIEVABILITY).map(([text]) => text));
}
