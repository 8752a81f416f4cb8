// Deterministic review histories for optimizer tests: cards are studied with the default
// scheduler and remembered with probability `recallOf(predicted)`, where `predicted` is what
// default FSRS expects; a recallOf other than identity simulates a learner unlike the defaults.
import { answerCard, createScheduler } from "@/lib/srs/scheduler";
import { newCardState, toFsrsCard, type RatingValue } from "@/lib/srs/card-state";
import { DEFAULT_SETTINGS } from "@/lib/srs/settings";
import type { CardHistory } from "@/lib/srs/optimize";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticHistories(opts: {
  cards: number;
  reviewsPerCard: (cardIndex: number) => number;
  seed: number;
  start: Date;
  recallOf?: (predicted: number) => number;
}): CardHistory[] {
  const recallOf = opts.recallOf ?? ((p: number) => p);
  const settings = { ...DEFAULT_SETTINGS, enableFuzz: false };
  const f = createScheduler(settings);
  const random = mulberry32(opts.seed);
  const histories: CardHistory[] = [];
  for (let i = 0; i < opts.cards; i++) {
    let now = new Date(opts.start.getTime() + Math.floor(i / 10) * 86_400_000 + (i % 10) * 300_000);
    let card = newCardState(now);
    const reviews: CardHistory["reviews"] = [];
    for (let r = 0; r < opts.reviewsPerCard(i); r++) {
      const recall = recallOf(card.state === 0 ? 0.7 : f.get_retrievability(toFsrsCard(card), now, false));
      const x = random();
      const rating: RatingValue = x >= recall ? 1 : x < recall * 0.1 ? 4 : x < recall * 0.25 ? 2 : 3;
      reviews.push({ rating, reviewedAt: now });
      card = answerCard(card, rating, now, settings).card;
      // Study a little late, sometimes a day or two late.
      now = new Date(card.due.getTime() + Math.floor(random() * 3) * 86_400_000 * (card.state === 2 ? 1 : 0) + random() * 3_600_000);
    }
    histories.push({ cardId: `card-${i}`, reviews });
  }
  return histories;
}
