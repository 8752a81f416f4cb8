// English for quantity tokens the number glosses do not read (number-gloss.ts reads values with
// their units): a figure with a bound after it (百分之二左右 "about 2%"), fractions (三分之二 "2/3"),
// round figures of unknown size (数千 "several thousand"), a number of people (两千人), a number or
// bare unit with 余/多 (千余 "more than 1000", 三十多名), and 多/数 + a measure word (多名 "many +
// (classifier for people)"). Only in the token's gloss: number-cuts.ts, which cuts by whether a
// number glosses, never sees these. Counter-cases: tests/unit/text/quantity-gloss.test.ts.

import { classifierSense, format, numberGloss, numberValue } from "./number-gloss";
import { dictTag } from "./segment";
import { DEGREE } from "./g2p/frame-words";

const FRACTION = /^([0-9０-９]+|[〇零一二两三四五六七八九十百千万]+)分之([0-9０-９.]+|[〇零一二三四五六七八九十百千万点]+)$/u;

/** 三分之二 "2/3", 十分之一 "1/10" (百分之 is a percentage, read by numberGloss). */
function fractionGloss(text: string): string | null {
  const m = FRACTION.exec(text);
  if (!m || m[1] === "百") return null;
  const denominator = numberValue(m[1]);
  const numerator = numberValue(m[2]);
  return denominator !== null && numerator !== null && Number(denominator) > 0 ? `${format(numerator)}/${format(denominator)}` : null;
}

/** 数 + a round unit: "several" of it, as English says it. */
const SEVERAL: Record<string, string> = {
  十: "dozens; several tens",
  百: "several hundred",
  千: "several thousand",
  万: "tens of thousands",
  十万: "hundreds of thousands",
  百万: "several million",
  千万: "tens of millions",
  亿: "hundreds of millions",
  十亿: "several billion",
};

/** A bare unit before 余/多 (千余 "more than 1,000"): one of it. */
const UNIT_VALUE: Record<string, string> = { 百: "100", 千: "1000", 万: "10000", 亿: "100000000" };

/** 多 and 数 before a measure word. */
const HEADS: Record<string, string> = { 多: "many", 数: "several" };
/** After 多 these say "a bit more" (多点, 多些, 多会儿) or make a verb (多出 "to exceed"), not a count. */
const NOT_COUNTED = new Set(["点", "些", "会", "出", "岁"]);
const MORE = /^([0-9０-９]+|[〇零一二两三四五六七八九十百千万亿]+)([多余])(.*)$/u;

/** Words after a figure that bound it (百分之二左右 "about 2%", 三十岁以上 "30 years old or more"). */
const BOUNDS: [string, (n: string) => string][] = [
  ["左右", (n) => `about ${n}`],
  ["上下", (n) => `about ${n}`],
  ["以上", (n) => `${n} or more`],
  ["以下", (n) => `${n} or less`],
  ["以内", (n) => `within ${n}`],
];

/** English for a quantity token (see the head of this file), or null. */
export function quantityGloss(text: string, pinyin: string | null): string | null {
  for (const [bound, english] of BOUNDS) {
    if (text.length > bound.length + 1 && text.endsWith(bound)) {
      const figure = text.slice(0, -bound.length);
      const n = numberGloss(figure) ?? fractionGloss(figure);
      return n ? english(n) : null;
    }
  }
  const fraction = fractionGloss(text);
  if (fraction) return fraction;
  // A number of people (两千人, 14亿人): 人 is no measure word, so the number glosses say nothing.
  if (text.length >= 2 && text.endsWith("人")) {
    const n = numberGloss(text.slice(0, -1));
    if (n && /^(?:more than )?[0-9,.]+$/.test(n)) return `${n} ${n === "1" ? "person" : "people"}`;
  }
  if (text[0] === "数" && SEVERAL[text.slice(1)]) return SEVERAL[text.slice(1)];
  const more = MORE.exec(text);
  if (more) return moreThanGloss(more[1], more[3], pinyin);
  if (text.length === 2 && HEADS[text[0]] && !NOT_COUNTED.has(text[1])) {
    const syllables = pinyin?.split(" ") ?? [];
    const sense = classifierSense(text[1], syllables.length === 2 ? syllables[1] : null);
    if (sense) return `${HEADS[text[0]]} + (${sense})`;
  }
  return null;
}

