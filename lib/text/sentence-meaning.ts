// What the back of a sentence card says the sentence means: its English when the lesson has one,
// otherwise the glosses of its key words in sentence order ("外交 diplomacy · 成果 achievement"),
// never a bare pinyin line. Key words: idioms and set phrases first, then the rarest words (HSK
// level high or none), so 的/是/我们 do not crowd out 擘画 and 变乱交织.
export interface MeaningToken {
  text: string;
  gloss: string | null;
  kind: string;
  hsk?: number | null;
}

const MAX_KEY_WORDS = 6;
const VOCABULARY = new Set(["word", "idiom", "phrase", "name"]);

function rank(t: MeaningToken): number {
  if (t.kind === "idiom" || t.kind === "phrase") return 100;
  if (t.kind === "name") return 50;
  return t.hsk == null ? 40 : t.hsk * 5;
}

/** First sense only, without CC-CEDICT's bracketed notes: a card back is read in a glance. */
function firstSense(gloss: string): string {
  return gloss.split(/;\s*/)[0].replace(/\s*\([^)]*\)\s*/g, " ").trim();
}

export function keyWordGlosses(tokens: MeaningToken[]): string {
  const seen = new Set<string>();
  const candidates = tokens
    .map((t, position) => ({ t, position }))
    .filter(({ t }) => VOCABULARY.has(t.kind) && t.gloss && !seen.has(t.text) && seen.add(t.text));
  const kept = candidates
    .sort((a, b) => rank(b.t) - rank(a.t) || a.position - b.position)
    .slice(0, MAX_KEY_WORDS)
    .sort((a, b) => a.position - b.position);
  return kept.map(({ t }) => `${t.text} ${firstSense(t.gloss!)}`).join(" · ");
}

export function sentenceMeaning(sentence: { translation?: string | null; tokens: MeaningToken[] }): string {
  return sentence.translation?.trim() || keyWordGlosses(sentence.tokens);
}
