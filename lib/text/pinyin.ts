import { g2pmModel, type Prediction } from "./g2p/g2pm-model";
import { anyCharReading, uniqueCharReading } from "./g2p/char-readings";
import { fixFromPhrases, fixFromSubwords, pairReading, punctuatedPhraseReading, wordReadings, type WordReadings } from "./g2p/word-readings";
import { frameReading, framesInsideToken, hasFrame, withinTokenReading } from "./g2p/frames";
import { POTENTIAL_WORDS, potentialDe } from "./g2p/de-frames";
import { doubledWordReadings, erhuaSuffix } from "./g2p/erhua";
import { SENSE_WORDS, senseReading, sensesInsideToken } from "./g2p/word-senses";
import { aspectWordReading, complementReading, placeReading, placeReadingsInside, predicateChoices, predicateChoicesInside, suffixReadingsInside, suffixWordReading } from "./g2p/verb-frames";
import { surnameReading } from "./g2p/surnames";
import { dictTag } from "./segment";
import { joinedSurnameReading } from "./name-forms";
import { NUMBER_RUN, readNumber } from "./number-reading";
import { charsOf, hasHanUnit, isHan, joinErhua, markSyllable, numberSyllable } from "./pinyin-syllables";
import { BoundedMap } from "@/lib/text/bounded-map";
import { memoOf, type WordMemo } from "./word-memo";
import { modifierReading } from "./g2p/modifier-reading";
import { delimitativeReading } from "./g2p/delimitative";
import { PinyinProContext } from "./g2p/pinyin-pro-context";

// Display-time sandhi lives in its own dependency-free module so client components can import it
// from "@/lib/text/tone-sandhi" without pulling in the dictionaries; re-exported here for servers.
export { applyToneSandhi, type PinyinToken } from "./tone-sandhi";

// Readings in citation tones (一 yī, 不 bù), decided per token:
// 1. A word with exactly one reading in our glossary or CC-CEDICT takes it (行长 háng zhǎng).
// 2. A word with several readings (明朝 Míng Cháo / míng zhāo, 大夫 dài fu / dà fū) takes the one
//    its sense's cues in the sentence point to (g2p/word-senses.ts: 医院 for the doctor), else the
//    one the g2pM model (lib/text/g2p) finds likelier here at the characters where they differ.
// 3. Otherwise each character: a free-standing function word whose syntactic frame is clear takes
//    the frame's reading (g2p/frames.ts: 为 wèi before a noun phrase and a verb); a polyphone the
//    model knows is decided by the model from the whole sentence (为 wéi/wèi, 得 dé/de/děi, 着
//    zhe/zháo); any other character takes its one dictionary reading, else pinyin-pro's reading in
//    context, else a reading from Unihan.
// Numbers are read aloud (number-reading.ts) and er-hua joins its syllable (diǎnr).

/** How well a tone-marked syllable fits the model's prediction: exact class, else same syllable. */
function fit(prediction: Prediction, syllable: string): number {
  const numbered = numberSyllable(syllable);
  const exact = prediction.classes.findIndex((c) => c.replace("u:", "ü") === numbered);
  if (exact >= 0) return prediction.logProbs[exact];
  const base = numbered.slice(0, -1);
  let best = -Infinity;
  prediction.classes.forEach((c, i) => {
    if (c.replace("u:", "ü").slice(0, -1) === base) best = Math.max(best, prediction.logProbs[i]);
  });
  return best === -Infinity ? Math.log(1e-3) : best;
}

const markedClasses = new BoundedMap<string, string>();

function modelSyllable(prediction: Prediction): string {
  const i = prediction.logProbs.indexOf(Math.max(...prediction.logProbs));
  const numbered = prediction.classes[i];
  let marked = markedClasses.get(numbered);
  if (marked === undefined) {
    marked = markSyllable(numbered) ?? numbered;
    markedClasses.set(numbered, marked);
  }
  return marked;
}

const DE = "得".charCodeAt(0);

/**
 * A word of one dictionary reading whose place may still change it: 得到 after a verb (potentialDe),
 * a word whose sense cues may choose a reading its dictionary lacks (一行 háng). Its reading is
 * asked in every sentence, never kept on its memo.
 */
