// English for number tokens, which no dictionary lists: 2024年 "the year 2024", 一千二百万
// "12,000,000", 百分之五点五 "5.5%", 一季度 "quarter 1", 3月 "March", 40多 "more than 40".
// Pure: the value is read from the characters as written (Arabic, full-width or Chinese numerals).
// A number or demonstrative before a measure word CC-CEDICT lacks as a whole (三名, 这场, 几盏) is
// glossed by its parts: "3 + (classifier for people)".

import { cedictEntries, entryForReading, isNoiseSense, readableSense } from "@/lib/dict/cedict";
import { orderSenses } from "@/lib/dict/sense-order";
import { dictTag } from "./segment";
import { wordFrequency as frequencyOf } from "./segmenter";

export const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const QUARTERS = ["first", "second", "third", "fourth"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Every character of a number in Chinese numerals. */
export const NUMERAL = "〇零一二三四五六七八九两十百千万亿";
const FULL_WIDTH = /[０-９．]/g;

/** The value of a Chinese numeral (十四亿, 一千二百万, 二〇二五 digit by digit), or null. */
export function hanNumberValue(text: string): number | null {
  if (!text || [...text].some((c) => !NUMERAL.includes(c))) return null;
  if (!(text[0] in HAN_DIGITS) && text[0] !== "十") return null; // 万一 "in case", 亿万 "millions"
  if (/^[〇零一二三四五六七八九]{2,}$/u.test(text) && /[〇零]|^.{3,}$/u.test(text)) {
    return Number([...text].map((c) => HAN_DIGITS[c]).join("")); // 二〇二五: read digit by digit
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in HAN_DIGITS) {
      if (digit !== null && digit !== 0 && HAN_DIGITS[c] !== 0) return null; // 三五 "three or five": a range, not a value
      digit = HAN_DIGITS[c];
    }
    else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = null;
    } else if (c === "万") {
      total += (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = null;
    } else if (c === "亿") {
      total = (total + section + (digit ?? 0)) * 1e8;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A written number (Arabic with separators, or Chinese with 点 for the decimal point) as a string of digits. */
export function numberValue(text: string): string | null {
  const ascii = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/g, "");
  if (/^[0-9]+(?:\.[0-9]+)?$/.test(ascii)) return ascii;
  const [whole, fraction] = text.split("点");
  const value = hanNumberValue(whole);
  if (value === null) return null;
  if (fraction === undefined) return String(value);
  if (!fraction || [...fraction].some((c) => !(c in HAN_DIGITS))) return null;
  return `${value}.${[...fraction].map((c) => HAN_DIGITS[c]).join("")}`;
}

export const format = (digits: string) => {
  const [whole, fraction] = digits.split(".");
  // Thousands grouped as en-US does (12,000,000), without a locale formatter per call (they are slow).
  const grouped = whole.length > 4 ? whole.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+$)/g, ",") : whole;
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
};

/** Scales English counts by (a million is 百万, a billion 十亿: 万 and 亿 do not line up with them). */
const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** A count as English says it (1.4 billion); null below a million or where it needs more than three decimals. */
function englishScale(total: number): string | null {
  for (const [size, name] of SCALES) {
    if (total < size) continue;
    const scaled = total / size;
    return Math.round(scaled * 1000) / 1000 === scaled ? `${scaled} ${name}` : null;
  }
  return null;
}

const NUMBER_TOKEN = new RegExp(`^(百分之)?([0-9０-９][0-9０-９,.．]*|[${NUMERAL}]+(?:点[${NUMERAL}]+)?)([%％]|.*)$`, "u");

/**
 * English for a number token, or null when the token is not a number followed by a known unit. A
 * count of a million or more also says it as English counts (14亿 "1.4 billion (1,400,000,000)",
 * 20亿年 "2 billion years (2,000,000,000)"): the interpreter's step between 万/亿 and
 * million/billion, which do not line up.
 */
