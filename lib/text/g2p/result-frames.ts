// Readings that what comes right after the character decides: its object or its result (frames.ts
// applies them to one-character tokens, and inside a token jieba kept whole with what follows:
// 倒杯水, 降到, 累死, 待在家里, 数一数). Counter-cases in tests/unit/text/result-frames.test.ts.

import type { TagOf } from "./frames";
import { PERSONS } from "./everyday-frames";
import { CATEGORY_END, CLAUSE_END, ZODIAC } from "./frame-words";

/** What one pours: a vessel's measure, or a drink (倒杯水, 倒一碗汤, 倒茶, 倒垃圾 "to dump"). */
const POURED_THINGS = ["水", "茶", "酒", "油", "汤", "开水", "热水", "咖啡", "牛奶", "饮料", "垃圾"];
const POURED = new RegExp(`^(?:[一两几半满]?(?:杯|碗|壶|瓶|盆|桶)|${POURED_THINGS.join("|")})`, "u");
/** Where 降 goes (降到, 降至, 降为): jiàng, "to fall", not xiáng "to surrender" (降了 may be either). */
const FALL_RESULT = /^(?:到|至|为|低|温|价|息|雨|雪)/u;
/** Results of being tired (累死了, 累坏了, 累得, 累极了): lèi, not lěi "to accumulate". */
const TIRED_RESULT = /^(?:死|坏|垮|得|极|着|了|趴下|瘫|惨)/u;
/** Whom 给 gives to besides pronouns (给大家, 给孩子): gěi, not the literary jǐ of 供给, 补给. */
const RECIPIENTS = new Set(["谁", "大家", "别人", "人家", "孩子", "孩子们", "朋友", "妈妈", "爸爸", "老师", "客人", "自己"]);

/** 倒 before what it pours (倒杯水, 倒茶) is dào, "to pour"; otherwise null (readingOfDao decides). */
export function pourReading(next: string | undefined): string | null {
  return next !== undefined && POURED.test(next) ? "dào" : null;
}

/** Adverbs between a subject and its verb (房子都倒了). */
const BETWEEN = new Set(["都", "也", "全", "全都", "又", "已经", "早就", "就", "还"]);

/**
 * 倒了 after a thing (房子倒了很多, 树倒了一片) is dǎo, "to fall": the thing is what fell; so is 倒了下去.
 * Not after a person (他倒了 may pour); dào after a drink (汤倒了, 水倒掉了吗: poured out) and before
 * what is poured (妈妈倒了一杯茶). Otherwise null.
 */
export function fallenReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  if (next !== "了" && next !== "掉") return null;
  let k = i - 1;
  while (k >= 0 && BETWEEN.has(tokens[k])) k--;
  const subject = tokens[k];
  // A drink or rubbish is poured out (水倒掉了吗, 汤倒了没有); a cup falls over (杯子倒了: the model).
  if (subject !== undefined && DRINK.test(subject)) return "dào";
  if (next !== "了") return null;
  if (pourReading(tokens[i + 2])) return "dào";
  // 他倒了下去: fell down, whoever the subject.
  if (DOWN.has(tokens[i + 2] ?? "")) return "dǎo";
  if (subject === undefined || PERSONS.has(subject) || POURED.test(subject)) return null;
  const tag = tagOf(subject) ?? "";
  return (/^n[a-z]*$/.test(tag) && !/^nr/.test(tag)) || STANDING.has(subject) ? "dǎo" : null;
}
/** Drinks and rubbish, which are poured and never fall (the vessels of POURED do). */
const DRINK = new RegExp(`^(?:${[...POURED_THINGS, "剩饭", "剩菜"].join("|")})$`, "u");
/** Directions down after 倒了 (他倒了下去). */
const DOWN = new Set(["下", "下去", "下来"]);
/** Things that stand and fall, which jieba tags otherwise (树 v). */
const STANDING = new Set(["树", "墙", "楼", "塔", "桥", "柱子", "大树", "房屋", "电线杆"]);

/** 降 before where it falls to (降到, 降至零下) is jiàng. */
export function fallReading(next: string | undefined): string | null {
  return next !== undefined && FALL_RESULT.test(next) ? "jiàng" : null;
}

/** What says how tired one is, or feels it, before 累 (很累, 不觉得累, 感到累). */
const FEELS_TIRED = /^(?:很|太|真|好|挺|特别|非常|有点|有些|不|觉得|感到|感觉|怕|喊)$/u;

