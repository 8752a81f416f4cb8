import { cedictEntries } from "@/lib/dict/cedict";
import type { Segment } from "./segment";

// 她穿着|一件红裙子: CC-CEDICT has 穿着 only as the noun chuān zhuó "attire", and jieba keeps it whole,
// so "wearing a red dress" was read zhuó and glossed "attire". A verb and 着 that CC-CEDICT reads
// zhuó (穿着, 沉着, 执着, 附着) is the verb and the aspect particle zhe when an object follows: a
// numeral or measure word, a pronoun, a noun, or an adjective and then a noun, and the word is no
// verb of its own and not after 的. Elsewhere it stays (她的穿着很朴素, 她的穿着风格, 沉着冷静,
// 附着能力: 附着 is the verb "to adhere").

type TagOf = (word: string) => string | null;
type Make = (word: string) => Segment;

const ZHE = "着".charCodeAt(0);
/** Without 着 in a sentence splitAspectZhuo changes nothing there (segment.ts skips it). */
export const ZHUO_TRIGGERS: readonly string[] = ["着"];
const OBJECT_TAGS = /^(?:m|mq|q|r|n|nr|ns|nz|ng|nt)$/;
const ADJECTIVE_TAGS = /^(?:a|b)$/;
const NOUN_TAGS = /^n[rsztg]?$/;

/** CC-CEDICT reads the word with zhuó and gives it no verb sense (穿着 "attire", 沉着 "calm"; not 附着 "to adhere"). */
function lexicalZhuo(word: string): boolean {
  const entries = cedictEntries(word);
  return entries.length > 0 && entries.every((e) => !e.capitalised && e.pinyin?.endsWith("zhuó") && !e.definitions.some((d) => /^(?:\([^)]*\) )?to [a-z]/.test(d)));
}

/** A verb by jieba's tag or by CC-CEDICT's first sense (jieba tags 穿 zg). */
function isVerb(ch: string, tagOf: TagOf): boolean {
  return /^v/.test(tagOf(ch) ?? "") || cedictEntries(ch).some((e) => !e.capitalised && /^to [a-z]/.test(e.definitions[0] ?? ""));
}

function objectAt(segs: Segment[], i: number, tagOf: TagOf): boolean {
  const next = segs[i];
  if (!next) return false;
  const tag = tagOf(next.text) ?? "";
  if (OBJECT_TAGS.test(tag)) return true;
  return ADJECTIVE_TAGS.test(tag) && NOUN_TAGS.test(tagOf(segs[i + 1]?.text ?? "") ?? "");
}

/**
 * 钱得省|着花: after a one-character verb, jieba takes 着 and the verb that follows for the noun 着花
 * "to blossom" (tagged n). A verb, 着 and a verb is "do B in the manner of A" (省着花 "spend
 * sparingly", like 留着用, 看着办, which jieba cuts right): V|着|V, 着 the particle zhe. After a
 * place or a noun (树上着花) the word stays.
 */
function gluedZhe(cur: Segment[], i: number, tagOf: TagOf): boolean {
  const word = cur[i].text;
  if (i === 0 || !/^n/.test(tagOf(word) ?? "")) return false;
  const prev = cur[i - 1].text;
  return prev.length === 1 && tagOf(prev) !== "f" && isVerb(prev, tagOf) && isVerb(word[1], tagOf);
}

/**
 * The segments with each such verb + 着 cut in two, and each glued 着 + verb (gluedZhe); the same
 * array when none applies (most sentences).
 */
export function splitAspectZhuo(segs: Segment[], tagOf: TagOf, make: Make): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const word = cur[i].text;
    if (word.length !== 2 || cur[i].name) continue;
    if (word.charCodeAt(0) === ZHE) {
      if (!gluedZhe(cur, i, tagOf)) continue;
    } else if (word.charCodeAt(1) !== ZHE) continue;
    // After 的/之 it is the noun, whatever follows (她的穿着风格).
    else if (i > 0 && (cur[i - 1].text === "的" || cur[i - 1].text === "之")) continue;
    else if (!lexicalZhuo(word) || !isVerb(word[0], tagOf) || !objectAt(cur, i + 1, tagOf)) continue;
    out ??= segs.slice();
    out.splice(i, 1, make(word[0]), make(word[1]));
  }
  return out ?? segs;
}