export function numberGloss(text: string): string | null {
  const gloss = unitGloss(text);
  const figure = gloss === null ? undefined : LARGE_FIGURE.exec(gloss)?.[0];
  const words = figure ? englishScale(Number(figure.replace(/,/g, ""))) : null;
  return words ? `${gloss!.replace(figure!, words)} (${figure})` : gloss;
}

/** A figure of a million or more, grouped (1,400,000,000). */
const LARGE_FIGURE = /\d{1,3}(?:,\d{3}){2,}/;

function unitGloss(text: string): string | null {
  const m = NUMBER_TOKEN.exec(text);
  if (!m) return null;
  const [, percentPrefix, written, rest] = m;
  const digits = numberValue(written);
  if (digits === null) return null;
  if (!percentPrefix && !rest && /^1[0-9]{10}$/.test(written)) return written; // a mobile phone number, not 13 billion
  if (percentPrefix || rest === "%" || rest === "％") return rest && !/^[%％]$/.test(rest) ? null : `${format(digits)}%`;
  let value = Number(digits);
  let n = format(digits);
  let unit = rest;
  // 10亿 "1,000,000,000", 3.5万 "35,000", 三十多万 "more than 300,000", 4万多, 20亿年: the value times
  // 万/亿 (rounded to whole units), "more than" with 多/余 on either side, then any unit after.
  const times = /^([多余]?)([万亿]+)([多余]?)/u.exec(rest);
  if (times) {
    const total = Math.round(value * [...times[2]].reduce((t, c) => t * (c === "万" ? 1e4 : 1e8), 1));
    if (!Number.isSafeInteger(total)) return null;
    value = total;
    n = `${times[1] || times[3] ? "more than " : ""}${format(String(total))}`;
    unit = rest.slice(times[0].length);
    if (unit === "年") return `${n} years`;
  }
  switch (unit) {
    case "":
      return n;
    case "年":
      return written.length === 4 || /^[〇零一二三四五六七八九]{4}$/u.test(written) ? `the year ${digits}` : `${n} year${value === 1 ? "" : "s"}`;
    case "月":
      return Number.isInteger(value) && value >= 1 && value <= 12 ? MONTHS[value - 1] : null;
    case "日":
    case "号":
      return Number.isInteger(value) && value >= 1 && value <= 31 ? `day ${value} (of the month)` : null;
    case "季度":
      return value >= 1 && value <= 4 && Number.isInteger(value) ? `the ${QUARTERS[value - 1]} quarter (Q${value})` : null;
    case "时":
      // 上午9时 "9 o'clock" (news writes 时 where speech says 点); 24时 is midnight's 24:00.
      if (!Number.isInteger(value) || value < 0 || value > 24) return null;
      return value >= 1 && value <= 12 ? `${value} o'clock (${value}:00)` : `${value}:00 (hour of the 24-hour clock)`;
    case "多":
    case "余":
      return `more than ${n}`;
    case "倍":
      // 增长了一倍 "doubled": one-fold more, not "1 times".
      return value === 1 ? "one-fold (增长一倍: doubled)" : `${n} times (as much)`;
    case "岁":
      return `${n} years old`;
    case "个":
      return n;
    case "次":
      return `${n} time${value === 1 ? "" : "s"}`;
    case "度":
      // 三十九度, 零下五度: degrees; 两度访华 "twice" stays the classifier for occasions (measureGloss).
      return value > 3 ? `${n} degrees` : null;
    case "天":
      return `${n} day${value === 1 ? "" : "s"}`;
    case "个月":
      return `${n} month${value === 1 ? "" : "s"}`;
    case "周":
    case "星期":
    case "个星期":
    case "礼拜":
    case "个礼拜":
      return `${n} week${value === 1 ? "" : "s"}`;
    case "小时":
    case "个小时":
    case "钟头":
    case "个钟头":
      return `${n} hour${value === 1 ? "" : "s"}`;
    case "分钟":
      return `${n} minute${value === 1 ? "" : "s"}`;
    case "秒":
    case "秒钟":
      return `${n} second${value === 1 ? "" : "s"}`;
    case "分":
      // 两分: points of a score, minutes, or fen (a hundredth of a yuan): the sentence says which.
      return `${n} point${value === 1 ? "" : "s"} (of a score); ${n} minute${value === 1 ? "" : "s"}; ${n} fen`;
    default:
      return null;
  }
}