/**
 * A number, 多/余 "more than" and a unit in one token (三十多名, 四十多岁, 一百多家, 千余, 百余年,
 * 三十多人): "more than 30 + (classifier for people)", "more than 40 years old" (numberGloss reads
 * the number with the unit), "more than 30 people".
 */
function moreThanGloss(number: string, unit: string, pinyin: string | null): string | null {
  const value = UNIT_VALUE[number] ?? numberValue(number);
  if (value === null) return null;
  if (!unit) return `more than ${format(value)}`;
  const withUnit = numberGloss(value + unit);
  if (withUnit) return `more than ${withUnit}`;
  if (unit === "人") return `more than ${format(value)} people`;
  const syllables = pinyin?.split(" ") ?? [];
  const sense = [...unit].length === 1 ? classifierSense(unit, syllables.at(-1) ?? null) : null;
  return sense ? `more than ${format(value)} + (${sense})` : null;
}

/**
 * 多 + a measure word after a number jieba cut apart (20|多名, 300|多家): "more than 20 + (classifier
 * for people)", not "many"; null elsewhere (多名官员 keeps "many").
 */
export function moreAfterNumber(tokens: { text: string; kind: string; pinyin?: string | null }[], i: number): string | null {
  const token = tokens[i];
  const prev = tokens[i - 1];
  // 一倍多, 两倍多: "more than" the multiple before it (增长了一倍多 "more than doubled").
  if (token.text === "多" && prev && MULTIPLE.test(prev.text)) return "more than (the multiple before it)";
  if (prev?.kind !== "number" || token.text.length !== 2 || (token.text[0] !== "多" && token.text[0] !== "余")) return null;
  return moreThanGloss(prev.text, token.text[1], token.pinyin ?? null);
}

/** A multiple (一倍, 两倍, 3倍). */
const MULTIPLE = /^(?:[0-9]+|[一二两三四五六七八九十几]+)倍$/u;

/** Eras a year is counted in: before Christ, or after. */
const ERA_BEFORE = new Set(["公元前", "西元前", "纪元前"]);
const ERA_AFTER = new Set(["公元", "西元", "公元后"]);

/**
 * A year in digits after its era (公元前221年 "221 BC", 公元618年 "AD 618"): a date, where the
 * number alone would be a count of years ("221 years"). Null elsewhere.
 */
export function eraYearGloss(tokens: { text: string }[], i: number): string | null {
  const year = /^([0-9]+)年$/.exec(tokens[i].text);
  const era = tokens[i - 1]?.text ?? "";
  if (!year) return null;
  if (ERA_BEFORE.has(era)) return `${Number(year[1])} BC (the year)`;
  return ERA_AFTER.has(era) ? `AD ${Number(year[1])} (the year)` : null;
}

/** A number as a score's side: digits, or Chinese numerals (三比一). */
const SCORE_SIDE = /^(?:[0-9]+|[零一二两三四五六七八九十]+)$/u;

/**
 * 比 between two numbers (以3比1获胜, 比分二比零) is the "to" of a score or ratio, not "to compare";
 * before a number alone (比去年多 3%) it compares.
 */
export function scoreGloss(tokens: { text: string }[], i: number): string | null {
  if (tokens[i].text !== "比") return null;
  return SCORE_SIDE.test(tokens[i - 1]?.text ?? "") && SCORE_SIDE.test(tokens[i + 1]?.text ?? "") ? 'to (in a score or ratio: 3比1 "3 to 1")' : null;
}

