import { cedictEntries, isVocabulary } from "@/lib/dict/cedict";
import { wordReadings } from "./word-readings";

// Er-hua and doubled words no dictionary has. Er-hua: jieba's dictionary carries hundreds of spoken
// words ending in 儿 that CC-CEDICT lacks (小曲儿, 字儿, 鱼儿, 好事儿, 脑门儿), and the 儿 of each is
// the suffix r joined to the syllable before (xiǎo qǔr), not the word ér "child". ér stays where 儿
// means a child or a man after its head (早产儿, 弃儿, 男儿, 患儿: the heads below), in a name jieba
// tags as one (nr) whose head is no word of its own, and in every word a dictionary reads (女儿, 婴儿,
// 健儿). Names jieba tags otherwise (平儿, 坠儿 in 红楼梦, tagged q and n) take the er-hua.

/** Heads after which 儿 is a person: a man, a child born, left, ill or young. */
const PERSON_HEADS = /(?:男|婴|孤|弃|患|胎|幼|产|生|健|宠|孕|残|瘫|潮|乞|孩|育|犬|混血|寄养)$/u;

/**
 * Whether the last character of a token is er-hua: a token of two characters or more ending in
 * 儿 that no dictionary has, after a head that is a word (小曲, 字, 好事), not a person's.
 */
export function erhuaSuffix(token: string, tag: string | null): boolean {
  if (token.length < 2 || !token.endsWith("儿") || cedictEntries(token).length > 0) return false;
  const head = token.slice(0, -1);
  if (PERSON_HEADS.test(head) || !/^\p{Script=Han}+$/u.test(head)) return false;
  // A name jieba tags as one (平儿 nr) unless its head is everyday vocabulary of its own (小曲儿 nr).
  if (tag !== null && tag.startsWith("nr") && !(head.length >= 2 && isVocabulary(head))) return false;
  return cedictEntries(head).some((e) => !e.capitalised);
}

/**
 * AABB of a word AB, doubled where no dictionary lists the doubled form (踉踉跄跄, 高高兴兴): both A's
 * read as A does in the word (liàng, not the model's liáng for the first). B keeps its own reading:
 * a neutral tone in the word (明白 míng bai) is full when doubled (明明白白 bái bái). Fills `fixed`.
 */
export function doubledWordReadings(chars: string[], start: number, fixed: (string | null | undefined)[]): void {
  if (chars.length !== 4 || chars[0] !== chars[1] || chars[2] !== chars[3] || chars[0] === chars[2]) return;
  const word = wordReadings(chars[0] + chars[2]);
  const a = word?.readings.length === 1 ? word.readings[0][0] : undefined;
  if (!a) return;
  fixed[start] ??= a;
  fixed[start + 1] ??= a;
}