/**
 * The reading of a one-character word CC-CEDICT reads one way that the model does not choose for
 * (是 shì, 他 tā): what the steps below give it in any place (the rules of context are for
 * characters of several readings); null for the others.
 */
function monophone(ch: string): string | null {
  // (A character with a frame may be read otherwise in its place: 择 zhái before a vegetable.)
  if (!isHan(ch) || g2pmModel().knows(ch) || hasFrame(ch)) return null;
  const reading = uniqueCharReading(ch);
  return reading && reading !== "r" ? reading : null;
}

const placeDecides = (token: string) => (token.charCodeAt(0) === DE && POTENTIAL_WORDS.has(token)) || SENSE_WORDS.has(token);

/**
 * The reading the words around it give a dictionary word (null: its one reading, or the model's
 * choice among several): sense cues, aspect and suffix frames for a word of several readings; for
 * one of a single reading, the potential complement and cues that know another.
 */
function placeReadingOf(tokens: string[], t: number, word: WordReadings): string[] | null {
  const token = tokens[t];
  if (word.readings.length > 1) return senseReading(tokens, t, dictTag, word.readings) ?? aspectWordReading(tokens, t, word.readings, dictTag) ?? suffixWordReading(tokens, t, word.readings, dictTag);
  if (token.charCodeAt(0) === DE && POTENTIAL_WORDS.has(token)) return potentialDe(tokens, t, dictTag);
  return SENSE_WORDS.has(token) ? senseReading(tokens, t, dictTag, word.readings) : null;
}

/** A glossary phrase kept whole with its punctuation takes the glossary's syllables (punctuatedPhraseReading). */
function punctuatedPhrase(chars: string[], start: number, end: number, token: string, fixed: (string | null | undefined)[]): void {
  const at: number[] = [];
  for (let i = start; i < end; i++) if (isHan(chars[i])) at.push(i);
  const syllables = punctuatedPhraseReading(token, at.map((i) => chars[i]));
  if (syllables) at.forEach((i, k) => (fixed[i] = syllables[k]));
}

/** numberRuns of a sentence without digits (most): shared, never written to. */
const NO_RUNS: ReadonlyMap<number, string> = new Map<number, string>();
/** The model's answers for a sentence that needs none (most of a long text's): shared, never written to. */
const NO_PREDICTIONS: ReadonlyMap<number, Prediction> = new Map<number, Prediction>();
/** UTF-16 surrogates: where a sentence has none, code-point and code-unit indexes agree. */
const SURROGATE = /[\uD800-\uDFFF]/;
/** jieba's tags of nouns and places. */
const NOUN_OR_PLACE = /^(?:n|nz|ns|s)$/;

/**
 * Pinyin for each token of a sentence: tone-marked citation syllables separated by single spaces,
 * one per Han character, except that an er-hua 儿 joins the syllable before it (diǎnr) and a number
 * reads as its spoken syllables (2024年 èr líng èr sì nián). null for tokens with neither Han
 * characters nor digits. `tokens` must concatenate to `sentence`; `segments`, when given, are the
 * segments they are the texts of (their word memos save look-ups).
 */