/** A number token (digits, or Chinese numerals with or without a measure word: 两分, 90, 三个). */
const NUMBER_START = /^(?:[0-9０-９]|[零一二两三四五六七八九十百千万]+[^\p{Script=Han}]*$|[零一二两三四五六七八九十]+[分个点])/u;
/**
 * Tokens a count of a stage opens after 下 "next" (下一轮, 下一阶段, 下一届). Not 一个, 一次: after a
 * verb 下 is its complement (装下|一个老鼠), after a noun a locative (情景下|一个).
 */
const NEXT_ONE = /^一(?:轮|届|阶段|场|站|代|批|期|季|局)$/u;

/**
 * Counts read by their neighbours:
 * - 一日三次 "three times a day": 一日 is "a day", not the first of the month;
 * - 一轮 is "a round; one round" (新一轮谈判, 下一轮), not CC-CEDICT's "first round" (that is 第一轮);
 * - 下 before 一 + a measure word (下一轮, 下一届) is "next", not "down";
 * - 差 before a number (仅差两分) is "to be short by", 差 after a degree word (质量很差) "poor";
 * - 分 after a number is a point of a score, or a minute after the hour (8点20分), not "to divide".
 */
export function countedGloss(tokens: { text: string }[], i: number): string | null {
  const text = tokens[i].text;
  const prev = tokens[i - 1]?.text ?? "";
  const next = tokens[i + 1]?.text ?? "";
  switch (text) {
    case "一轮":
      return "a round; one round (of talks, a match, a stage)";
    case "负":
    case "正":
      // 为负, 转正: a number's sign, "negative" and "positive" (净利润为负).
      if (!SIGN_BEFORE.has(prev) || (next !== "" && !/^[，。；、！？,.;!?]$/u.test(next))) return null;
      return text === "负" ? "negative (below zero)" : "positive (above zero)";
    case "一定":
      // Before 的 or a noun (面对一定压力, 取得了一定的成绩): "a certain; some", not "surely" (一定要, 一定会).
      return next === "的" || /^n[a-z]?$|^vn$/.test(dictTag(next) ?? "") ? "a certain; some (一定的成绩 'some success'); given" : null;
    case "一日":
    case "一天":
      // 一日三次, 一天两次: how often, "a day", not "day 1 (of the month)".
      return TIMES_COUNT.test(next) ? "a day; per day" : null;
    case "下":
      return NEXT_ONE.test(next) ? "next" : null;
    case "差":
      if (NUMBER_START.test(next)) return "to be short by; to lack (差两分: two points behind)";
      return DEGREE.has(prev) ? "poor; not up to standard" : null;
    case "分":
      if (!/[0-9０-９零一二两三四五六七八九十百]$/u.test(prev)) return null;
      // (A bare number after it is the seconds, 4分39, unless it counts something: 28分12个篮板.)
      return HOUR_BEFORE.test(tokens[i - 2]?.text ?? "") || HOUR_BEFORE.test(prev) || (SECONDS_AFTER.test(next) && !COUNTED_AFTER.test(tokens[i + 2]?.text ?? "")) ? "minute (8点20分 8:20; 2分18秒 2 min 18 s)" : "point(s) (of a score or mark); fen (0.01 yuan)";
    default:
      return null;
  }
}

/** What a sign follows (为负, 转正, 由负转正). */
const SIGN_BEFORE = new Set(["为", "是", "转", "转为", "呈"]);
/** A count of times (三次, 2次). */
const TIMES_COUNT = /^(?:[0-9]+|[一二两三四五六七八九十几]+)次$/u;
/** The hour before the minutes (8点|20|分, 5时|55|分, 97小时|15|分). */
const HOUR_BEFORE = /[点时]$/u;
/** Measure words that make the number after 分 a count of something else (28分12个篮板). */
const COUNTED_AFTER = /^(?:个|次|记|块|球|助攻|篮板)$/u;
/** Seconds after the minutes (2分18秒, 4分39). */
const SECONDS_AFTER = /^(?:[0-9]+秒?|[零一二两三四五六七八九十]+秒)$/u;

