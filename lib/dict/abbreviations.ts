import { cedictEntries, preferredEntry, shortGloss } from "./cedict";
// One-character abbreviations of countries and regions as news Chinese uses them in compounds:
// 中俄 China–Russia, 美方 the US side, 涉华 China-related, 驻美 stationed in the US. Glossed by meaning, because CC-CEDICT's
// first sense of the lone character (俄 "suddenly", 美 "beautiful") is wrong there.
interface Place {
  /** Name in a pair: "China–Russia". */
  name: string;
  /** Adjective before "side": "the Russian side". */
  adjective: string;
}

/**
 * Abbreviations shared by several countries (巴: Pakistan, Brazil, Palestine). The first place is
 * the reading news uses most; another is chosen when the text names it in full and does not name
 * the first (中巴 in a text about 巴西 is China–Brazil).
 */
const SHARED: Record<string, (Place & { full: string[] })[]> = {
  巴: [
    { name: "Pakistan", adjective: "Pakistani", full: ["巴基斯坦"] },
    { name: "Brazil", adjective: "Brazilian", full: ["巴西"] },
    { name: "Palestine", adjective: "Palestinian", full: ["巴勒斯坦"] },
  ],
  伊: [
    { name: "Iran", adjective: "Iranian", full: ["伊朗"] },
    { name: "Iraq", adjective: "Iraqi", full: ["伊拉克"] },
  ],
  印: [
    { name: "India", adjective: "Indian", full: ["印度"] },
    { name: "Indonesia", adjective: "Indonesian", full: ["印尼", "印度尼西亚"] },
  ],
  新: [
    { name: "Singapore", adjective: "Singaporean", full: ["新加坡"] },
    { name: "New Zealand", adjective: "New Zealand", full: ["新西兰"] },
  ],
  马: [
    { name: "Malaysia", adjective: "Malaysian", full: ["马来西亚"] },
    { name: "Maldives", adjective: "Maldivian", full: ["马尔代夫"] },
  ],
  澳: [
    { name: "Australia", adjective: "Australian", full: ["澳大利亚", "澳洲"] },
    { name: "Macao", adjective: "Macao", full: ["澳门"] },
  ],
  塞: [
    { name: "Serbia", adjective: "Serbian", full: ["塞尔维亚"] },
    { name: "Senegal", adjective: "Senegalese", full: ["塞内加尔"] },
    { name: "Cyprus", adjective: "Cypriot", full: ["塞浦路斯"] },
  ],
  加: [
    { name: "Canada", adjective: "Canadian", full: ["加拿大"] },
    { name: "Ghana", adjective: "Ghanaian", full: ["加纳"] },
  ],
};

type PairPrefix = { gloss: string; length: number };

/**
 * Answers for the text most recently searched (a lesson's text is asked about over and over):
 * which parts it includes, the glosses and pair prefixes of words in its light.
 */
interface Searched {
  context: string;
  found: Map<string, boolean>;
  glosses: Map<string, string | null>;
  pairs: Map<string, PairPrefix | null>;
}
let searched: Searched = { context: "", found: new Map(), glosses: new Map(), pairs: new Map() };

function searchedFor(context: string): Searched {
  if (searched.context !== context) searched = { context, found: new Map(), glosses: new Map(), pairs: new Map() };
  // An equal text in another string (the same lesson built again): keep this one, so the next
  // comparison is by reference instead of by content.
  else searched.context = context;
  return searched;
}

/** context.includes(part), remembered for the text most recently searched. */
function contextIncludes(context: string, part: string): boolean {
  searchedFor(context);
  let found = searched.found.get(part);
  if (found === undefined) {
    found = context.includes(part);
    searched.found.set(part, found);
  }
  return found;
}

/** The place a character stands for in a text (see SHARED). */
function placeIn(char: string, context: string): Place {
  const shared = SHARED[char];
  if (!shared || !context) return PLACES[char];
  const named = (p: { full: string[] }) => p.full.some((f) => contextIncludes(context, f));
  if (named(shared[0])) return shared[0];
  return shared.find(named) ?? shared[0];
}

