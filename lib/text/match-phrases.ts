import { glossaryForms, onGlossaryEntriesAdded } from "@/lib/dict/glossary";
import { cedictSayings } from "@/lib/dict/cedict";
import type { Segment } from "./segment";
import { makeSegment } from "./word-memo";
import { pairHash } from "./code-pair";

// Glossary phrases and quotations that run across punctuation (会当凌绝顶，一览众山小; 不结盟、不对抗、
// 不针对第三方), and CC-CEDICT's sayings of two clauses (一着不慎，满盘皆输), cannot be in the
// segmenter's dictionary, which holds words. They are matched over the
// token stream instead: the sentence's Han characters are read with the clause separators left
// out, every glossary form (term or variant, its own punctuation removed) is looked for there, and
// where one is found spanning a separator, the tokens it covers become one token. A boundary that
// falls inside a token splits that token, so jieba's cut at the edge never hides a phrase.
/** The clause separators ，、；,; by code unit (compared, not looked up: this runs on every character of a text). */
const isSeparator = (code: number) => code === 0xff0c || code === 0x3001 || code === 0xff1b || code === 0x2c || code === 0x3b;
const HAN = /\p{Script=Han}/u;
const MIN_CHARS = 6;

/** Phrases by their first code unit, then their second (numbers: no string per position looked at), longest first. */
type PhraseIndex = (Map<number, string[]> | undefined)[];
let byBigram: PhraseIndex | null = null;
/** 1 at pairHash of every phrase's first two code units (collisions only cost a search). */
let openingPairs: Uint8Array | null = null;
/** Code units of the longest phrase in the index. */
let longestForm = 0;

function index(): PhraseIndex {
  if (!byBigram) {
    const map: PhraseIndex = new Array(0x10000);
    const pairs = new Uint8Array(0x10000);
    for (const form of [...glossaryForms().map(([f]) => f), ...cedictSayings()]) {
      const han = [...form].filter((c) => HAN.test(c)).join("");
      if ([...han].length < MIN_CHARS) continue;
      longestForm = Math.max(longestForm, han.length);
      let second = map[han.charCodeAt(0)];
      if (!second) map[han.charCodeAt(0)] = second = new Map();
      pairs[pairHash(han.charCodeAt(0), han.charCodeAt(1))] = 1;
      const list = second.get(han.charCodeAt(1)) ?? [];
      if (!list.includes(han)) list.push(han);
      second.set(han.charCodeAt(1), list);
    }
    // Longest first, so a longer quotation wins over a shorter one inside it.
    for (const second of map) if (second) for (const list of second.values()) list.sort((a, b) => b.length - a.length);
    byBigram = map;
    openingPairs = pairs;
    onGlossaryEntriesAdded(() => {
      byBigram = null;
    });
  }
  return byBigram;
}


/** Offsets in the sentence of its characters that are not separators (reused: one sentence at a time). */
let keptAt = new Int32Array(256);

/**
 * The longest phrase of the index whose characters are the kept characters from k on (separators
 * skipped), if any.
 */
function phraseAt(forms: PhraseIndex, pairs: Uint8Array, sentence: string, k: number, kept: number): string | undefined {
  const first = sentence.charCodeAt(keptAt[k]);
  const second = sentence.charCodeAt(keptAt[k + 1]);
  if (pairs[pairHash(first, second)] !== 1) return undefined;
  const list = forms[first]?.get(second);
  if (!list) return undefined;
  outer: for (const form of list) {
    if (k + form.length > kept) continue;
    for (let j = 2; j < form.length; j++) if (sentence.charCodeAt(keptAt[k + j]) !== form.charCodeAt(j)) continue outer;
    return form;
  }
  return undefined;
}

/** Spans [start, end) of the sentence covered by a punctuated glossary phrase. */
function phraseSpans(sentence: string): [number, number][] {
  // Where the separators are, as counts of the characters kept before each: a phrase counts only
  // across one, as one without is already a word jieba cut whole.
  if (keptAt.length < sentence.length) keptAt = new Int32Array(sentence.length * 2);
  let gaps: number[] | null = null;
  let kept = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!isSeparator(sentence.charCodeAt(i))) keptAt[kept++] = i;
    else if (kept > 0 && gaps?.[gaps.length - 1] !== kept) (gaps ??= []).push(kept);
  }
  if (!gaps) return [];
  const forms = index();
  const pairs = openingPairs!;
  const spans: [number, number][] = [];
  let g = 0; // the first gap after k
  // Only phrases that open before a gap and reach past it: from the longest phrase's length
  // before the first gap to the last gap.
  for (let k = Math.max(0, gaps[0] - longestForm + 1); k < kept - 1; ) {
    while (g < gaps.length && gaps[g] <= k) g++;
    if (g === gaps.length) break;
    const found = phraseAt(forms, pairs, sentence, k, kept);
    if (found && k + found.length > gaps[g]) {
      spans.push([keptAt[k], keptAt[k + found.length - 1] + 1]);
      k += found.length;
      continue;
    }
    k++;
  }
  return spans;
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
  // The phrase's segment is made once its text is known, at the place it opened.
  let phraseAt = -1;
  let phrase = "";
  for (const seg of segs) {
    const segStart = offset;
    const segEnd = offset + seg.text.length;
    offset = segEnd;
    if (segEnd <= start || segStart >= end) {
      out.push(seg);
      continue;
    }
    if (segStart < start) out.push(...cut(seg.text.slice(0, start - segStart)));
    if (phraseAt < 0) {
      phraseAt = out.length;
      out.push(seg); // held for the phrase
    }
    phrase += seg.text.slice(Math.max(0, start - segStart), Math.min(seg.text.length, end - segStart));
    if (segEnd > end) out.push(...cut(seg.text.slice(end - segStart)));
  }
  if (phraseAt >= 0) out[phraseAt] = makeSegment(phrase, "l", { phrase: true });
  return out;
}
