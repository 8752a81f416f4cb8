import { cedictEntries } from "@/lib/dict/cedict";
import { BoundedMap } from "@/lib/text/bounded-map";
import { NUMERAL, hanNumberValue, measureGloss, numberGloss } from "./number-gloss";
import type { Segment } from "./segment";
import { makeSegment } from "./word-memo";
import { HAVING } from "./role-words";

// Numbers and counts the segmenter cut wrong (sixth session): a number in Chinese numerals is one
// token (六百|三十万 → 六百三十万), and after a count a measure word and its noun are two
// (三十多|本书 → 本|书). Called from segmentWords with its tag look-up and segment maker.

type TagOf = (word: string) => string | null;
type Make = (word: string) => Segment;

const NUMERALS = new RegExp(`^[${NUMERAL}]+$`, "u");
const NUMERAL_HEAD = new RegExp(`^[${NUMERAL}]+`, "u");
/** Per char code: a numeral, a digit or 第, the characters a count or number token starts with (most tokens start with none). */
const NUMBER_START = new Uint8Array(65536);
for (const ch of `${NUMERAL}第几0123456789`) NUMBER_START[ch.charCodeAt(0)] = 1;
/** Without one of these characters in a sentence joinNumerals changes nothing there (segment.ts skips it). */
export const NUMBER_TRIGGERS: readonly string[] = [...`${NUMERAL}第几0123456789`];
/** A count: numerals or digits, perhaps "more than" or "some" after them (三十多, 几). */
const COUNT = new RegExp(`^(?:[${NUMERAL}]+|[0-9]+)[多余几]?$|^几$`, "u");
const COUNT_HEAD = new RegExp(`^(?:[${NUMERAL}]+|[0-9]+)`, "u");
const FRACTION_DIGITS = /^[〇零一二三四五六七八九]+$/u;
const PERCENT = "百分之";
const APPROX_BEFORE_UNIT = /^[一二三四五六七八九两十百千]+[多余]$/u;
const DIGITS = /^[0-9]+(?:\.[0-9]+)?$/;

const classifierChars = new BoundedMap<string, boolean>();
/** CC-CEDICT gives the character a "classifier for …" sense. */
function isClassifier(ch: string): boolean {
  let yes = classifierChars.get(ch);
  if (yes === undefined) {
    yes = cedictEntries(ch).some((e) => !e.capitalised && e.definitions.some((d) => d.startsWith("classifier for")));
    classifierChars.set(ch, yes);
  }
  return yes;
}

/**
 * A measure word and a noun that no dictionary has as one noun (本书 is jieba's pronoun phrase "this
 * book", 封信 and 条路 none of its words; not 年级, 次方 in CC-CEDICT, nor 位数 "digit", a noun in jieba's).
 */
function measureAndNoun(pair: string, tagOf: TagOf): boolean {
  return pair.length === 2 && cedictEntries(pair).length === 0 && isClassifier(pair[0]) && /^n[a-z]?$/.test(tagOf(pair[1]) ?? "") && tagOf(pair) !== "n";
}

/**
 * After a demonstrative, a measure word and the noun it counts however jieba tagged the token (这|道菜,
 * 这|部手机): a demonstrative is followed by a measure word, so no noun jieba made of the two stands there.
 */
function pointedMeasureAndNoun(text: string, tagOf: TagOf): boolean {
  if (text.length < 2 || text.length > 3 || cedictEntries(text).length !== 0 || !isClassifier(text[0])) return false;
  const noun = text.slice(1);
  return /^n[a-z]?$/.test(tagOf(noun) ?? "") && (noun.length === 1 || cedictEntries(noun).length > 0);
}

/**
 * The measure word of a count or demonstrative before token i (这|座, 这场, 一座), or null. A measure
 * word alone needs its count or demonstrative before it: 座, 场 and 家 are words of their own too.
 */
function measureBefore(segs: Segment[], i: number, tagOf: TagOf): string | null {
  const word = segs[i - 1].text;
  if (word.length === 2 && countsOrPoints(word[0]) && isClassifier(word[1])) return word[1];
  if (word.length === 1 && i >= 2 && tagOf(word) === "q" && countsOrPoints(segs[i - 2].text)) return word;
  return null;
}

/**
 * Whether a proper noun is 大 or 小 and a common noun, heading its phrase (这座大桥 "this big bridge",
 * 这场大雪 "this heavy snow"): a measure word counts the thing its characters name. Before another
 * noun it is a modifier (一家小米公司: the company), and a place stays one (PLACE_SENSE).
 */
function sizedThing(segs: Segment[], i: number, tagOf: TagOf): boolean {
  const word = segs[i].text;
  if (word.charCodeAt(0) !== DA && word.charCodeAt(0) !== XIAO) return false;
  const next = segs[i + 1]?.text;
  if (next !== undefined && (next === "的" || /^n/.test(tagOf(next) ?? ""))) return false;
  return cedictEntries(word[1]).some((e) => !e.capitalised);
}

const DA = "大".charCodeAt(0);
const XIAO = "小".charCodeAt(0);