const PLACES: Record<string, Place> = {
  中: { name: "China", adjective: "Chinese" },
  华: { name: "China", adjective: "Chinese" },
  美: { name: "US", adjective: "US" },
  俄: { name: "Russia", adjective: "Russian" },
  欧: { name: "EU", adjective: "EU" },
  日: { name: "Japan", adjective: "Japanese" },
  韩: { name: "ROK", adjective: "ROK" },
  朝: { name: "DPRK", adjective: "DPRK" },
  英: { name: "UK", adjective: "British" },
  法: { name: "France", adjective: "French" },
  德: { name: "Germany", adjective: "German" },
  意: { name: "Italy", adjective: "Italian" },
  澳: { name: "Australia", adjective: "Australian" },
  加: { name: "Canada", adjective: "Canadian" },
  印: { name: "India", adjective: "Indian" },
  巴: { name: "Pakistan", adjective: "Pakistani" },
  菲: { name: "Philippines", adjective: "Philippine" },
  越: { name: "Vietnam", adjective: "Vietnamese" },
  泰: { name: "Thailand", adjective: "Thai" },
  蒙: { name: "Mongolia", adjective: "Mongolian" },
  非: { name: "Africa", adjective: "African" },
  老: { name: "Laos", adjective: "Lao" },
  柬: { name: "Cambodia", adjective: "Cambodian" },
  缅: { name: "Myanmar", adjective: "Myanmar" },
  新: { name: "Singapore", adjective: "Singaporean" },
  马: { name: "Malaysia", adjective: "Malaysian" },
  以: { name: "Israel", adjective: "Israeli" },
  伊: { name: "Iran", adjective: "Iranian" },
  土: { name: "Türkiye", adjective: "Turkish" },
  乌: { name: "Ukraine", adjective: "Ukrainian" },
  塞: { name: "Serbia", adjective: "Serbian" },
  埃: { name: "Egypt", adjective: "Egyptian" },
  沙: { name: "Saudi Arabia", adjective: "Saudi" },
  台: { name: "Taiwan", adjective: "Taiwan" },
  港: { name: "Hong Kong", adjective: "Hong Kong" },
  藏: { name: "Xizang", adjective: "Xizang" },
  疆: { name: "Xinjiang", adjective: "Xinjiang" },
  外: { name: "foreign countries", adjective: "foreign" },
};

// Which characters may stand in which compound. Pairs need two countries that are commonly paired
// in the news; lone 以 (by), 加 (add), 新 (new), 马 (horse), 土 (soil) only count before 方 "side".
const PAIR = new Set([..."中美俄欧日韩朝英法德意澳印巴菲越泰蒙非老柬缅"]);
const SIDE = new Set([..."中美俄欧日韩朝英法德意澳加印巴菲越泰蒙老柬缅新马以伊土乌塞埃沙台港外"]);
const INVOLVING = new Set([..."华台港澳藏疆日美俄外"]);
/** Prepositions and verbs of relation before a country's character, and their English. */
const RELATIONS: Record<string, string> = { 对: "towards", 访: "to visit", 来: "to come to", 赴: "to go to", 反: "anti-", 援: "aid to" };
/** The countries and regions they take (not 港 or 澳: 对港内的炮击 is a harbour). */
const RELATED = new Set([..."华台藏疆日美俄欧韩朝"]);
/** PAIR by code unit (all BMP), for a first test without making strings. */
const PAIR_UNITS = new Set([...PAIR].map((c) => c.charCodeAt(0)));

/**
 * The English of an abbreviation compound, or null when `text` is not one. `context` (the whole
 * text) decides characters several countries share (中巴: China–Pakistan, or China–Brazil in a
 * text about 巴西).
 */
export function abbreviationGloss(text: string, context = ""): string | null {
  const { glosses } = searchedFor(context);
  let gloss = glosses.get(text);
  if (gloss === undefined) {
    gloss = glossIn(text, context);
    glosses.set(text, gloss);
  }
  return gloss;
}

