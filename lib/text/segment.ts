import { Jieba } from "@node-rs/jieba";
import { glossaryDictLines } from "@/lib/dict/user-dict";
import { onGlossaryEntriesAdded } from "@/lib/dict/glossary";
import { compiledBytes } from "@/lib/dict/compiled";
import { SortedLines } from "@/lib/dict/sorted-lines";

export interface Segment {
  text: string;
  /**
   * jieba dictionary tag when it matters for the token's kind (nr person, ns place, nt organisation,
   * nz other proper noun, m numeral), else "".
   */
  tag: string;
}

let jieba: Jieba | null = null;
let tags: SortedLines | null = null;
const tagCache = new Map<string, string>();

/** jieba with its default dictionary, CEDICT, lexicon and glossary terms (compiled); built on first use. */
export function getSegmenter(): Jieba {
  if (jieba) return jieba;
  const instance = Jieba.withDict(compiledBytes("jieba"));
  tags = new SortedLines(compiledBytes("tags"), "\t");
  onGlossaryEntriesAdded((entries) => {
    instance.loadDict(Buffer.from(glossaryDictLines(entries.map((e) => [e.term, e])).join("\n"), "utf8"));
  });
  jieba = instance;
  return instance;
}

/** jieba's tag for a word of its default dictionary, when token-kind needs it. */
export function jiebaTag(word: string): string {
  let tag = tagCache.get(word);
  if (tag === undefined) {
    getSegmenter();
    tag = tags!.find(word)[0] ?? "";
    tagCache.set(word, tag);
  }
  return tag;
}

// HMM off: with CC-CEDICT in the dictionary, unknown-word guessing mostly glued particles to names
// (和普京) or invented words without readings or glosses; unknown names fall back to characters.
const USE_HMM = false;
// jieba cuts 5.4% into 5 / . / 4 / %; a number is one token, with its date unit (2025年, 3月, 7日).
const NUMBER_SPAN = /[0-9]+(?:[.,][0-9]+)*(?:%|[年月日号时点])?/g;

function numberSpans(sentence: string): Map<number, number> {
  const spans = new Map<number, number>(); // start → end
  for (const m of sentence.matchAll(NUMBER_SPAN)) spans.set(m.index, m.index + m[0].length);
  return spans;
}

/** Words of one sentence; their texts concatenate to the sentence exactly. */
export function segmentSentence(sentence: string): Segment[] {
  const words = getSegmenter().cut(sentence, USE_HMM);
  const spans = numberSpans(sentence);
  const out: Segment[] = [];
  let offset = 0;
  let spanEnd = -1;
  for (const word of words) {
    const start = offset;
    offset += word.length;
    const prev = out[out.length - 1];
    if (prev && start < spanEnd && offset <= spanEnd) {
      prev.text += word;
      prev.tag = "m";
      continue;
    }
    spanEnd = spans.get(start) ?? -1;
    out.push({ text: word, tag: jiebaTag(word) });
  }
  if (out.map((s) => s.text).join("") !== sentence) {
    // jieba never changes the text; if it ever does, fall back to one token per character.
    return [...sentence].map((ch) => ({ text: ch, tag: "x" }));
  }
  return out;
}