export function pinyinForTokens(sentence: string, tokens: string[], segments?: readonly object[]): (string | null)[] {
  const wide = SURROGATE.test(sentence);
  const numberAt = numberRuns(sentence, wide);
  // The sentence's characters, made on the first token that is not read from its word's memo
  // (in most sentences of a long text, none is).
  let lazyChars: string[] | null = null;
  // Syllable per character index when known without the model; null: pinyin-pro in context.
  // Sized up front (holes read as undefined): grown index by index they were reallocated often.
  // Made with the characters (a sentence read wholly from memos needs neither).
  let fixed: (string | null | undefined)[] = NO_FIXED;
  const needModel: number[] = [];
  // Per character index, the readings the model may choose among there (a predicate: 差 not chā).
  let allowedAt: Map<number, string[]> | null = null;
  // Per token: whether it has anything to read (Han or a number), and the readings of a
  // multi-reading word the model chooses between.
  const reads: boolean[] = new Array(tokens.length);
  const choicesOf: (string[][] | undefined)[] = new Array(tokens.length);
  // The whole reading of a token that is a word of one reading (most tokens), shared per word.
  const wordOf: (string | undefined)[] = new Array(tokens.length);
  // Tokens whose frame was asked in the first loop and gave nothing (not asked again below).
  let noFrame: boolean[] | null = null;
  const hasRuns = numberAt.size > 0;
  let at = 0;
  // Most tokens are words of one reading whose joined reading an earlier sentence already kept on
  // the word's memo: that memo says the word is all Han, so without number runs or surrogates the
  // token reads as the memo says (the same answer the steps below would give).
  // With number runs, a token is read so only where no run touches it; a token without Han
  // characters outside any run (punctuation, Latin) has nothing to read.
  const quick = !wide && segments !== undefined;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (quick && (!hasRuns || !runWithin(numberAt, at, token.length))) {
      const memo = memoOf(segments[t]);
      // A character of one reading (是, 他, 也: no rule reads it otherwise) is read so wherever it stands.
      if (memo !== undefined && memo.joined === undefined && token.length === 1) memo.joined = monophone(token);
      const joined = memo?.joined;
      if (joined) {
        at += token.length;
        reads[t] = true;
        wordOf[t] = joined;
        continue;
      }
      if (!hasHanUnit(token)) {
        at += token.length;
        reads[t] = false;
        continue;
      }
      // A one-character polyphone that its frame reads from the words around it (的 after a word:
      // de; 了 after a word: le): the steps below ask the frame before any other rule and keep its
      // answer, so it is read here without the sentence's characters. (Most sentences of a long text
      // had only such tokens left for the steps below.)
      if (token.length === 1) {
        const frame = frameReading(tokens, t, dictTag);
        if (frame !== null && frame !== "r") {
          at += 1;
          reads[t] = true;
          wordOf[t] = frame;
          continue;
        }
        (noFrame ??= new Array(tokens.length))[t] = true;
      }
    }
    if (lazyChars === null) {
      lazyChars = charsOf(sentence);
      fixed = new Array(sentence.length);
    }
    const chars = lazyChars;
    const length = wide ? codePoints(token) : token.length;
    const start = at;
    at += length;
    // The token's parts: Han characters and number runs (a run's later characters are "").
    let parts = 0;
    let han = 0;
    for (let i = start; i < at; i++) {
      const run = hasRuns ? numberAt.get(i) : undefined;
      if (run !== undefined) {
        if (run) parts++;
      } else if (isHan(chars[i])) {
        parts++;
        han++;
      }
    }
    const hasHan = han > 0;
    reads[t] = parts > 0;
    if (!parts) continue;
    const whole = hasHan && parts === length;
    const memo = whole ? memoOf(segments?.[t]) : undefined;
    const word = whole ? memoWordReadings(token, memo) : null;
    const sensed = word ? placeReadingOf(tokens, t, word) : null;
    if (word?.readings.length === 1 || sensed) {
      const reading = sensed ?? word!.readings[0];
      if (han === length && reading.length === length) {
        // The one reading's joined form, kept on the word's memo (not for a sense's choice).
        // (Not for a word whose reading its place may change: placeDecides.)
        if (memo && !sensed && !placeDecides(token)) {
          if (memo.joined === undefined) memo.joined = joinedReading(word!, reading) ?? null;
          wordOf[t] = memo.joined ?? undefined;
        } else wordOf[t] = joinedReading(word!, reading);
      }
      // fixed is only read inside a token's own span: a token read whole needs no syllables there.
      if (wordOf[t] === undefined) for (let k = 0; k < reading.length; k++) fixed[start + k] = reading[k];
    } else if (word) {
      const first = word.readings[0];
      for (let k = 0; k < first.length; k++) if (word.readings.some((r) => r[k] !== first[k])) needModel.push(start + k);
      choicesOf[t] = word.readings;
      continue;
    } else {
      if (whole) {
        const surname = surnameReading(tokens, t, dictTag) ?? joinedSurnameReading(segments?.[t]);
        if (surname) fixed[start] = surname;
      }
      if (whole && length > 1) {
        const tokenChars = chars.slice(start, at);
        framesInsideToken(tokens, t, start, dictTag, fixed);
        for (const [k, reading] of placeReadingsInside(tokens, t, tokenChars, dictTag)) fixed[start + k] ??= reading;
        for (const [k, reading] of suffixReadingsInside(tokenChars, dictTag)) fixed[start + k] ??= reading;
        if (erhuaSuffix(token, dictTag(token))) fixed[at - 1] = "r";
        // A noun or place jieba keeps whole ending in 地 (满地, 空地) ends in the ground dì: the
        // particle de closes adverbs, which jieba does not tag nouns.
        else if (tokenChars[length - 1] === "地" && NOUN_OR_PLACE.test(dictTag(token) ?? "")) fixed[at - 1] ??= "dì";
        doubledWordReadings(tokenChars, start, fixed);
        sensesInsideToken(tokens, t, tokenChars, start, dictTag, fixed);
        fixFromSubwords(token, tokenChars, start, fixed, dictTag);
        for (let k = 1; k < length; k++) fixed[start + k] ??= withinTokenReading(tokenChars[k - 1], tokenChars[k], k === length - 1) ?? undefined;
        fixFromPhrases(token, tokenChars, start, fixed);
      }
      if (!whole && han > 1 && han === parts) punctuatedPhrase(chars, start, at, token, fixed);
      const frame = length === 1 && hasHan ? ((noFrame?.[t] ? null : frameReading(tokens, t, dictTag)) ?? pairReading(tokens, t) ?? placeReading(tokens, t, dictTag) ?? modifierReading(tokens, t, dictTag) ?? delimitativeReading(tokens, t) ?? complementReading(tokens, t, dictTag)) : null;
      if (frame) fixed[start] = frame;
      else if (whole && length <= 2) {
        const allowed = length === 1 ? predicateChoices(tokens, t, dictTag) : predicateChoicesInside(chars.slice(start, at));
        const at1 = start + length - 1;
        if (allowed?.length === 1) fixed[at1] ??= allowed[0];
        else if (allowed && fixed[at1] === undefined) (allowedAt ??= new Map()).set(at1, allowed);
      }
      for (let i = start; i < at; i++) {
        if (fixed[i] === undefined && !(hasRuns && numberAt.has(i)) && isHan(chars[i])) planChar(chars, i, fixed, needModel);
      }
    }
  }

  if (lazyChars === null) return quickResult(reads, wordOf);
  const chars: string[] = lazyChars;
  const predictions: ReadonlyMap<number, Prediction> = needModel.length ? g2pmModel().predict(chars, needModel, sentence) : NO_PREDICTIONS;
  const syllableAt = (i: number): string => {
    if (fixed[i]) return fixed[i];
    const p = predictions.get(i);
    const allowed = allowedAt?.get(i);
    if (p && allowed) return chooseReading(allowed.map((r) => [r]), i, predictions)[0];
    return p ? modelSyllable(p) : anyCharReading(chars[i]);
  };

  let contextual: PinyinProContext | null = null;
  const result: (string | null)[] = [];
  at = 0;
  for (let t = 0; t < tokens.length; t++) {
    const start = at;
    at += wide ? codePoints(tokens[t]) : tokens[t].length;
    if (!reads[t]) {
      result.push(null);
      continue;
    }
    const direct = wordOf[t];
    if (direct !== undefined) {
      result.push(direct);
      continue;
    }
    const choices = choicesOf[t];
    if (choices) {
      result.push(joinErhua(chooseReading(choices, start, predictions).join(" ")));
      continue;
    }
    let reading = "";
    let erhua = false; // a syllable "r" (or one that a number reading could hold) for joinErhua
    let doubled: string | null = null; // the syllable of the character before, within the token
    for (let i = start; i < at; i++) {
      const run = hasRuns ? numberAt.get(i) : undefined;
      let syllable: string;
      if (run !== undefined) {
        if (!run) continue;
        syllable = run;
      } else if (!isHan(chars[i])) continue;
      else {
        if (fixed[i] === null) {
          contextual ??= new PinyinProContext(chars);
          syllable = contextual.readingAt(i) ?? anyCharReading(chars[i]);
        } else syllable = syllableAt(i);
        // A doubled character in a token no dictionary has (薄薄的, 长长一块) is the same syllable as
        // the first: the model, seeing other neighbours, may read the second as another (báo bó).
        // A tone of its own stays (姥姥家 lǎo lao, 好好儿).
        if (doubled !== null && i > start && chars[i] === chars[i - 1] && toneless(syllable) !== toneless(doubled)) syllable = doubled;
      }
      doubled = run === undefined ? syllable : null;
      if (!erhua && (syllable === "r" || syllable.startsWith("r ") || syllable.includes(" r"))) erhua = true;
      reading = reading ? `${reading} ${syllable}` : syllable;
    }
    result.push(erhua ? joinErhua(reading) : reading);
  }
  return result;
}