/** Measure words for people: a name may follow them (那位小乔, 这个小明). */
const PERSON_MEASURES = new Set([..."个位名"]);
/** A sense naming a place, which a measure word may count as it is (一条长江, 一座泰山). */
const PLACE_SENSE = /\b(?:[Rr]iver|[Mm]ount(?:ain)?s?|Mt|[Ll]ake|[Ss]ea|[Ii]sland|[Cc]ity|[Cc]ounty|[Pp]rovince|[Pp]refecture|[Dd]istrict|[Tt]own|[Vv]illage|[Cc]apital|[Pp]eninsula|[Pp]lateau|[Gg]orge|[Bb]ay)\b/;
/** A word CC-CEDICT has only as a proper noun, and not as a place (大桥 "Da Qiao", 大雪 the solar term). */
const properOnly = (word: string) => {
  const entries = cedictEntries(word);
  return entries.length > 0 && entries.every((e) => e.capitalised && !e.definitions.some((d) => PLACE_SENSE.test(d)));
};

/** Demonstratives and quantifiers a measure word follows as it follows a count (这封信, 每本书). */
const POINTING = new Set(["这", "那", "哪", "每", "某", "各", "另"]);
/** POINTING by char code (all one character): asked of the token before nearly every token. */
const POINTING_CODES = new Uint8Array(65536);
for (const w of POINTING) POINTING_CODES[w.charCodeAt(0)] = 1;
const points = (word: string) => word.length === 1 && POINTING_CODES[word.charCodeAt(0)] === 1;
/** The first characters of HAVING's words (有, 没有, 有了): a char code before a hash probe. */
const HAVING_FIRST = new Uint8Array(65536);
for (const w of HAVING) HAVING_FIRST[w.charCodeAt(0)] = 1;
const having = (word: string) => HAVING_FIRST[word.charCodeAt(0)] === 1 && HAVING.has(word);
/** Without one of these in a sentence splitCounted changes nothing there: each cut needs a count, a pointing word or 有 (segment.ts skips it). */
export const COUNTED_TRIGGERS: readonly string[] = [...NUMBER_TRIGGERS, ...POINTING, ...[...HAVING].map((w) => w[0])];
/** A count (三十多) or a word that points out what the measure word counts (这, 每). */
const countsOrPoints = (word: string) => (NUMBER_START[word.charCodeAt(0)] === 1 && COUNT.test(word)) || points(word);

/**
 * 三十多|本书 → 三十多|本|书, 这|封信 → 这|封|信, 一封信 → 一封|信: after a count, a word that points
 * (这, 那, 每) or 有 with its 一 left out (我有本书) comes a measure word, so a token that jieba made of a measure word and a noun (本书
 * "this book" in 本书共分三章) is the two of them there, and a count, measure word and noun in one
 * token no dictionary has is the counted measure and the noun. Words the dictionaries have stay
 * (三|年级, 三次方, 两位数). A word CC-CEDICT has only as a proper noun, 大 or 小 and a noun counted as
 * a thing (这座|大桥, 一场|大雪), is the common word its characters make: marked `common`.
 */
export function splitCounted(segs: Segment[], tagOf: TagOf, make: Make): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const s = cur[i];
    if (s.gloss || s.name || s.text.length < 2) continue;
    if (i > 0 && s.text.length === 2 && (countsOrPoints(cur[i - 1].text) || having(cur[i - 1].text)) && measureAndNoun(s.text, tagOf)) {
      out ??= segs.slice();
      out.splice(i, 1, make(s.text[0]), make(s.text[1]));
      continue;
    }
    if (i > 0 && points(cur[i - 1].text) && pointedMeasureAndNoun(s.text, tagOf)) {
      out ??= segs.slice();
      out.splice(i, 1, make(s.text[0]), make(s.text.slice(1)));
      continue;
    }
    // (sizedThing first: its opening 大/小 test is the cheap one, most two-character words fail it.)
    const measure = i > 0 && s.text.length === 2 && sizedThing(cur, i, tagOf) ? measureBefore(cur, i, tagOf) : null;
    if (measure && !PERSON_MEASURES.has(measure) && properOnly(s.text)) {
      out ??= segs.slice();
      out[i] = Object.freeze({ text: s.text, tag: "", common: true });
      continue;
    }
    if (!NUMBER_START[s.text.charCodeAt(0)]) continue;
    const count = COUNT_HEAD.exec(s.text)?.[0];
    if (count && s.text.length === count.length + 2 && cedictEntries(s.text).length === 0 && measureAndNoun(s.text.slice(count.length), tagOf)) {
      out ??= segs.slice();
      out.splice(i, 1, makeSegment(s.text.slice(0, -1), "m"), make(s.text.slice(-1)));
    }
  }
  return out ?? segs;
}


/**
 * A number written in Chinese numerals as one value (六百三十万 6,300,000), else null: a
 * percentage too (百分之五点三), but never a range or a pair (七八, 三五, 五一) or a word of numerals
 * that is no number (万一, 一一: hanNumberValue refuses them).
 */