function glossIn(text: string, context: string): string | null {
  const chars = [...text];
  const place = (c: string) => placeIn(c, context);
  if (chars.length === 2 && chars[1] === "方" && SIDE.has(chars[0])) return `the ${place(chars[0]).adjective} side`;
  if (chars.length === 2 && chars[0] === "涉" && INVOLVING.has(chars[1])) {
    return `${place(chars[1]).name}-related; involving ${place(chars[1]).name}`;
  }
  if (chars.length === 2 && chars[0] === "驻" && (PAIR.has(chars[1]) || INVOLVING.has(chars[1]))) {
    return `stationed in ${withArticle(place(chars[1]).name)}`;
  }
  // A preposition or verb of relation and a country or region (对台军售, 对俄制裁, 访华, 来华, 赴美):
  // "towards Taiwan", "to visit China", not 台 "(classical) you", 俄 "suddenly".
  // A word CC-CEDICT has (对华 "(policy etc) towards China", 对日) keeps its entry's gloss.
  const relation = chars.length === 2 ? RELATIONS[chars[0]] : undefined;
  if (relation && RELATED.has(chars[1])) {
    const entry = preferredEntry(cedictEntries(text));
    return (entry && shortGloss(entry)) || `${relation}${relation.endsWith("-") ? "" : " "}${withArticle(place(chars[1]).name)}`;
  }
  if (chars.length >= 2 && chars.length <= 3 && chars.every((c) => PAIR.has(c)) && new Set(chars).size === chars.length) {
    return chars.map((c) => place(c).name).join("–");
  }
  return null;
}

/** Names English says with "the" (the US, the Philippines); "foreign countries" and countries go bare. */
const withArticle = (name: string) => (/^(?:US|UK|EU|ROK|DPRK|Philippines|Maldives)$/.test(name) ? `the ${name}` : name);

/** Whether an abbreviation compound may start with this character (a cheap first test). */
export function mayAbbreviate(first: string): boolean {
  return first === "涉" || first === "驻" || SIDE.has(first) || PAIR.has(first);
}

/** Code units of the characters mayAbbreviate accepts (all BMP). */
const FIRST_UNITS = new Set([..."涉驻", ...SIDE, ...PAIR].map((c) => c.charCodeAt(0)));
/** RELATIONS and RELATED by code unit (all BMP). */
const RELATION_UNITS = new Set(Object.keys(RELATIONS).map((c) => c.charCodeAt(0)));
const RELATED_UNITS = new Set([...RELATED].map((c) => c.charCodeAt(0)));

/** Whether two one-character texts may make a relation compound (对台, 访华): by code unit, no string made. */
export function mayRelateAt(a: string, b: string): boolean {
  return RELATION_UNITS.has(a.charCodeAt(0)) && RELATED_UNITS.has(b.charCodeAt(0));
}

/** mayAbbreviate for a text's first code unit, without making a string of it. */
export function mayAbbreviateAt(text: string): boolean {
  return FIRST_UNITS.has(text.charCodeAt(0));
}

/**
 * 中巴 is also CC-CEDICT's "minibus", so the segmenter keeps it as vocabulary; in a text that names
 * one of 巴's countries in full, or its side (巴方), it is the pair. Returns the pair's English when `word` is such a pair
 * or begins with one (中巴关系), with the length of the pair; null otherwise.
 */
export function namedPairPrefix(word: string, context: string): PairPrefix | null {
  // PAIR holds BMP characters only: the first two code units decide as the first two characters would.
  if (word.length < 2 || !PAIR_UNITS.has(word.charCodeAt(0)) || !PAIR_UNITS.has(word.charCodeAt(1))) return null;
  const { pairs } = searchedFor(context);
  let pair = pairs.get(word);
  if (pair === undefined) {
    pair = pairIn(word, context);
    pairs.set(word, pair);
  }
  return pair;
}

function pairIn(word: string, context: string): PairPrefix | null {
  const chars = [...word];
  if (chars.length < 2 || !PAIR.has(chars[0]) || !PAIR.has(chars[1]) || chars[0] === chars[1]) return null;
  // The country is named in full, or as a side (巴方).
  const named = chars.slice(0, 2).some((c) => contextIncludes(context, `${c}方`) || SHARED[c]?.some((p) => p.full.some((f) => contextIncludes(context, f))));
  if (!named) return null;
  const gloss = abbreviationGloss(chars.slice(0, 2).join(""), context);
  return gloss ? { gloss, length: 2 } : null;
}
