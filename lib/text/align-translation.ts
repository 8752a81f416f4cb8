// Aligns the sentences of a Chinese text with those of its English version (Gale & Church 1993,
// adapted): a dynamic programme over "beads" 1:1, 1:2, 2:1, 1:0 and 0:1 whose cost is
//   the length mismatch, -log N(δ) with δ = (en − c·zh) / √(s²·mean length), c being the text's own
//   English-per-Chinese-character ratio (it varies by translator, so it is measured, not fixed);
// + a prior per bead type (a translator keeps most sentences one to one);
// − a reward per anchor (number, name, glossary formulation) the bead's English contains,
// + a small penalty per number found on one side only.
// The programme runs in a diagonal band, so a 4,000-sentence text stays linear in time and memory.
import { splitEnglishSentences } from "./split-english";
import { anchorMask, numbersIn, sentenceAnchors, type Anchor, type AnchorToken } from "./translation-anchors";

export interface ChineseUnit {
  text: string;
  tokens?: AnchorToken[];
}

/** Half-open range of English sentence indices; two Chinese sentences of a 2:1 bead share one. */
export type Span = readonly [number, number];

export interface Alignment {
  english: string[];
  /** Per Chinese sentence: its English sentences, or null when the translation has none. */
  spans: (Span | null)[];
  translations: (string | null)[];
  /** English sentences no Chinese sentence took (0:1 beads). */
  unmatchedEnglish: number[];
}

type Move = readonly [zh: number, en: number, prior: number];
// Priors as −log probability: 1:1 ≈ 0.89, each merge/split ≈ 0.045, each omission ≈ 0.03.
const MOVES: readonly Move[] = [
  [1, 1, 0],
  [2, 1, 2.3],
  [1, 2, 2.3],
  [1, 0, 3.5],
  [0, 1, 3.5],
];
// An omission has no length to compare. Gale & Church still charge it δ² of an empty partner,
// which grows with the sentence and makes a long untranslated title impossible to skip; real
// transcripts drop titles, speaker headers and asides, so it costs the prior plus a little per character.
const OMISSION_PER_CHAR = 0.03;
const HEADING_OMISSION = 1;
/** Variance of the English length per unit of expected length, relative to c (measured on news text: sd ≈ 30% at 30 Han). */
const VARIANCE = 2.5;
const ANCHOR_REWARD = 1.2;
const NUMBER_REWARD = 1.5;
const NUMBER_MISMATCH = 0.6;
const MIN_BAND = 40;

interface Side {
  length: number[];
  numbers: string[][];
}

function chineseLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) n += 1;
    else if (/[A-Za-z0-9]/.test(ch)) n += 0.5;
  }
  return n;
}

const englishLength = (text: string) => text.replace(/\s+/g, "").length;

