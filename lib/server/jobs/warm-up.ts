import fs from "node:fs";
import { buildLesson } from "@/lib/text/build-lesson";
import { g2pmModel } from "@/lib/text/g2p/g2pm-model";
import { commonWords } from "@/lib/text/segmenter";
import { DEMO_TRANSCRIPT } from "@/lib/server/seed/demo-transcript";

// What the lesson builder thread does when it starts, before its first job: load the dictionaries
// and the g2pM model, build the demo transcript once (the code paths compile, the dictionaries
// index themselves) and compute the model's input projections for its whole vocabulary. The
// first import after a worker starts then costs what any later one does (`npm run bench:import`
// times a fresh long text's first build after this warm-up).
//
// Then, in the background between jobs, the vocabulary warm-up: a word the pipeline meets for the
// first time costs ~70 µs (about ten dictionary look-ups, its readings, kind, gloss and token, each
// kept in a word-keyed cache), against a few µs once known. Most of the words of any text are
// among the language's commonest, so the thread works those out before any text asks: on 200,000
// characters of unseen sentences, the first build's CPU time halves (`npm run bench:import`).
// The caches hold pure answers keyed by the word, so what a lesson comes out as does not depend
// on whether this ran (tests/unit/warm-up.test.ts).

/** How many of the commonest words the builder thread works out at start (`LESSON_WARM_WORDS`). */
export const DEFAULT_WARM_WORDS = 60_000;
/** Words per sentence of the warm-up texts, and sentences per text (one text: ~0.1 s of work). */
const WORDS_PER_SENTENCE = 12;
const SENTENCES_PER_TEXT = 100;

export interface WarmUp {
  /** Characters of the text built (0 when the demo transcript is not there). */
  chars: number;
  ms: number;
}

export function warmUpLessonBuilder(): WarmUp {
  const start = performance.now();
  let chars = 0;
  try {
    const text = fs.readFileSync(DEMO_TRANSCRIPT, "utf8");
    buildLesson(text);
    chars = text.length;
  } catch {
    // No demo transcript (a trimmed deployment): the model still warms up below.
  }
  g2pmModel().prepareAll();
  return { chars, ms: performance.now() - start };
}

/** `LESSON_WARM_WORDS` when it is a whole number ≥ 0, else the default. */
export function warmWordsSetting(env: Record<string, string | undefined> = process.env): number {
  const raw = env.LESSON_WARM_WORDS?.trim();
  if (!raw) return DEFAULT_WARM_WORDS;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : DEFAULT_WARM_WORDS;
}

/**
 * The commonest `limit` words as texts to build: each a list of words set apart by commas (each
 * clause one word, so the segmenter meets it alone), in the order of frequency.
 */
export function vocabularyTexts(limit: number): string[] {
  const words = commonWords(limit);
  const texts: string[] = [];
  const perText = WORDS_PER_SENTENCE * SENTENCES_PER_TEXT;
  for (let i = 0; i < words.length; i += perText) {
    const sentences: string[] = [];
    for (let j = i; j < Math.min(words.length, i + perText); j += WORDS_PER_SENTENCE) {
      sentences.push(`${words.slice(j, Math.min(j + WORDS_PER_SENTENCE, i + perText)).join("，")}。`);
    }
    texts.push(sentences.join("\n"));
  }
  return texts;
}

/** Builds every vocabulary text now (the benchmark; the thread spreads them out between jobs). */
export function warmUpVocabulary(limit: number): { texts: number; ms: number } {
  const start = performance.now();
  const texts = vocabularyTexts(limit);
  for (const text of texts) buildLesson(text);
  return { texts: texts.length, ms: performance.now() - start };
}
