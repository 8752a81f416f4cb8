import { glossaryForms, onGlossaryEntriesAdded } from "@/lib/dict/glossary";
import type { Segment } from "./segment";

// Glossary phrases and quotations that run across punctuation (会当凌绝顶，一览众山小; 不结盟、不对抗、
// 不针对第三方) cannot be in the segmenter's dictionary, which holds words. They are matched over the
// token stream instead: the sentence's Han characters are read with the clause separators left
// out, every glossary form (term or variant, its own punctuation removed) is looked for there, and
// where one is found spanning a separator, the tokens it covers become one token. A boundary that
// falls inside a token splits that token, so jieba's cut at the edge never hides a phrase.
const SEPARATORS = /[，、；,;]/u;
const HAN = /\p{Script=Han}/u;
const MIN_CHARS = 6;

/** Phrases by their first two characters, longest first. */
let byBigram: Map<string, string[]> | null = null;
/** Hashes of the index's keys (BLOOM_BITS bits, one byte each): a position whose bigram is not marked starts no phrase. */
let bloom: Uint8Array | null = null;
const BLOOM_BITS = 1 << 20;

const bigramHash = (text: string, i: number) => (text.charCodeAt(i) * 40503 + text.charCodeAt(i + 1)) & (BLOOM_BITS - 1);

function index(): Map<string, string[]> {
  if (!byBigram) {
    const map = new Map<string, string[]>();
    for (const [form] of glossaryForms()) {
      const han = [...form].filter((c) => HAN.test(c)).join("");
      if ([...han].length < MIN_CHARS) continue;
      const key = han.slice(0, 2);
      const list = map.get(key) ?? [];
      if (!list.includes(han)) list.push(han);
      map.set(key, list);
    }
    // Longest first, so a longer quotation wins over a shorter one inside it.
    for (const list of map.values()) list.sort((a, b) => b.length - a.length);
    byBigram = map;
    bloom = new Uint8Array(BLOOM_BITS);
    for (const key of map.keys()) bloom[bigramHash(key, 0)] = 1;
    onGlossaryEntriesAdded(() => {
      byBigram = null;
    });
  }
  return byBigram;
}

const ALL_SEPARATORS = new RegExp(SEPARATORS.source, "gu");

/** Spans [start, end) of the sentence covered by a punctuated glossary phrase. */
function phraseSpans(sentence: string): [number, number][] {
  if (!SEPARATORS.test(sentence)) return [];
  // The sentence without separators; a kept character's offset in the sentence is found when needed.
  const projected = sentence.replace(ALL_SEPARATORS, "");
  let offsets: number[] | null = null;
  const spans: [number, number][] = [];
  const forms = index();
  const marked = bloom!;
  for (let i = 0; i < projected.length - 1; ) {
    const found = marked[bigramHash(projected, i)] ? forms.get(projected.slice(i, i + 2))?.find((f) => projected.startsWith(f, i)) : undefined;
    if (found) {
      offsets ??= keptOffsets(sentence);
      const start = offsets[i];
      const end = offsets[i + found.length - 1] + 1;
      if (SEPARATORS.test(sentence.slice(start, end))) {
        spans.push([start, end]);
        i += found.length;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/** The offset in the sentence of each code unit that is not a separator. */
function keptOffsets(sentence: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < sentence.length; i++) if (!SEPARATORS.test(sentence[i])) offsets.push(i);
  return offsets;
}

/** Joins the tokens a punctuated glossary phrase spans; `cut` segments a split token's leftover. */
export function matchPunctuatedPhrases(sentence: string, segs: Segment[], cut: (text: string) => Segment[]): Segment[] {
  let out = segs;
  for (const [start, end] of phraseSpans(sentence)) out = joinSpan(out, start, end, cut);
  return out;
}

function joinSpan(segs: Segment[], start: number, end: number, cut: (text: string) => Segment[]): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  let phrase: Segment | null = null;
  for (const seg of segs) {
    const segStart = offset;
    const segEnd = offset + seg.text.length;
    offset = segEnd;
    if (segEnd <= start || segStart >= end) {
      out.push(seg);
      continue;
    }
    if (segStart < start) out.push(...cut(seg.text.slice(0, start - segStart)));
    if (!phrase) {
      phrase = { text: "", tag: "l", phrase: true };
      out.push(phrase);
    }
    phrase.text += seg.text.slice(Math.max(0, start - segStart), Math.min(seg.text.length, end - segStart));
    if (segEnd > end) out.push(...cut(seg.text.slice(end - segStart)));
  }
  return out;
}