export function alignTranslation(chinese: ChineseUnit[], englishText: string | string[]): Alignment {
  const english = typeof englishText === "string" ? splitEnglishSentences(englishText) : englishText;
  const n = chinese.length;
  const m = english.length;
  const empty: Alignment = { english, spans: chinese.map(() => null), translations: chinese.map(() => null), unmatchedEnglish: english.map((_, j) => j) };
  if (!n || !m) return empty;

  const distinct = (xs: string[]) => [...new Set(xs)];
  const zh: Side = { length: chinese.map((c) => chineseLength(c.text)), numbers: chinese.map((c) => distinct(numbersIn(c.text, false))) };
  const en: Side = { length: english.map(englishLength), numbers: english.map((e) => distinct(numbersIn(e, true))) };
  const ratio = Math.max(0.5, sum(en.length) / Math.max(1, sum(zh.length)));
  const anchors: Anchor[][] = chinese.map((c) => sentenceAnchors(c.text, c.tokens));
  const lowerEnglish = english.map((e) => e.toLowerCase());
  const headings = english.map((e) => !/[.!?…;:"”’)]$/u.test(e));

  // Band around the diagonal: row i covers English indices [lo(i), hi(i)].
  const band = Math.max(MIN_BAND, Math.ceil(Math.abs(n - m) + 0.1 * Math.max(n, m)));
  const width = 2 * band + 1;
  const centre = (i: number) => Math.round((i * m) / n);
  const lo = (i: number) => Math.max(0, centre(i) - band);
  const hi = (i: number) => Math.min(m, centre(i) + band);
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  const at = (i: number, j: number) => (j < lo(i) || j > hi(i) ? -1 : i * width + (j - lo(i)));
  const masks = new Map<number, number>();
  const mask = (i: number, j: number) => {
    if (!anchors[i].length) return 0;
    const key = i * (m + 1) + j;
    let v = masks.get(key);
    if (v === undefined) masks.set(key, (v = anchorMask(anchors[i], english[j], lowerEnglish[j])));
    return v;
  };

  const beadCost = (i: number, a: number, j: number, b: number, prior: number): number => {
    let lz = 0;
    let le = 0;
    for (let k = i; k < i + a; k++) lz += zh.length[k];
    for (let k = j; k < j + b; k++) le += en.length[k];
    const mean = (lz * ratio + le) / 2;
    let c = prior;
    if (a && b) {
      const delta = (le - lz * ratio) / Math.sqrt(VARIANCE * ratio * Math.max(mean, 1));
      c += (delta * delta) / 2;
    } else {
      // An English heading (no closing punctuation) is what a Chinese title became: cheap to skip.
      c += b === 1 && headings[j] ? HEADING_OMISSION - prior : OMISSION_PER_CHAR * (lz * ratio + le);
      return c;
    }
    for (let k = i; k < i + a; k++) {
      let found = 0;
      for (let l = j; l < j + b; l++) found |= mask(k, l);
      c -= ANCHOR_REWARD * popcount(found);
    }
    // Numbers: at most a handful per sentence, so arrays beat sets here (this runs ~100k times).
    const zhNums = a === 1 ? zh.numbers[i] : zh.numbers[i].concat(zh.numbers[i + 1]);
    const enNums = b === 1 ? en.numbers[j] : en.numbers[j].concat(en.numbers[j + 1]);
    for (const x of zhNums) c += enNums.includes(x) ? -NUMBER_REWARD : NUMBER_MISMATCH;
    for (const x of enNums) if (!zhNums.includes(x)) c += NUMBER_MISMATCH;
    return c;
  };

  cost[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo(i); j <= hi(i); j++) {
      const here = at(i, j);
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let move = -1;
      MOVES.forEach(([a, b, prior], k) => {
        if (i < a || j < b) return;
        const from = at(i - a, j - b);
        if (from < 0 || cost[from] === Infinity) return;
        const c = cost[from] + beadCost(i - a, a, j - b, b, prior);
        if (c < best) {
          best = c;
          move = k;
        }
      });
      cost[here] = best;
      back[here] = move;
    }
  }
  if (at(n, m) < 0 || back[at(n, m)] < 0) return empty;

  const spans: (Span | null)[] = chinese.map(() => null);
  const taken = new Set<number>();
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [a, b] = MOVES[back[at(i, j)]];
    for (let k = i - a; k < i; k++) spans[k] = b ? [j - b, j] : null;
    for (let l = j - b; l < j && a; l++) taken.add(l);
    i -= a;
    j -= b;
  }
  return {
    english,
    spans,
    translations: spans.map((s) => spanText(english, s)),
    unmatchedEnglish: english.map((_, j) => j).filter((j) => !taken.has(j)),
  };
}

export function spanText(english: readonly string[], span: Span | null): string | null {
  return span && span[1] > span[0] ? english.slice(span[0], span[1]).join(" ") : null;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x >>> 0; v; v &= v - 1) c++;
  return c;
}

/**
 * Moves the boundary between Chinese sentence `index` and the next one that has English, by one
 * English sentence: `+1` gives `index` the next sentence's first English sentence, `-1` gives its
 * last English sentence to the next one. Returns the new spans, or an error message.
 */
export function moveAlignmentBoundary(spans: readonly (Span | null)[], index: number, delta: 1 | -1, englishCount: number): (Span | null)[] | string {
  const out = spans.slice();
  const here = out[index];
  if (index < 0 || index >= out.length - 1) return "There is no next sentence to move the boundary against.";
  const nextIdx = index + 1;
  const next = out[nextIdx];
  // Where the boundary sits: the end of this sentence's English, else the start of the next one's.
  const boundary = here ? here[1] : next ? next[0] : nearestBoundary(out, index);
  if (here && next && here[0] === next[0] && here[1] === next[1]) {
    // A 2:1 bead: split its English between the two sentences.
    if (here[1] - here[0] < 2) return "These two sentences share a single English sentence; there is nothing to move.";
    const cut = delta === 1 ? here[1] - 1 : here[0] + 1;
    out[index] = [here[0], cut];
    out[nextIdx] = [cut, here[1]];
    return out;
  }
  const moved = boundary + delta;
  const start = here ? here[0] : boundary;
  // With no English of its own, the next sentence can still lend an English sentence nobody took.
  const free = (j: number) => j < englishCount && !spans.some((s) => s && j >= s[0] && j < s[1]);
  const end = next ? next[1] : delta === 1 && free(boundary) ? boundary + 1 : boundary;
  if (moved < start || moved > end || moved < 0 || moved > englishCount) {
    return delta === 1 ? "The next sentence has no English sentence to give." : "This sentence has no English sentence to give.";
  }
  out[index] = moved > start ? [start, moved] : null;
  out[nextIdx] = end > moved ? [moved, end] : null;
  return out;
}

function nearestBoundary(spans: readonly (Span | null)[], index: number): number {
  for (let k = index; k >= 0; k--) if (spans[k]) return spans[k]![1];
  return 0;
}
