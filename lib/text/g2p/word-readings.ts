import { pinyin as pinyinPro } from "pinyin-pro";
import { cedictEntries, clauseReading, preferredEntry } from "@/lib/dict/cedict";
import { glossaryEntry, isPunctuatedPhrase } from "@/lib/dict/glossary";
import { publicFigures } from "@/lib/dict/names";
import { BoundedMap } from "@/lib/text/bounded-map";
import { verbFirst } from "../recut-words";
import { deviantAround } from "./pinyin-pro-context";

// Dictionary evidence for pinyinForTokens (lib/text/pinyin.ts): the readings a word may have, and
// for compounds no dictionary has, the readings their known parts fix.

/** Syllable per character index of a sentence; null: read by pinyin-pro in context. */
export type FixedReadings = (string | null | undefined)[];

export interface WordReadings {
  /** Distinct readings, the most common first (CC-CEDICT's preferred entry). */
  readings: string[][];
  /** Per reading, its joined form once pinyin.ts has asked (null: a syllable is empty). */
  joined?: (string | null | undefined)[];
}

const wordCache = new BoundedMap<string, WordReadings | null>();

/** pinyin-pro's reading of a text on its own, one lowercase syllable per character. */
function proReading(text: string, surname = false): string[] {
  return pinyinPro(text, { type: "array", toneSandhi: false, surname: surname ? "head" : "off" }).map((r) => r.toLowerCase());
}

/**
 * The readings of a multi-character word (or a glossary term), or null when no dictionary has it.
 * For common words CC-CEDICT is the authority (央行 yāng háng, 和面 huó miàn). Proper nouns are its
 * least curated part (place names, transliterations): where pinyin-pro reads a name differently,
 * both readings are candidates and the model decides in context, so a name's reading changes only
 * when two of the three sources say so.
 */
export function wordReadings(word: string): WordReadings | null {
  let cached = wordCache.get(word);
  if (cached !== undefined) return cached;
  cached = null;
  // A glossary variant (全国人大 for 全国人民代表大会) shares its entry but not its reading.
  const glossary = glossaryEntry(word);
  const length = [...word].length;
  const figure = publicFigures().get(word);
  if (glossary?.term === word) cached = { readings: [glossary.pinyin.split(" ")] };
  else if (figure) cached = { readings: [figure.pinyin.split(" ")] };
  else if (length > 1 && /^\p{Script=Han}+$/u.test(word)) {
    const entries = cedictEntries(word).filter((e) => e.pinyin && e.pinyin.split(" ").length === length);
    const best = preferredEntry(entries);
    const all = (best ? [best, ...entries] : entries).map((e) => e.pinyin!.toLowerCase());
    // pinyin-pro's reading of the word is the second opinion. It counts as a different reading
    // only where a syllable differs by more than a neutral tone (CC-CEDICT's dì dao stays).
    const properNoun = entries.length > 0 && entries.every((e) => e.capitalised);
    // A person's name is read by pinyin-pro's surname mode too (曾国藩 Zēng): if either agrees, so do the sources.
    const pro = properNoun ? proReading(word) : null;
    const agrees = (r: string[]) => sameButNeutral(r, all[0].split(" "));
    if (pro && !agrees(pro) && !agrees(proReading(word, true)) && !spelledIn(entries, all[0], pro) && !properPartsAgree(word, all[0].split(" "), pro)) all.push(pro.join(" "));
    const readings = [...new Set(all)].map((r) => r.split(" "));
    if (readings.length) cached = { readings };
    else {
      // A clause of a two-clause saying alone (有难同当) reads as the saying does.
      const clause = clauseReading(word);
      if (clause) cached = { readings: [clause] };
    }
  }
  wordCache.set(word, cached);
  return cached;
}

/**
 * The syllables of a glossary phrase matched with its punctuation (山重水复疑无路，柳暗花明又一村:
 * one token, a variant of the entry written without the comma), one per Han character in order;
 * null when the token is no such variant. The phrase is the glossary's, read as the glossary reads
 * it, not character by character.
 */
export function punctuatedPhraseReading(token: string, hanChars: string[]): string[] | null {
  const words = hanChars.join("");
  const entry = glossaryEntry(token);
  if (entry) {
    if (entry.term !== words) return null;
    const syllables = entry.pinyin.split(" ");
    return syllables.length === hanChars.length ? syllables : null;
  }
  // A saying of CC-CEDICT's written with its comma (一着不慎，满盘皆输: yī zhāo) reads as its entry
  // without the comma does, if that has one reading.
  if (!isPunctuatedPhrase(token)) return null;
  const saying = wordReadings(words);
  return saying?.readings.length === 1 && saying.readings[0].length === hanChars.length ? saying.readings[0] : null;
}


