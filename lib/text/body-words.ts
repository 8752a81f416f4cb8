import { cedictEntries } from "@/lib/dict/cedict";
import type { Segment } from "./segment";

// 该会秘书长, 本所律师, 该局负责人, 据本院审理, 本港经济: a determiner and one character standing for a
// body named before it (the association, the firm, the bureau, the court) or for the place one
// speaks from. CC-CEDICT has a few such pairs (本市, 本台, 本报), not most, and the character's first
// senses there are others (会 "can", 所 "actually", 局 "office", 台 "platform", 团 "round"): the
// breakdown read "该 should · 会 will", "本 origin · 港 harbor". Each character's sense as a body is
// written out below: a closed class, as the suffixes of part-gloss.ts are.

/** One-character bodies a determiner points back to, with their sense as such. */
const BODY: Record<string, string> = {
  会: "association; society", 所: "institute; firm", 局: "bureau", 部: "ministry; department", 台: "(TV or radio) station",
  团: "delegation; group", 院: "court; institute; hospital", 港: "port", 社: "agency; society", 站: "station; website",
  刊: "periodical", 网: "website", 厂: "factory", 校: "school", 馆: "hall; museum", 队: "team", 委: "committee",
  司: "department", 厅: "department", 组: "group; team", 店: "shop", 园: "park", 案: "case", 行: "bank",
};
/** Where 本 speaks from a place named by one character (本港 "our Hong Kong", in Hong Kong's press). */
const HOME: Record<string, string> = { 港: "Hong Kong", 澳: "Macao" };
/** The determiners, with their English before a body (我院 "our + court"). */
const HEAD: Record<string, string> = { 该: "this (aforementioned)", 本: "this; our", 此: "this", 各: "each", 我: "our", 贵: "your (honorific)" };
/** Lone determiners the segmenter may leave before a lone body character (本|会|会员, 本|所|律师). */
const JOINS = new Set(["该", "本", "此", "各"]);
/** What may stand before such a pair: a preposition, a conjunction or a verb (据本所, 经本院). */
const BEFORE_TAGS = new Set(["p", "c", "v", "vn"]);
/** Prepositions whatever jieba tags them (经 is "n" in its dictionary: 经本所调解). */
const BEFORE_WORDS = new Set([..."经据由在向对从为被让给与和同跟"]);
const HAN = /\p{Script=Han}/u;
/** HEAD's characters by char code: the segmentation rule asks it of every token's first character. */
const HEAD_CODES = new Uint8Array(65536);
for (const ch of Object.keys(HEAD)) HEAD_CODES[ch.charCodeAt(0)] = 1;
/** Characters without one of which in a sentence joinBodies changes nothing there (segment.ts skips it). */
export const BODY_TRIGGERS: readonly string[] = Object.keys(HEAD);
/** 行 is a bank only read háng (该行 "the said bank"); xíng it is no body. */
const BODY_READING: Record<string, string> = { 行: "háng" };

/**
 * "this (aforementioned) + association; society" for a determiner and a body character that
 * CC-CEDICT does not have as one word (it is asked after the dictionary), else null.
 */
export function bodyGloss(text: string, pinyin: string | null): string | null {
  if (text.length !== 2) return null;
  const head = HEAD[text[0]];
  if (!head) return null;
  if (text[0] === "本" && HOME[text[1]]) return `${head} + ${HOME[text[1]]}`;
  const body = BODY[text[1]];
  if (!body) return null;
  const reading = BODY_READING[text[1]];
  if (reading && pinyin?.split(" ")[1] !== reading) return null;
  return `${head} + ${body}`;
}

/**
 * 该会 and 本会 after a pronoun or a noun are the modal, not a body (你该会说汉语吧 "should + will",
 * 他本会来 "originally + would"): the token's gloss in that place, else null.
 */
export function modalBodyGloss(text: string, prevTag: string | null): string | null {
  if (text !== "该会" && text !== "本会") return null;
  if (prevTag === null || !/^(?:r|n[a-z]*)$/.test(prevTag)) return null;
  return text === "该会" ? "should + will; be likely to" : "originally + would";
}

/**
 * The segmentation rule: a lone determiner and a lone body character joined (本|所|律师 →
 * 本所|律师) where the pair opens its clause or follows a preposition, conjunction or verb (据本所统计);
 * after a pronoun or a noun 本 is "originally" (他本会来) and stays apart. A word jieba keeps whole
 * that opens with such a pair and goes on with a dictionary word (本院认为) is cut after the pair.
 */
export function joinBodies(segs: Segment[], tagOf: (word: string) => string | null | undefined, known: (word: string) => Segment): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const word = cur[i].text;
    if (HEAD_CODES[word.charCodeAt(0)] !== 1) continue;
    if (word.length === 1 && JOINS.has(word)) {
      const next = cur[i + 1]?.text;
      if (!next || next.length !== 1 || !(BODY[next] || (word === "本" && HOME[next])) || BODY_READING[next]) continue;
      const prev = cur[i - 1]?.text;
      if (prev !== undefined && HAN.test(prev) && !BEFORE_WORDS.has(prev) && !BEFORE_TAGS.has(tagOf(prev) ?? "")) continue;
      out ??= segs.slice();
      out.splice(i, 2, known(word + next));
    } else if (word.length >= 4 && BODY[word[1]] && cedictEntries(word).length === 0 && cedictEntries(word.slice(0, 2)).length === 0 && cedictEntries(word.slice(2)).length > 0) {
      out ??= segs.slice();
      out.splice(i, 1, known(word.slice(0, 2)), known(word.slice(2)));
    }
  }
  return out ?? segs;
}