/** Demonstratives and question words that stand before a measure word, in English. */
const DEMONSTRATIVES: Record<string, string> = { 这: "this", 那: "that", 每: "each", 各: "each", 某: "a certain", 哪: "which", 何: "what; which", 几: "a few; how many", 另: "another" };
const CLASSIFIER_SENSE = /^classifier for /;

/**
 * English for a number or demonstrative followed by one measure word, as parts: 三名 "3 +
 * (classifier for people)", 这场 "this + (classifier for sporting or recreational activities)".
 * Only when the last character, in the token's reading (`pinyin`: its syllables), has a CC-CEDICT
 * sense "classifier for …"; null otherwise (两周 stays without: 周's senses are not a measure).
 * `numeralTagged` false: no units jieba tags as numerals (number-cuts keeps 三百亿|元 apart).
 */
export function measureGloss(text: string, pinyin: string | null, numeralTagged = true): string | null {
  const chars = [...text];
  if (chars.length < 2) return null;
  const unit = chars[chars.length - 1];
  const head = chars.slice(0, -1).join("");
  const headGloss = DEMONSTRATIVES[head] ?? (() => {
    const digits = numberValue(head);
    return digits === null ? null : format(digits);
  })();
  const syllables = pinyin?.split(" ") ?? [];
  if (headGloss === null) return countedUnitGloss(chars, syllables, numeralTagged) ?? countedNounGloss(chars, syllables);
  const sense = classifierSense(unit, syllables.length === chars.length ? syllables[syllables.length - 1] : null);
  return sense ? `${headGloss} + (${sense})` : (countedUnitGloss(chars, syllables, numeralTagged) ?? countedNounGloss(chars, syllables));
}

/** The measure word's "classifier for …" sense in this reading, or null. */
export function classifierSense(unit: string, reading: string | null): string | null {
  const sense = entryForReading(cedictEntries(unit), reading)?.definitions.find((d) => CLASSIFIER_SENSE.test(d));
  return sense ? readableSense(sense) : null;
}

/**
 * A number or demonstrative, a measure word and its noun jieba keeps as one token (一段时间, 两条道路,
 * 各项政策): "1 + (classifier for stories, periods of time…) + (concept of) time". The noun is a dictionary word read as
 * written; the measure word has a "classifier for" sense in its reading.
 */
function countedNounGloss(chars: string[], syllables: string[]): string | null {
  for (let k = 1; k + 1 < chars.length; k++) {
    const head = chars.slice(0, k).join("");
    const digits = DEMONSTRATIVES[head] ?? (NUMERAL_HEAD.test(head) ? numberValue(head) : null);
    if (digits === null) continue;
    const whole = syllables.length === chars.length;
    const classifier = classifierSense(chars[k], whole ? syllables[k] : null);
    if (!classifier) return null;
    const noun = chars.slice(k + 1).join("");
    // A noun of two characters or more: after a lone one the cut is often elsewhere (这部分 = 这 +
    // 部分 "part", 两位数 "two-digit", 三岁时 "season", 一次次); nor where the measure word and the
    // noun's first character make a word.
    if (noun.length < 2 || cedictEntries(chars[k] + chars[k + 1]).length > 0) return null;
    const entry = entryForReading(cedictEntries(noun).filter((e) => !e.capitalised), whole ? syllables.slice(k + 1).join(" ") : null);
    const sense = entry?.definitions.find((d) => !isNoiseSense(d) && !/^to /.test(d));
    if (!sense) return null;
    const headGloss = DEMONSTRATIVES[head] ?? format(digits);
    return `${headGloss} + (${classifier}) + ${readableSense(sense.split("; ")[0])}`;
  }
  return null;
}