/** A character's sense that is only its use in place names. */
const PLACE_NAMES_ONLY = /^\(used in place names\b[^)]*\)$/;

/** Same syllables, where they differ one of the two being toneless (dì dao ~ dì dào). */
function sameButNeutral(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((s, k) => s === b[k] || ((isToneless(s) || isToneless(b[k])) && strip(s) === strip(b[k])));
}

/** A reading as an English text spells it: toneless, no spaces (lào tíng → laoting). */
const spelling = (reading: string) => strip(reading).replace(/ü/g, "u").replace(/[\s'-]/g, "").toLowerCase();

/**
 * Whether the entries' English spells the name as CC-CEDICT reads it and not as pinyin-pro does
 * (乐亭 "see 乐亭县[Lao4 ting2 Xian4]", 乐亭县 "Laoting, a county…": lào, not lè): a second source
 * for the dictionary's reading, so pinyin-pro's is no candidate.
 */
function spelledIn(entries: { definitions: string[] }[], reading: string, pro: string[]): boolean {
  const english = entries.flatMap((e) => e.definitions).join(" ").replace(/[\d\s'-]/g, "").toLowerCase();
  // (A county's or a city's English drops its last syllable: 乐亭县 "Laoting county".)
  const spelled = (syllables: string[]) => {
    const whole = spelling(syllables.join(" "));
    const head = syllables.length >= 3 ? spelling(syllables.slice(0, -1).join(" ")) : "";
    return (whole.length >= 5 && english.includes(whole)) || (head.length >= 5 && english.includes(head));
  };
  return spelled(reading.split(" ")) && !spelled(pro);
}

/**
 * Whether every character CC-CEDICT and pinyin-pro read differently in a proper noun is, in
 * CC-CEDICT's reading, the character's own proper entry other than a surname: an abbreviation or a
 * place (青藏铁路: 藏 zàng is "Tibet", pinyin-pro's cáng "to hide"; 蒙 měng "Mongol", 宁 níng "Ningxia"):
 * a second source for the dictionary's reading, so pinyin-pro's is no candidate.
 */
function properPartsAgree(word: string, reading: string[], pro: string[]): boolean {
  const chars = [...word];
  if (chars.length !== reading.length || chars.length !== pro.length) return false;
  let differs = false;
  for (let k = 0; k < chars.length; k++) {
    if (strip(reading[k]) === strip(pro[k]) && (isToneless(reading[k]) || isToneless(pro[k]) || reading[k] === pro[k])) continue;
    differs = true;
    // (Or the character's reading CC-CEDICT gives for place names only: 涌 chōng in 葵涌, 鲗鱼涌.)
    const own = cedictEntries(chars[k]).some((e) => e.pinyin?.toLowerCase() === reading[k] && ((e.capitalised && !/^surname\b/i.test(e.definitions[0] ?? "")) || PLACE_NAMES_ONLY.test(e.definitions.join("; "))));
    if (!own) return false;
  }
  return differs;
}

const strip = (s: string) => s.normalize("NFD").replace(/[\u0300\u0301\u0304\u030c]/g, "").normalize("NFC");
const isToneless = (s: string) => strip(s) === s;

/**
 * Characters of a word no dictionary of ours has, read by pinyin-pro's phrase dictionary: where
 * pinyin-pro reads a character of the word differently from the character alone, it matched a
 * phrase, which is evidence; elsewhere it only repeats its default and the model decides.
 */
export function fixFromPhrases(word: string, tokenChars: string[], start: number, fixed: FixedReadings): void {
  let evidence = phraseCache.get(word);
  if (!evidence && !tokenChars.some((_, k) => deviantAround(tokenChars, k))) {
    // No phrase of pinyin-pro's that reads a character otherwise occurs in the word: it reads every
    // character as alone, so there is no evidence, and no need to ask it (most such words).
    evidence = NO_EVIDENCE;
    phraseCache.set(word, evidence);
  }
  if (!evidence) {
    const inWord = proReading(word);
    evidence = tokenChars.map((ch, k) => (inWord[k] && inWord[k] !== ch && inWord[k] !== proReading(ch)[0] ? inWord[k] : undefined));
    phraseCache.set(word, evidence);
  }
  evidence.forEach((s, k) => {
    if (s && fixed[start + k] === undefined) fixed[start + k] = s;
  });
}

const phraseCache = new BoundedMap<string, (string | undefined)[]>();
const NO_EVIDENCE: (string | undefined)[] = [];

/**
 * A compound the dictionaries lack (银行行长, 举行会谈): its characters take the reading of the
 * longest dictionary word inside it that covers them and has exactly one reading.
 */
export function fixFromSubwords(token: string, tokenChars: string[], start: number, fixed: FixedReadings, tagOf: (word: string) => string | null): void {
  for (const { at, length, reading } of ordered(subwordsOf(token, tokenChars), tokenChars, tagOf)) {
    if (fixed[start + at] !== undefined && fixed[start + at + length - 1] !== undefined) continue;
    reading.forEach((s, k) => (fixed[start + at + k] ??= s));
  }
}

/**
 * The first two characters are a verb: by CC-CEDICT's first sense where it has the word (分散 "to
 * scatter"; 排长 "platoon leader" is none, though jieba tags it v), else by jieba's tag.
 */
function verbPair(word: string, tagOf: (word: string) => string | null): boolean {
  return cedictEntries(word).some((e) => !e.capitalised) ? verbFirst(word) : /^v/.test(tagOf(word) ?? "");
}

/**
 * Subwords in the order their readings count, where two of the same length overlap: the pair that
 * tiles a four-character token (卫冕|冠军, not 冕冠 guān; 故事|情节, not 事情), and in three
 * characters the word after a first character that is an adverb, or a verb that makes no verb with
 * the next (直|发抖, 打|手势: not 直发 zhí fà, 打手) — otherwise the first word, the rest its suffix
 * (旅行|家, 分散|剂: not 行家, 散剂).
 */
function ordered(subwords: Subword[], chars: string[], tagOf: (word: string) => string | null): Subword[] {
  if (subwords.length < 2 || subwords[0].length !== 2) return subwords;
  let first: Subword | undefined;
  if (chars.length === 4) {
    const halves = subwords.filter((w) => w.length === 2 && (w.at === 0 || w.at === 2));
    if (halves.length === 2) return [...halves, ...subwords.filter((w) => !halves.includes(w))];
  } else if (chars.length === 3) {
    // A verb before a word (打|手势), unless the first two are a verb themselves (分散|剂).
    const a = tagOf(chars[0]) ?? "";
    if (a === "d" || (/^v[dgi]?$/.test(a) && !verbPair(chars[0] + chars[1], tagOf))) first = subwords.find((w) => w.at === 1);
  }
  return first ? [first, ...subwords.filter((w) => w !== first)] : subwords;
}

interface Subword {
  at: number;
  length: number;
  reading: string[];
}

const subwordCache = new BoundedMap<string, Subword[]>();

/** The dictionary words of one reading inside a token, longest first, then from the left. */
function subwordsOf(token: string, tokenChars: string[]): Subword[] {
  let found = subwordCache.get(token);
  if (!found) {
    found = [];
    const n = tokenChars.length;
    for (let length = n - 1; length >= 2; length--) {
      for (let at = 0; at + length <= n; at++) {
        const word = wordReadings(tokenChars.slice(at, at + length).join(""));
        if (word?.readings.length === 1) found.push({ at, length, reading: word.readings[0] });
      }
    }
    subwordCache.set(token, found);
  }
  return found;
}

const HAN_CHAR = /^\p{Script=Han}$/u;
const HAN_OR_ALNUM = /\p{Script=Han}|[0-9A-Za-z]/u;
/** One Han character (a surrogate pair counts as one). */
const isChar = (t: string | undefined) => t !== undefined && (t.length === 1 || t.length === 2) && HAN_CHAR.test(t);
const closes = (t: string | undefined) => t === undefined || !HAN_OR_ALNUM.test(t);

/**
 * A one-character token cut off from a one-character neighbour with which it forms a dictionary word
 * of one reading (厨房|和|面: 和面 huó miàn): the character's reading in that word, else null. Only
 * where the pair closes its clause, so a particle before a longer phrase is left alone.
 */
export function pairReading(tokens: string[], i: number): string | null {
  if (!isChar(tokens[i])) return null;
  if (isChar(tokens[i + 1]) && closes(tokens[i + 2])) {
    const word = wordReadings(tokens[i] + tokens[i + 1]);
    if (word?.readings.length === 1) return word.readings[0][0];
  }
  if (isChar(tokens[i - 1]) && closes(tokens[i + 1])) {
    const word = wordReadings(tokens[i - 1] + tokens[i]);
    if (word?.readings.length === 1) return word.readings[0][1];
  }
  return null;
}