/** A syllable without its tone mark (lǎo → lao). */
const toneless = (syllable: string) => syllable.normalize("NFD").replace(/[\u0300\u0301\u0304\u030c]/g, "").normalize("NFC");

function memoWordReadings(token: string, memo: WordMemo | undefined) {
  if (!memo) return wordReadings(token);
  if (memo.readings === undefined) memo.readings = wordReadings(token);
  return memo.readings;
}

/**
 * A word's reading as one string (er-hua joined), kept on the word's readings (`reading` is one of
 * them, else computed each time); undefined when a syllable is empty (the character is then read
 * on its own, as syllableAt does).
 */
function joinedReading(word: WordReadings, reading: string[]): string | undefined {
  const k = word.readings.indexOf(reading);
  if (k < 0) return joinOnce(reading) ?? undefined;
  const joined = (word.joined ??= new Array<string | null | undefined>(word.readings.length));
  if (joined[k] === undefined) joined[k] = joinOnce(reading);
  return joined[k] ?? undefined;
}

const joinOnce = (reading: string[]): string | null => (reading.every((s) => s) ? joinErhua(reading.join(" ")) : null);

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

/**
 * Decides how one character is read when its word gives no answer: the model for its polyphones,
 * the one dictionary reading, or (null) pinyin-pro in context for characters the model lacks.
 */
