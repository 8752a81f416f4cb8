// Verbs whose reading their object decides, or the lack of one, found by reading a sixth batch of our
// own sentences before any rule was written for them (2 December 2026; its first figure, 93.68 %, is in
// docs/STATUS.md). Each is a pattern of the neighbouring words, with counter-cases beside it in
// tests/unit/text/object-or-none.test.ts.

import type { TagOf } from "./frames";
import { FINAL_PARTICLES, PAUSE } from "./frame-words";

/** What one plays by plucking or striking: an instrument or a tune (钢琴, 吉他, 琵琶, 古筝, 曲子). */
const PLAYED = /(?:琴|吉他|琵琶|古筝|三弦|曲子|乐曲|曲)$/u;

/**
 * 弹 with an instrument or a tune within its next three words (弹钢琴, 弹吉他, 弹一首曲子, 弹了几首
 * 曲子) is tán "to play": the bullet dàn lives in words (子弹, 导弹, 弹药), and plays nothing.
 */
export function playReading(tokens: string[], i: number): string | null {
  for (let k = i + 1; k <= i + 3 && k < tokens.length && !PAUSE.test(tokens[k]); k++) if (PLAYED.test(tokens[k])) return "tán";
  // Before an aspect and a direction (弹了出来, 弹了回去, 弹起来): it bounces, tán; a bullet neither
  // takes 了 nor goes anywhere by itself (这颗弹很危险: the model).
  const next = tokens[i + 1];
  // Played well or badly (钢琴弹得可好了): a bullet takes no 得.
  if (next === "得") return "tán";
  const after = next === "了" ? tokens[i + 2] : next;
  return (next === "了" || next === "起") && after !== undefined && BOUNCED.test(after) ? "tán" : null;
}

/** Where a bouncing thing goes (弹了出来, 弹回, 弹起来). */
const BOUNCED = /^(?:出来|出去|回来|回去|起来|开|回|起|到|了)$/u;

/** What one raises rather than picks: a lamp's wick, a curtain (挑灯夜战, 挑开帘子: tiǎo). */
const RAISED = /^(?:灯|帘|帘子|门帘|开)$/u;
const ASPECTS = new Set(["了", "着", "过"]);

/**
 * 挑 before what is chosen or carried, a thing or a count (妈妈在挑水果, 挑了两个西瓜, 挑水), or a
 * result (挑出, 挑好), is tiāo "to choose; to carry"; tiǎo "to raise; to stir up" is in words (挑战,
 * 挑起, 挑拨) or raises a lamp or a curtain. Before anything else the model decides.
 */
export function pickReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  // Hard or easy to choose (越来越难挑了, 这种瓜很好挑): tiāo.
  if (EASE.has(tokens[i - 1] ?? "")) return "tiāo";
  const next = ASPECTS.has(tokens[i + 1] ?? "") ? tokens[i + 2] : tokens[i + 1];
  // Closing its clause after how one chooses (你慢慢挑, 随便挑): tiāo; raising and stirring up take
  // an object (挑起争端, 挑灯).
  if ((next === undefined || PAUSE.test(next)) && CHOOSING.has(tokens[i - 1] ?? "")) return "tiāo";
  if (next === undefined || PAUSE.test(next) || RAISED.test(next)) return null;
  if (next === "出" || next === "好" || next === "中") return "tiāo";
  return /^(?:n[a-z]?|m|mq|q)$/.test(tagOf(next) ?? "") ? "tiāo" : null;
}

/** How one chooses, before a 挑 that closes its clause (慢慢挑, 随便挑, 自己挑). */
const CHOOSING = new Set(["慢慢", "随便", "自己", "仔细", "好好", "认真", "尽管", "随意", "先", "再", "来", "去", "帮你", "帮我"]);

/** Hard or easy (to do): 难挑, 好挑. */
const EASE = new Set(["难", "好", "不好", "很难", "太难"]);

/** Parts of the body a thing fits (称身, 称脚): 称 before them is chèn "to fit". */
const FITTED = new Set(["身", "脚", "手"]);

/** 称 before the body a garment or shoe fits (这件衣服很称身, 这双鞋很称脚) is chèn; weighing and calling (称体重, 称他为) stay chēng. */
export function fitReading(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  return next !== undefined && FITTED.has(next) && (tokens[i + 2] === undefined || PAUSE.test(tokens[i + 2]) || tokens[i + 2] === "了") ? "chèn" : null;
}

