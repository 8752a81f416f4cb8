import "server-only";
import { cedictEntries, isCedictIdiom } from "@/lib/dict/cedict";
import { lookupWord } from "@/lib/dict/lookup";
import type { NoteKind } from "@/lib/srs/card-types";
import { analyseSentence, type LessonToken } from "@/lib/text/build-lesson";
import { keyWordGlosses, sentenceMeaning } from "@/lib/text/sentence-meaning";

const SENTENCE_PUNCT = /[。！？；，!?;,…]/u;
const SENTENCE_MIN_CHARS = 13;

/** Default kind: what the glossary or CC-CEDICT says, else a sentence when it has sentence punctuation or 13+ characters, else a word. */
export function inferNoteKind(text: string): NoteKind {
  const glossary = lookupWord(text).glossary;
  if (glossary) return glossary.kind;
  if (cedictEntries(text).some(isCedictIdiom)) return "idiom";
  if (SENTENCE_PUNCT.test(text) || [...text].length >= SENTENCE_MIN_CHARS) return "sentence";
  return "word";
}

/**
 * Pinyin and meaning for a new note. A word takes its reading from the sentence it was saved from
 * (context-correct), and its meaning from the glossary, else CC-CEDICT's first senses, else the
 * lesson's gloss of it. A sentence takes its stored tokens' pinyin when it is the lesson sentence,
 * else it is segmented here.
 */
export function noteFields(kind: NoteKind, text: string, sentence: { text: string; tokens: LessonToken[]; translation?: string | null } | null) {
  if (kind === "sentence") {
    if (sentence && sentence.text === text) {
      return { pinyin: sentence.tokens.map((t) => t.pinyin).filter(Boolean).join(" "), meaning: sentenceMeaning(sentence) };
    }
    // Not a lesson sentence: analysed here as a lesson's sentence would be (glosses in context).
    const tokens = analyseSentence(text);
    return { pinyin: tokens.map((t) => t.pinyin).filter(Boolean).join(" "), meaning: keyWordGlosses(tokens) };
  }
  const token = sentence?.tokens.find((t) => t.text === text);
  const inContext = token?.pinyin ?? null;
  const entry = lookupWord(text, inContext);
  // A word no dictionary has keeps the gloss the lesson gave it (by its parts or characters: 唱首歌
  // "唱 to sing · 首 (measure word…) · 歌 song"), not an empty meaning on its card.
  const meaning = entry.glossary?.english ?? (entry.definitions.length ? entry.definitions.slice(0, 3).join("; ") : (token?.gloss ?? ""));
  return { pinyin: inContext ?? entry.pinyin ?? "", meaning };
}
