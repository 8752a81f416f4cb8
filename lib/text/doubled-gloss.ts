import { cedictEntries, entryForReading, shortGloss } from "@/lib/dict/cedict";
import { partSense } from "./char-gloss";
import { dictTag } from "./segment";

// Reduplicated forms no dictionary lists, glossed by the word they double rather than character by
// character ("匆匆 hurriedly · 忙 busy · 忙 busy"):
//   AABB of a word AB (匆匆忙忙, 干干净净, 高高兴兴): the word's gloss, marked as intensified;
//   ABAB of a verb AB (研究研究, 讨论讨论): the verb's gloss, done "a little" (the delimitative);
//   A来A去 of a verb A (游来游去, 想来想去, 走来走去): the verb "back and forth; over and over";
//   A一A and AA of a verb A (想一想, 看一看, 尝尝): the verb done "a little".
// Each reads the doubled word in the token's own syllables where their count agrees. So is a
// separable verb split by 了, 过 or 个 (结了婚, 见过面, 洗个澡): the verb's gloss, not its characters'.

const LAI = "来";
const QU = "去";

/** The gloss of `word` in `reading` (space-separated syllables; null: the preferred entry). */
function wordGloss(word: string, reading: string | null): string | null {
  const entries = cedictEntries(word).filter((e) => !e.capitalised);
  const entry = entries.length ? entryForReading(entries, reading) : null;
  return entry ? shortGloss(entry) : null;
}

/** What splits a separable verb (结了婚, 见过面, 洗个澡), in English. */
const SPLITTERS: Record<string, string> = { 了: "done", 过: "done before", 个: "once; a bit" };

/**
 * A separable verb split by 了, 过 or 个, as jieba keeps it (结了婚, 见过面, 睡个觉): the verb's gloss and
 * what the split adds ("to marry (结了婚: done)"), not its characters (结了 "that's that" · 婚).
 */
function separableGloss(chars: string[], pinyin: string | null): string | null {
  // (过来, 过去 after a verb are its direction: 醒过来 "to come to".)
  if (chars.length !== 3 || !SPLITTERS[chars[1]] || chars[2] === "来" || chars[2] === "去") return null;
  const s = pinyin?.split(" ");
  const gloss = wordGloss(chars[0] + chars[2], s && s.length === 3 ? `${s[0]} ${s[2]}` : null);
  return gloss?.startsWith("to ") ? `${gloss} (${chars.join("")}: ${SPLITTERS[chars[1]]})` : null;
}

/** The doubled form's gloss, or null when the token is no such form or its word has no entry. */
export function doubledGloss(text: string, pinyin: string | null): string | null {
  const chars = [...text];
  const separable = separableGloss(chars, pinyin);
  if (separable) return separable;
  // A一A of a verb (想一想, 看一看): the delimitative, "a little".
  if (chars.length === 3 && chars[0] === chars[2] && chars[1] === "一") {
    const verb = partSense(chars[0], pinyin?.split(" ").length === 3 ? pinyin.split(" ")[0] : null);
    return verb?.startsWith("to ") ? `${verb} a little; to have a go (${text})` : null;
  }
  // AA of a one-character verb (尝尝, 聊聊): the delimitative too; an adjective doubled (高高) is
  // intensified; a doubled noun (人人, 混混) is no such form.
  if (chars.length === 2 && chars[0] === chars[1]) {
    const sense = partSense(chars[0], pinyin?.split(" ").length === 2 ? pinyin.split(" ")[0] : null);
    // jieba knows the doubled verbs as verbs (尝尝 v); 混混 "hooligan", 溜溜 (酸溜溜), a name (李思思) it does not.
    if (sense?.startsWith("to ")) return /^v/.test(dictTag(text) ?? "") ? `${sense} a little; to have a go (${text})` : null;
    // An adjective doubled (高高的, 慢慢) is intensified.
    return sense && dictTag(chars[0]) === "a" ? `${sense} (${text} doubled: intensified)` : null;
  }
  if (chars.length !== 4) return null;
  const s = pinyin?.split(" ");
  const syl = (...k: number[]) => (s && s.length === 4 ? k.map((i) => s[i]).join(" ") : null);
  const [a, b, c, d] = chars;
  if (a === b && c === d && a !== c) {
    const gloss = wordGloss(a + c, syl(0, 2));
    return gloss ? `${gloss} (${a}${c} doubled: intensified)` : null;
  }
  if (a === c && b === d && a !== b) {
    const gloss = wordGloss(a + b, syl(0, 1));
    return gloss?.startsWith("to ") ? `${gloss} (${a}${b} doubled: a little, for a while)` : null;
  }
  if (a === c && b === LAI && d === QU) {
    const verb = partSense(a, syl(0));
    return verb?.startsWith("to ") ? `${verb} back and forth; over and over (${a}来${a}去)` : null;
  }
  return null;
}