/** Money one loses (折了本, 折了不少钱, 折了老本). */
const MONEY = /^(?:本|本钱|老本|钱)$/u;
/** How much, between 折了 and the money (不少, 一大笔, 三万块). */
const AMOUNT = /^(?:不少|很多|好多|许多|一些|大笔|一大笔|一笔|[0-9一二三四五六七八九十百千万亿两几多块元]+)$/u;
/** Words that make the thing broken what was done to it (把树枝折了, 被风折了): the verb zhé. */
const DONE_TO = new Set(["把", "被", "将", "给", "让", "叫"]);

/**
 * 折 is shé where it loses money (这笔生意折了本, 他折了不少钱) or where a thing snaps of itself at
 * its clause's end (树枝折了, 腿折了, and after a verb whose result it is: 刮折了); folding and breaking
 * off, done to something, are zhé (把树枝折了,
 * 他折了一只纸鹤, 打折 and 骨折 are words).
 */
export function snapReading(tokens: string[], i: number, tagOf?: TagOf): string | null {
  let k = i + 1;
  if (tokens[k] === "了") k++;
  for (let n = 0; n < 3 && k + n < tokens.length && !PAUSE.test(tokens[k + n]); n++) {
    if (MONEY.test(tokens[k + n])) return "shé";
    if (!AMOUNT.test(tokens[k + n])) break;
  }
  if (tokens[i + 1] !== "了" || !(tokens[i + 2] === undefined || PAUSE.test(tokens[i + 2]))) return null;
  // Right after a verb of one character it is the verb's result, the thing snapping, even after 把
  // (大风把树枝刮折了, 腿被压折了).
  const prev = tokens[i - 1] ?? "";
  if (prev.length === 1 && tagOf !== undefined && tagOf(prev) === "v") return "shé";
  for (let b = i - 1; b >= 0 && !PAUSE.test(tokens[b]); b--) if (DONE_TO.has(tokens[b])) return null;
  return i > 0 && !PAUSE.test(tokens[i - 1]) ? "shé" : null;
}

/** What one keeps watch over (看门, 看大门, 看仓库, 看摊子): 看 before it is kān. */
const GUARDED = new Set(["门", "大门", "仓库", "库房", "摊", "摊子", "场子", "家门"]);
/** A repeated verb before 看 (看了看大门, 看一看): looking, kàn. */
const REPEATING = new Set(["了", "一", "看"]);

/**
 * 看 before what it keeps watch over, closing its clause or before 的 (他在工厂看大门, 看仓库的老人),
 * or before the children it minds at home or for someone (奶奶在家看孩子), is kān "to look after; to
 * guard"; looking at it (他看了看大门, 看大门外的风景) and visiting (去医院看孩子) stay kàn.
 */
export function guardReading(tokens: string[], i: number): string | null {
  if (REPEATING.has(tokens[i - 1] ?? "")) return null;
  const after = tokens[i + 2];
  const closes = after === undefined || PAUSE.test(after) || after === "的";
  if (GUARDED.has(tokens[i + 1] ?? "")) return closes ? "kān" : null;
  // Children minded at home or for someone (奶奶在家看孩子, 帮邻居看孩子, 帮我看会儿孩子): kān; visiting
  // them (去医院看孩子) is kàn.
  // (Closing the clause, or before a tag question: 看孩子的作业 looks at the child's homework.)
  const k = MINDING_TIME.has(tokens[i + 1] ?? "") ? i + 2 : i + 1;
  const end = tokens[k + 1];
  if (!(end === undefined || PAUSE.test(end) || FINAL_PARTICLES.has(end) || TAG_QUESTION.has(end)) || !MINDED.has(tokens[k] ?? "")) return null;
  let minding = false;
  for (let b = i - 1; b >= 0 && !PAUSE.test(tokens[b]); b--) {
    if (VISITING.has(tokens[b])) return null;
    if (MINDING.has(tokens[b])) minding = true;
  }
  return minding ? "kān" : null;
}

/** Those one minds (看孩子, 看小孩). */
const MINDED = new Set(["孩子", "小孩", "小孩子", "娃", "孙子", "孙女", "宝宝", "外孙"]);
/** How long one minds them (帮我看会儿孩子, 看一下孩子). */
const MINDING_TIME = new Set(["会儿", "一会儿", "一会", "一下", "一天", "几天", "两天"]);
/** A tag question after the request (帮我看会儿孩子行不？). */
const TAG_QUESTION = new Set(["行", "好", "吗", "行吗", "好吗", "可以吗", "成"]);
/** Where or for whom one minds them (在家, 帮, 替, 负责). */
const MINDING = new Set(["在家", "在家里", "帮", "帮忙", "替", "负责", "专门", "留在家里", "在家中"]);
/** Going to see someone (去, 来, 回, 到, 探望). */
const VISITING = new Set(["去", "来", "回", "到", "回来", "过来", "探望", "专程"]);
