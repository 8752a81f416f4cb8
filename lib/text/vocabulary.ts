import { isParticle } from "@/lib/dict/hsk";

const VOCABULARY_KINDS: ReadonlySet<string> = new Set(["word", "idiom", "phrase"]);

/**
 * Tokens a learner can know or not know: words, idioms and set phrases. Names, numbers,
 * punctuation and one-character particles (的, 了, 吗) never get a status and are never "new".
 */
export function hasWordStatus(token: { text: string; kind: string }): boolean {
  return VOCABULARY_KINDS.has(token.kind) && !isParticle(token.text);
}
