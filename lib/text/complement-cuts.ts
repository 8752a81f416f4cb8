import { cedictEntries } from "@/lib/dict/cedict";
import { isObscureSense } from "@/lib/dict/sense-order";
import type { Segment } from "./segment";
import { isVerbTag } from "./g2p/frame-words";
import { hasVerbSense } from "./g2p/de-frames";

// 气|得直|跺脚 → 气|得|直|跺脚: jieba keeps 得直, which CC-CEDICT has only as a Hong Kong and
// Singapore legal term (dé zhí "to win an appeal"), so "so angry he kept stamping his feet" was
// read dé zhí and glossed as a court ruling. Between a verb or adjective and a verb, 得 is the
// complement's particle and the character after it an adverb of the complement (直 "straight on,
// continuously": 饿得直叫, 高兴得直跳). A word of 得 + one character is cut so only where no
// dictionary has it as everyday vocabulary (its every entry opens with a regional, dated or
// specialised sense, or there is none): 得到, 得出, 得意 stay; before no verb it stays too
// (他又开始得瑟了: 得瑟 "to show off" is the verb).
//
// 我|算了|好几遍 → 我|算|了|好几遍: jieba keeps 算了, CC-CEDICT's "let it be; forget it"; before a
// count of times or a length of time it is the verb 算 "to calculate" and the aspect particle. The
// same for any word of a verb + 了 that CC-CEDICT lists with a meaning of its own (算了, 罢了);
// 算了，别说了 keeps the word.
//
// 唱|歌唱|得 → 唱歌|唱|得: the verb copied after its object before 得 (splitCopiedVerb).

type TagOf = (word: string) => string | null;
type Make = (word: string) => Segment;

const DE = "得".charCodeAt(0);
/** Without 得 in a sentence splitComplementDe and splitCopiedVerb change nothing there (segment.ts skips them). */
export const DE_TRIGGERS: readonly string[] = ["得"];
const HAN = /^\p{Script=Han}+$/u;
const REGIONAL = /^\((?:HK|Tw|Sg|Macau)\b/;

/**
 * What 得 and an adverb may follow: a verb or adjective by jieba's tag, or a character CC-CEDICT
 * gives a verb sense (气 "to get angry", tagged a noun), whose complement 得 marks (气得直跺脚); or a
 * pronoun, the subject of the modal 得 (我得直说了: "I must say it straight").
 */
function predicateBefore(word: string, tagOf: TagOf): boolean {
  const tag = tagOf(word);
  if (isVerbTag(tag) || tag === "a" || tag === "b" || tag === "r") return true;
  return word.length === 1 && hasVerbSense(word);
}

/** No dictionary has the word as everyday vocabulary: no entry, or each opens with a regional or obscure sense. */
function notEveryday(word: string): boolean {
  const entries = cedictEntries(word).filter((e) => !e.capitalised);
  return entries.every((e) => {
    const first = e.definitions[0] ?? "";
    return REGIONAL.test(first) || isObscureSense(first);
  });
}

/** A count of times or a length of time (好几遍, 三次, 半天, 两个小时, 一下). */
const ACTION_COUNT = /^(?:[0-9]+|[一二两三四五六七八九十百几半]+|好几)(?:个)?(?:遍|次|回|下|趟|天|年|小时|分钟|会儿|阵)$/u;
const LE = "了".charCodeAt(0);
/** Without 了 in a sentence splitVerbLe changes nothing there (segment.ts skips it). */
export const LE_TRIGGERS: readonly string[] = ["了"];

/** The segments with each lexicalised verb + 了 before a count cut into the verb and 了; the same array when none applies. */
export function splitVerbLe(segs: Segment[], tagOf: TagOf, make: Make): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i + 1 < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const s = cur[i];
    if (s.text.length !== 2 || s.text.charCodeAt(1) !== LE || s.name || s.gloss || !ACTION_COUNT.test(cur[i + 1].text)) continue;
    if (cedictEntries(s.text).length === 0 || !isVerbTag(tagOf(s.text[0]))) continue;
    out ??= segs.slice();
    out.splice(i, 1, make(s.text[0]), make("了"));
  }
  return out ?? segs;
}

/** The segments with each such 得X cut in two; the same array when none applies (most sentences). */
export function splitComplementDe(segs: Segment[], tagOf: TagOf, make: Make): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 1; i + 1 < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const s = cur[i];
    if (s.text.length !== 2 || s.text.charCodeAt(0) !== DE || s.name || s.gloss || !HAN.test(s.text)) continue;
    const prev = cur[i - 1].text;
    if (!HAN.test(prev) || !predicateBefore(prev, tagOf) || !isVerbTag(tagOf(cur[i + 1].text))) continue;
    if (!notEveryday(s.text) || cedictEntries(s.text[1]).length === 0) continue;
    out ??= segs.slice();
    out.splice(i, 1, make("得"), make(s.text[1]));
  }
  return out ?? segs;
}

/**
 * 唱|歌唱|得 → 唱歌|唱|得: the verb repeated after its object before 得 (唱歌唱得好, 说话说得快, 写字写得
 * 漂亮), which jieba cuts by frequency into the verb and a word of the object and the verb. The verb
 * and its object make a word CC-CEDICT has; the same array when none applies (most sentences).
 */
export function splitCopiedVerb(segs: Segment[], tagOf: TagOf, make: Make): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i + 2 < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const verb = cur[i].text;
    const pair = cur[i + 1].text;
    if (verb.length !== 1 || pair.length !== 2 || pair[1] !== verb || cur[i + 2].text.charCodeAt(0) !== DE || cur[i + 1].name) continue;
    if (!isVerbTag(tagOf(verb)) || cedictEntries(verb + pair[0]).length === 0) continue;
    out ??= segs.slice();
    out.splice(i, 2, make(verb + pair[0]), make(verb));
  }
  return out ?? segs;
}