function numeralValue(text: string): number | null {
  if (text.startsWith("第")) text = text.slice(1); // an ordinal: 第一百零四
  const percent = text.startsWith(PERCENT);
  const [whole, fraction, extra] = (percent ? text.slice(PERCENT.length) : text).split("点");
  if (extra !== undefined || (fraction !== undefined && (!percent || !FRACTION_DIGITS.test(fraction)))) return null;
  return NUMERALS.test(whole) ? hanNumberValue(whole) : null;
}

/**
 * 六百|三十万 → 六百三十万, 三十二|万 → 三十二万, 三|百亿元 → 三百亿|元, 百分之五点|三 → 百分之五点三,
 * 10|亿台 → 10亿|台,
 * 第一百|零|四条 → 第一百零四条:
 * jieba cuts long numbers in Chinese numerals into pieces, each then glossed as a number of its
 * own (600 + 300,000). Adjacent tokens of numerals are one number where together they read as one
 * value; a token that starts with numerals and goes on with a word (百亿元, 万人) gives its
 * numerals to the number and keeps the rest as its own word. A lone numeral word (千万 "be sure
 * to", 一一 "one by one") and ranges (七八个, 三五天) are left alone.
 */
export function joinNumerals(segs: Segment[], tagOf: TagOf, make: Make): Segment[] {
  let out: Segment[] | null = null; // copied on the first join
  for (let i = 0; i + 1 < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const first = cur[i].text;
    if (!NUMBER_START[first.charCodeAt(0)]) continue;
    // 第|3|次 → 第3次, 第|5|届 → 第5届: an ordinal in digits and its measure word, one token as
    // jieba gives 第三次 ("3rd time", not 次 "next in sequence" and 届 "to arrive at" on their own).
    if (first === "第" && /^[0-9]+$/.test(cur[i + 1].text) && !cur[i + 1].gloss) {
      const unit = cur[i + 2]?.text;
      // (Not a conjunction or preposition CC-CEDICT also lists as a measure word: 第62|和|第63.)
      const measured = unit !== undefined && unit.length === 1 && !cur[i + 2].gloss && isClassifier(unit) && !/^(?:c|p|u)/.test(tagOf(unit) ?? "");
      out ??= segs.slice();
      out.splice(i, measured ? 3 : 2, makeSegment(first + cur[i + 1].text + (measured ? unit : ""), "m"));
      continue;
    }
    // 一千二百多|亿元 → 一千二百多亿|元, 五十多|亿 → 五十多亿: "more than" before a unit of ten thousands.
    // 10|亿台 → 10亿|台, 3.5|万人 → 3.5万|人: digits and the 万/亿 that multiplies them.
    if ((APPROX_BEFORE_UNIT.test(first) || DIGITS.test(first)) && !cur[i].gloss) {
      const next = cur[i + 1];
      // The unit, and 多/余 after it (4万多, 247万余册: "more than").
      const unit = /^[万亿]+[多余]?/u.exec(next.text)?.[0];
      if (unit && !next.gloss) {
        const tail = next.text.slice(unit.length);
        // One measure word stays where the whole reads (20亿年 "2,000,000,000 years"), as above.
        if (!tail || (tail.length === 1 && numberGloss(first + next.text) !== null)) {
          out ??= segs.slice();
          out.splice(i, 2, makeSegment(first + next.text, "m"));
        } else if (tagOf(tail) !== null) {
          out ??= segs.slice();
          out.splice(i, 2, makeSegment(first + unit, "m"), make(tail));
        }
      }
      continue;
    }
    const ordinal = first[0] === "第" && NUMERALS.test(first.slice(1));
    if ((!NUMERALS.test(first) && !ordinal && !(first.startsWith(PERCENT) && first.endsWith("点"))) || cur[i].gloss) continue;
    if (first[0] === "零" || first[0] === "〇") continue; // no number starts with zero (第一百|零|四条 joins from 第一百)
    let text = first;
    let j = i + 1;
    while (j < cur.length && NUMERALS.test(cur[j].text) && !cur[j].gloss && numeralValue(text + cur[j].text) !== null) text += cur[j++].text;
    let rest: string | null = null;
    if (j < cur.length && !cur[j].gloss) {
      const head = NUMERAL_HEAD.exec(cur[j].text)?.[0];
      if (head && head.length < cur[j].text.length && numeralValue(text + head) !== null) {
        const tail = cur[j].text.slice(head.length);
        // One measure word stays with its number where the two read as a whole, as jieba gives
        // them (三十七万九千年 "379,000 years", 四百八十七名 "487 + (classifier for people)");
        // a longer word or one that would be left without a gloss goes on its own (三百亿|元).
        if (tail.length === 1 && (numberGloss(text + cur[j].text) ?? measureGloss(text + cur[j].text, null, false)) !== null) {
          text += cur[j].text;
          j++;
        } else if (tagOf(tail) !== null) {
          text += head;
          rest = tail;
          j++;
        }
      }
    }
    if (j === i + 1 || (rest === null && numeralValue(text) === null && numeralValue(text.slice(0, -1)) === null)) continue;
    out ??= segs.slice();
    out.splice(i, j - i, makeSegment(text, "m"), ...(rest ? [make(rest)] : []));
  }
  return out ?? segs;
}