/**
 * 累 before a result of tiredness (累死了, 累得不行), after a degree word or a verb of feeling (一点也不
 * 觉得累, 很累) or closing the clause after a subject (我累了。妈妈累。) is lèi; lěi "to accumulate" lives in
 * words (积累, 累计, 日积月累).
 */
export function tiredReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  if (next !== undefined && TIRED_RESULT.test(next)) return "lèi";
  const prev = tokens[i - 1];
  if (prev === undefined) return null;
  // A person tired to the point of something (他累到在车上睡着); points or sums add up to it (积分累到第三名: lěi).
  if (next === "到" && tagOf(prev) === "r") return "lèi";
  if (FEELS_TIRED.test(prev)) return "lèi";
  return (next === undefined || CLAUSE_END.test(next)) && /^(?:r|n|nr)$/.test(tagOf(prev) ?? "") ? "lèi" : null;
}

/** What one saves up (攒钱, 攒学费, 攒积分, 攒经验): money, points, strength, leave. */
const SAVINGS = /钱|费|款|资金|积蓄|积分|经验|力气|假|粮/u;
/** Between 攒 and what is saved: an aspect or direction, a count (攒了一笔钱, 攒下不少钱). */
const BEFORE_SAVINGS = /^(?:了|下|下了|着|过|[一两几半]?[笔些点]|不少|很多|许多)$/u;

/**
 * 攒 before what is saved up (攒学费, 攒了一笔钱) is zǎn; putting things together (把零件攒起来,
 * 攒一台电脑) and 攒动 "to throng" are cuán, where the model and the words decide.
 */
export function saveUpReading(tokens: string[], i: number): string | null {
  let k = i + 1;
  while (k < tokens.length && k <= i + 3 && BEFORE_SAVINGS.test(tokens[k])) k++;
  const saved = tokens[k];
  if (saved !== undefined && SAVINGS.test(saved)) return "zǎn";
  // What is saved, put first by 把/将 in the clause (把钱都攒着, 把工资攒下来).
  for (let j = i - 1; j >= 0 && j >= i - 5 && !CLAUSE_END.test(tokens[j]); j--) {
    if (tokens[j] === "把" || tokens[j] === "将") return tokens.slice(j + 1, i).some((w) => SAVINGS.test(w)) ? "zǎn" : null;
  }
  return null;
}

/** 属 before a zodiac animal or a class (他属猴, 属蔷薇科, 同属一类) is shǔ, not zhǔ "to focus on". */
export function belongReading(next: string | undefined): string | null {
  return next !== undefined && (ZODIAC.has(next) || CATEGORY_END.test(next)) ? "shǔ" : null;
}

/** 给 before a person (给我倒杯水, 给大家, 给李明) is gěi, "to give; for". */
export function giveReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  if (next === undefined) return null;
  return PERSONS.has(next) || RECIPIENTS.has(next) || /^nr/.test(tagOf(next) ?? "") ? "gěi" : null;
}

/**
 * Readings inside a token jieba kept whole with what follows, as when cut apart: 倒杯水 dào, 降到
 * jiàng, 累死 lèi, 攒学费 zǎn (the first character by what it pours, falls to, results in, saves);
 * 待在家里 dāi; 数一数, 数了数, 数数看 the doubled verb shǔ. Fills `fixed` at the token's offsets.
 */
export function resultInsideToken(chars: string[], start: number, fixed: (string | null | undefined)[]): void {
  if (chars.length < 2) return;
  const rest = chars.slice(1).join("");
  let first: string | null = null;
  switch (chars[0]) {
    case "倒":
      first = pourReading(rest);
      break;
    case "降":
      first = fallReading(rest);
      break;
    case "累":
      first = tiredReading([chars[0], rest], 0, () => null);
      break;
    case "攒":
      first = saveUpReading([chars[0], rest], 0);
      break;
    case "待":
      first = chars[1] === "在" ? "dāi" : null;
      break;
    case "逮":
      // 逮住, 逮着 kept whole: the spoken dǎi "to catch" (neighbour-frames.ts catchReading).
      first = chars[1] === "住" || chars[1] === "着" || chars[1] === "到" ? "dǎi" : null;
      break;
    case "数":
      if (chars[1] === "数" || ((chars[1] === "一" || chars[1] === "了") && chars[2] === "数")) {
        first = "shǔ";
        fixed[start + (chars[1] === "数" ? 1 : 2)] ??= "shǔ";
      }
      break;
  }
  if (first) fixed[start] ??= first;
}