function planChar(chars: string[], i: number, fixed: (string | null | undefined)[], needModel: number[]): void {
  if (g2pmModel().knows(chars[i])) needModel.push(i);
  else fixed[i] = uniqueCharReading(chars[i]) ?? null;
}

/** The reading of a multi-reading word the model prefers at the characters where they differ. */
function chooseReading(choices: string[][], start: number, predictions: ReadonlyMap<number, Prediction>): string[] {
  let best = choices[0];
  let bestScore = -Infinity;
  for (const choice of choices) {
    let score = 0;
    choice.forEach((s, k) => {
      const p = predictions.get(start + k);
      if (p) score += fit(p, s);
    });
    if (score > bestScore + 1e-9) {
      best = choice;
      bestScore = score;
    }
  }
  return best;
}

/** Every token read from its word's memo: its joined reading, or null where it reads nothing. */
const NO_FIXED: (string | null | undefined)[] = [];

/** Whether a number run covers any character of [start, start + length). */
function runWithin(numberAt: ReadonlyMap<number, string>, start: number, length: number): boolean {
  for (let i = start; i < start + length; i++) if (numberAt.has(i)) return true;
  return false;
}

function quickResult(reads: boolean[], wordOf: (string | undefined)[]): (string | null)[] {
  const result: (string | null)[] = new Array(reads.length);
  for (let t = 0; t < reads.length; t++) result[t] = reads[t] ? wordOf[t]! : null;
  return result;
}

/** Spoken readings of the number runs, keyed by the index of the run's first character. */
function numberRuns(text: string, wide: boolean): ReadonlyMap<number, string> {
  if (!/[0-9０-９]/.test(text)) return NO_RUNS;
  const chars = charsOf(text);
  const runs = new Map<number, string>();
  // Map UTF-16 offsets of matches back to code-point indexes (the same without surrogates).
  let indexOf: Map<number, number> | null = null;
  if (wide) {
    indexOf = new Map<number, number>();
    let offset = 0;
    chars.forEach((c, i) => {
      indexOf!.set(offset, i);
      offset += c.length;
    });
  }
  for (const m of text.matchAll(NUMBER_RUN)) {
    const i = indexOf ? indexOf.get(m.index)! : m.index;
    const end = i + (indexOf ? [...m[0]].length : m[0].length);
    runs.set(i, readNumber(m[0], chars[end], chars[end + 1], chars[i - 1], chars.slice(Math.max(0, i - 6), i).join("")));
    for (let k = i + 1; k < end; k++) runs.set(k, ""); // covered by the run
  }
  return runs;
}
