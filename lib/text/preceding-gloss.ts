import { isProperOnly } from "@/lib/dict/cedict";
import { hanNumberValue } from "./number-gloss";

// 前 before a count and what it counts, read in context (contextGloss calls precedingGloss first):
//   前 + a count (前三季度, 前10个月, 前两名): "the first (N …)", not CC-CEDICT's first "front";
//   前 + a year of three digits or more (前221年): BC, short for 公元前, and the year after it "221 BC
//     (the year)" as after 公元前 (numberGloss alone reads a year of fewer than four digits as a
//     length, "221 years"); 前10年 may be the first ten years, and is left alone;
//   前 + N季度 (前三季度): "the first three quarters (Q1–Q3)", not "the third quarter".
// After a number (三天前, 十年前两个人) 前 is "ago; before" and keeps its gloss.
// A number + 号 after a name or a proper noun (神舟|十九号, 嫦娥|六号) is the craft's or model's number, "No. 19", not
// the day of the month that 号 is after a month (三月|十九号) or alone (他五号来).

/** A count opening a token (三季度, 10, 两个). */
const COUNT_OPENING = /^(?:[0-9]|[一二两三四五六七八九十几][^\p{Script=Han}]*(?:[个季天年月名位周日次届]|$)|[一二两三四五六七八九十]+[个季天年月名位周日次届])/u;
/** A number ending the token before (三天前, 10年前: "ago", not "the first"). */
const NUMBER_LAST = /[0-9一二两三四五六七八九十百千万几][年天月周个]?$/u;
const QIAN = "前";
/** A year of three digits or more (前221年). */
const BC_YEAR = /^[0-9]{3,}年$/;
const QUARTERS = ["two", "three", "four"];

interface Token {
  text: string;
  kind?: string;
}

const HAO = "号".charCodeAt(0);
const LIBAI = "礼拜";
/** What picks out a week: last, next, this, every, a count (上, 下个, 这个, 每, 两个, 几个). */
const WEEK_BEFORE = /^(?:[上下这那每本]|[上下这那每]?个|[一两三四五六七八九十几]+个)$/u;
/** A number and 号 (十九号, 19号). */
const NUMBERED = /^(?:[0-9]+|[〇零一二两三四五六七八九十百]+)号$/u;

/** The gloss of tokens[i] where 前 and a count decide it, else null. */
export function precedingGloss(tokens: readonly Token[], i: number): string | null {
  const token = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (token.text === QIAN) {
    if (!next || !COUNT_OPENING.test(next.text) || (prev && NUMBER_LAST.test(prev.text))) return null;
    // A year of one or two digits (前10年) may be "the first ten years" as well as 10 BC: left alone.
    if (/^[0-9]{1,2}年?$/.test(next.text)) return null;
    return BC_YEAR.test(next.text) ? "BC (公元前: before a year)" : "the first (N …); the preceding (N …)";
  }
  if (!prev) return null;
  // 礼拜 after what picks out a week (上礼拜, 这个礼拜, 两个礼拜): the spoken "week", not CC-CEDICT's
  // first "to attend a religious service" (做礼拜 keeps it: a verb before).
  if (token.text === LIBAI && WEEK_BEFORE.test(prev.text)) return "week (spoken: 星期)";
  // (CC-CEDICT capitalises the months, 三月 San1 yue4: a month before is the date.)
  if (token.text.charCodeAt(token.text.length - 1) === HAO && NUMBERED.test(token.text) && !prev.text.endsWith("月") && (prev.kind === "name" || isProperOnly(prev.text))) {
    const count = token.text.slice(0, -1);
    const n = /^[0-9]+$/.test(count) ? Number(count) : hanNumberValue(count);
    if (n !== null) return `No. ${n}`;
  }
  // The year after it, as eraYearGloss writes one after 公元前.
  if (prev.text === QIAN && BC_YEAR.test(token.text)) return `${Number(token.text.slice(0, -1))} BC (the year)`;
  if (prev.text === QIAN && token.text.endsWith("季度")) {
    const count = token.text.slice(0, -2);
    const n = hanNumberValue(count) ?? (/^[1-4]$/.test(count) ? Number(count) : null);
    if (n !== null && n >= 2 && n <= 4) return `the first ${QUARTERS[n - 2]} quarters (Q1–Q${n})`;
  }
  return null;
}