/** A sense that names a unit of measure (斤 "catty", 元 "currency unit", 寸 "a unit of length"). */
const UNIT_SENSE = /\b(?:unit|catty|currency|weight|ordinal)\b/i;
const NUMERAL_HEAD = /^(?:[0-9０-９]+|[〇零一二三四五六七八九十百千万亿两]+)$/u;

const CONTAINER = /^(?:package|packet|bag|sack|box|bottle|bundle|basket|bucket|bowl|cup)$/i;
/** The first container noun among a character's senses (包 "package"), else null. */
function containerSense(unit: string): string | null {
  for (const entry of cedictEntries(unit)) if (!entry.capitalised) for (const d of entry.definitions) if (CONTAINER.test(d)) return d;
  return null;
}

/**
 * A number and a unit jieba knows as a measure word (q: 分钟, 勺, 公里) or a two-character noun (小时)
 * without a "classifier for" sense, or a container jieba tags a verb (一包 "1 + package"): 十分钟 "10 + minute", 半勺 "half + spoon". The unit's first sense
 * in its reading; 一 and a doubled one (一层层) take the doubled one's sense, "layer upon layer".
 * A number only (not 这, 每), and only before a measure word: 一路上 stays as it is.
 */
function countedUnitGloss(chars: string[], syllables: string[], numeralTaggedUnits: boolean): string | null {
  for (let k = chars.length - 1; k >= 1; k--) {
    const head = chars.slice(0, k).join("");
    const unit = chars.slice(k).join("");
    const digits = head === "半" ? "half" : NUMERAL_HEAD.test(head) ? numberValue(head) : null;
    if (digits === null) continue;
    const tag = dictTag(unit);
    // jieba tags a few units numerals (斤, 元, 号 m): one character that is no numeral counts as a
    // unit when its first sense says so (斤 "catty"; not 日 "sun", 丝 "silk").
    const numeralTagged = numeralTaggedUnits && tag === "m" && unit.length === 1 && !NUMERAL_HEAD.test(unit);
    // A container jieba tags a verb (包 "to wrap; … package; bag") counts by its container sense.
    const container = tag === "v" && unit.length === 1 ? containerSense(unit) : null;
    if (container) return `${digits === "half" ? digits : format(digits)} + ${container}`;
    if (!(tag === "q" || numeralTagged || (tag === "n" && unit.length === 2))) return null;
    // A noun (not a measure word: 十分钟 stays) whose first character makes a word with the number
    // at least as common in jieba's dictionary (八角楼: 八角 "octagonal"; 三岁时: 三岁, not 岁时
    // "season"): the cut is elsewhere. 三小时 stays (小时 is commoner than the slang 三小).
    if (tag === "n" && unit[0] !== unit[1] && frequencyOf(head + unit[0]) >= Math.max(1, frequencyOf(unit))) return null;
    const reading = syllables.length === chars.length ? syllables.slice(k).join(" ") : null;
    const entry = entryForReading(cedictEntries(unit).filter((e) => !e.capitalised), reading);
    const senses = entry ? orderSenses(entry.definitions.filter((d) => !isNoiseSense(d))) : [];
    // A unit's own sense where it has one (米 "meter (unit of length)", not "uncooked rice").
    const first = senses.find((d) => /^[a-z -]+ \(unit\b/i.test(d)) ?? senses[0];
    if (!first || /^(?:to |\()/.test(first) || (numeralTagged && !UNIT_SENSE.test(first))) return null;
    // 一层层, 一代代: "one after another", what the reduplicated measure word alone says.
    if (head === "一" && unit.length === 2 && unit[0] === unit[1]) return readableSense(first);
    return `${digits === "half" ? digits : format(digits)} + ${readableSense(first)}`;
  }
  return null;
}
