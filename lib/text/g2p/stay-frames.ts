// Frames for three everyday polyphones the model reads by their written-register sense (frames.ts
// applies them): 待 dāi "to stay", 好 hào "to be fond of", 干 in a toast, a cleft (是他干的) and
// "is dry". Each is a pattern of the words around, with counter-cases in
// tests/unit/text/stay-frames.test.ts.

import type { TagOf } from "./frames";
import { PAUSE } from "./frame-words";
import { PERSONS } from "./everyday-frames";

/** What follows 待 "to stay": where, how long, or an aspect (待在家里, 待一会儿, 待了三天, 待着). */
const STAY_NEXT = new Set(["在", "着", "了", "过", "一会儿", "一会", "会儿", "一下", "不住", "下去", "下来", "多久", "几天", "一天", "一晚"]);
/** A duration after 待 (待三天, 待两个星期, 待半年). */
const DURATION = /^(?:[一二三四五六七八九十两几半0-9]+|[一二三四五六七八九十两几半0-9]+个)(?:天|年|月|晚|周|星期|小时|钟头|分钟|会儿)$/u;
/** Places 待 follows as "stay" when nothing is waited for after it (在这儿待着, 在家待了). */
const PLACE_BEFORE = /^(?:这儿|那儿|这里|那里|家|家里|里|外面|屋里|宿舍)$/u;

/**
 * 待 "to stay" (dāi) before where, how long or an aspect particle (待在家里, 待一会儿, 待了三天), or
 * after a place at the clause's end; the written "to wait; to treat" (待他走后, 待到春天, 待人) is
 * dài, as in its words (等待, 待遇, 有待), and the model decides elsewhere.
 */
export function readingOfDai(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  if (next !== undefined && (STAY_NEXT.has(next) || DURATION.test(next))) return "dāi";
  const prev = tokens[i - 1];
  return prev !== undefined && PLACE_BEFORE.test(prev) && (next === undefined || PAUSE.test(next)) ? "dāi" : null;
}

/** Habits 好 hào "to be fond of" takes (他好喝酒, 这人好面子): a closed class of vices and pastimes. */
const HABITS = new Set(["喝酒", "抽烟", "吸烟", "赌博", "赌钱", "打架", "打牌", "管闲事", "说大话", "吹牛", "面子", "出风头", "占便宜", "吃零食", "贪小便宜"]);

/**
 * 好 between whoever has a habit and the habit (他好喝酒, 这个人好面子) is hào; 好 "very; easy to"
 * before other words (他好开心, 这好办, 他好喜欢喝酒) is hǎo, where the model decides.
 */
/** A little more (好点儿, 好一点, 好些). */
const A_LITTLE = new Set(["点", "点儿", "一点", "一点儿", "些", "一些"]);

export function readingOfHao(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 好 before a count of 几 (好几次, 好几天, 好几个) is hǎo "quite (a few)", whoever comes before it
  // (说了他好几次: the model read hào after the pronoun).
  if ((tokens[i + 1] ?? "").startsWith("几")) return "hǎo";
  // 好 before a little more of it (好点儿没, 好一点了, 好些了) is hǎo "better": the habit hào takes a verb.
  if (A_LITTLE.has(tokens[i + 1] ?? "")) return "hǎo";
  if (!HABITS.has(tokens[i + 1] ?? "")) return null;
  const prev = tokens[i - 1];
  if (prev === undefined) return null;
  // Whoever has it: a pronoun, a name or a noun (我爸爸好抽烟).
  return PERSONS.has(prev) || /^(?:n|nr[a-z]*|r)$/.test(tagOf(prev) ?? "") ? "hào" : null;
}

/** Manner words before a verb (这么干 "to act like this"). */
const HOW = new Set(["这么", "那么", "这样", "那样", "怎么", "怎样"]);
/** Modals that make what follows an action (得这么干, 不能那样干, 应该怎么干). */
const MODALS = new Set(["得", "要", "该", "应该", "应当", "必须", "会", "想", "敢", "能", "不能", "可以", "就", "还得"]);

/** Verbs whose result 干 is "dry" (弄干, 擦干, 吹干, 烤干, 烘干, 晾干, 晒干 cut apart). */
const DRYING_VERBS = new Set(["弄", "擦", "吹", "烤", "烘", "晾", "晒", "拧", "抹", "沥", "风"]);

/** What a toast empties (干了这杯, 干一杯). */
const GLASS = /^(?:这|那)?(?:一)?(?:杯|碗|瓶)(?:酒)?$/u;

/**
 * 干 emptying a glass (干了这杯, 干一杯, 我们干了这一杯) is gān, "to drink a toast" (干杯); 是 + who +
 * 干的 ("it was he who did it": 这件事是他干的, 是谁干的) is gàn, and 是干的 "is dry" (衣服是干的) gān.
 */
export function ganReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const doer = tokens[i - 1];
  // The result of making or wiping dry (把羽毛弄干, 擦干, 吹干, 烤干): gān; one does not "do" after these verbs.
  if (DRYING_VERBS.has(doer ?? "")) return "gān";
  // 这么干, 那样干 after a modal (我们得这么干, 你不能那样干): how to act, gàn (天气这么干 "so dry" stays gān).
  if (HOW.has(doer ?? "")) {
    for (let j = i - 2; j >= 0 && j >= i - 4 && !PAUSE.test(tokens[j]); j--) if (MODALS.has(tokens[j])) return "gàn";
  }
  if (tokens[i + 1] === "的") {
    if (doer === "是") return "gān";
    if (tokens[i - 2] === "是" && doer !== undefined && (PERSONS.has(doer) || doer === "谁" || /^nr/.test(tagOf(doer) ?? ""))) return "gàn";
  }
  let k = i + 1;
  if (tokens[k] === "了" || tokens[k] === "掉") k++;
  if (tokens[k] === "这" || tokens[k] === "那") k++;
  const glass = tokens[k];
  return glass !== undefined && GLASS.test(glass) ? "gān" : null;
}
