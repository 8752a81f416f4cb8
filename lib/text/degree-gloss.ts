import { dictTag } from "./segment";

// 死 after an adjective or a feeling, closing with 了 (累死了, 热死了, 笑死我了, 吓死人了), is a degree
// complement, "extremely; to death", not CC-CEDICT's first sense "to die". After a verb of killing
// or an illness (打死了, 病死了) and after a subject (他死了) it keeps "to die". 坏了 after the same
// words is the same degree, "terribly" (高兴坏了).

/** Verbs of feeling and states that take 死 as their degree (jieba tags some of them verbs). */
const FEELINGS = new Set([
  "笑", "气", "吓", "急", "烦", "困", "馋", "想", "闷", "忙", "累", "热", "冷", "疼", "痛", "渴", "饿", "乐", "愁",
  "羡慕", "担心", "高兴", "开心", "激动", "紧张", "郁闷", "无聊", "麻烦", "着急", "心疼", "后悔", "难受",
]);
/** Who is affected, between 死 and 了 (笑死我了, 吓死人了). */
const AFFECTED = new Set(["我", "你", "他", "她", "人", "我们", "你们", "他们", "她们"]);

interface Word {
  text: string;
}

export const DEGREE_DEATH = "(after an adjective or a feeling) extremely; to death";

/** A word that takes 死 as its degree: a feeling or an adjective. */
export const takesDegreeDeath = (word: string) => FEELINGS.has(word) || dictTag(word) === "a";

export function degreeDeathGloss(tokens: readonly Word[], i: number): string | null {
  const prev = tokens[i - 1]?.text;
  if (prev === undefined || !takesDegreeDeath(prev)) return null;
  const next = tokens[i + 1]?.text;
  const closing = next === "了" || next === "啦" || (next !== undefined && AFFECTED.has(next) && (tokens[i + 2]?.text === "了" || tokens[i + 2]?.text === "啦"));
  return closing ? DEGREE_DEATH : null;
}

/**
 * 坏了 after a feeling or an adjective (高兴坏了, 累坏了, 饿坏了): "terribly; extremely", not CC-CEDICT's
 * interjection "shoot!; oh, no!" (坏了，我忘带钥匙了 keeps it, opening its clause).
 */
export function badlyGloss(tokens: readonly Word[], i: number): string | null {
  const prev = tokens[i - 1]?.text;
  return prev !== undefined && takesDegreeDeath(prev) ? "(after an adjective or a feeling) terribly; extremely" : null;
}

/** 直 as the adverb before a verb: straight (直入), directly (直属于), continuously (直跺脚: CC-CEDICT's "(indicates continuing motion or action)"). */
export function straightOnGloss(tokens: readonly Word[], i: number): string | null {
  const next = tokens[i + 1]?.text;
  return next !== undefined && /^v/.test(dictTag(next) ?? "") ? "(before a verb) straight; directly; continuously (indicates continuing action)" : null;
}
