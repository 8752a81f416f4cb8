// The pipeline for one sentence, for corrections: a sentence whose text the owner edits is
// segmented, read and glossed again by the stages buildLesson uses (analyseSentence), without
// re-running the whole lesson. Token merges and splits rebuild only the tokens they touch, keeping
// the readings the owner sees.
import { cedictEntries, entryForReading, shortGloss } from "@/lib/dict/cedict";
import { composedGloss } from "@/lib/dict/composed-gloss";
import { characterGloss } from "./char-gloss";
import { glossaryEntryFor, glossaryMatch } from "@/lib/dict/glossary";
import { hsk2Level, hsk3Level } from "@/lib/dict/hsk";
import { analyseSentence, type LessonToken } from "./build-lesson";
import { pinyinForTokens } from "./pinyin";
import { countHan } from "./pinyin-syllables";
import { tokenKind } from "./token-kind";

/** Same fields as buildLesson's tokens (build-lesson.ts makeToken keeps its cache private). */
export function lessonToken(text: string, tag: string, pinyin: string | null): LessonToken {
  // As buildLesson: any form the glossary lists is its kind; only forms with English of their own take it.
  const glossary = glossaryEntryFor(text);
  const kind = tokenKind(text, tag, glossaryMatch(text));
  if (kind === "punct") return { text, pinyin: null, gloss: null, kind, hsk: null, hsk2: null, hsk3: null, traditional: null, glossaryId: null };
  const entry = entryForReading(cedictEntries(text), pinyin);
  const hsk3 = hsk3Level(text);
  return {
    text,
    pinyin,
    gloss: glossary?.english ?? (entry ? shortGloss(entry) : kind === "word" ? (composedGloss(text) ?? characterGloss(text, pinyin)) : null),
    kind,
    hsk: hsk3,
    hsk2: hsk2Level(text),
    hsk3,
    traditional: entry?.traditional ?? null,
    glossaryId: glossary?.id ?? null,
  };
}

/** A sentence whose text the owner edits, analysed as buildLesson would (glosses in context, names). */
export function rebuildSentenceTokens(text: string): LessonToken[] {
  return analyseSentence(text);
}

function joinPinyin(a: string | null, b: string | null): string | null {
  return [a, b].filter(Boolean).join(" ") || null;
}

/** Tokens i and i+1 become one word; its reading is theirs joined, its gloss looked up afresh. */
export function mergeTokens(tokens: LessonToken[], i: number): LessonToken[] | string {
  if (i < 0 || i >= tokens.length - 1) return "There is no next word to merge with.";
  const [a, b] = [tokens[i], tokens[i + 1]];
  if (a.kind === "punct" || b.kind === "punct") return "Punctuation cannot be merged into a word.";
  const merged = lessonToken(a.text + b.text, "", joinPinyin(a.pinyin, b.pinyin));
  return [...tokens.slice(0, i), merged, ...tokens.slice(i + 2)];
}

/** Token i is cut after its `at`-th character; each part keeps its own syllables. */
export function splitToken(tokens: LessonToken[], i: number, at: number): LessonToken[] | string {
  const t = tokens[i];
  if (!t) return "No such word in this sentence.";
  const chars = [...t.text];
  if (at < 1 || at >= chars.length) return "Split inside the word: between its first and last character.";
  const left = chars.slice(0, at).join("");
  const right = chars.slice(at).join("");
  const syllables = t.pinyin?.split(" ") ?? [];
  const leftHan = countHan(left);
  const fits = syllables.length === countHan(t.text);
  const lp = fits ? syllables.slice(0, leftHan).join(" ") || null : null;
  const rp = fits ? syllables.slice(leftHan).join(" ") || null : null;
  const parts = [lessonToken(left, "", lp ?? pinyinForTokens(left, [left])[0]), lessonToken(right, "", rp ?? pinyinForTokens(right, [right])[0])];
  return [...tokens.slice(0, i), ...parts, ...tokens.slice(i + 1)];
}

export interface OwnTerm {
  term: string;
  pinyin: string;
  english: string;
  kind: "idiom" | "phrase";
  id: string;
}

/**
 * A user's own glossary term applied to one sentence: a token that is the term takes its reading,
 * English and kind; a run of tokens that spells it (jieba cut 小院高墙 into 小院/高墙) becomes one
 * token. Returns null when the sentence does not contain the term on token boundaries.
 */
export function applyOwnTerm(tokens: LessonToken[], t: OwnTerm): LessonToken[] | null {
  const out: LessonToken[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    let text = "";
    let j = i;
    while (j < tokens.length && text.length < t.term.length && t.term.startsWith(text + tokens[j].text)) text += tokens[j++].text;
    if (text === t.term) {
      out.push({ ...lessonToken(t.term, "", t.pinyin), pinyin: t.pinyin, gloss: t.english, kind: t.kind, glossaryId: `own:${t.id}` });
      changed = true;
      i = j - 1;
    } else out.push(tokens[i]);
  }
  return changed ? out : null;
}
