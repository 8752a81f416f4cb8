import { cedictEntries, preferredEntry, readableSense, shortGloss } from "./cedict";

// Compounds jieba knows but CC-CEDICT lacks (经济增长, 两国关系, 伙伴关系) still deserve a hint: the
// first sense of each dictionary word inside it, by greedy longest match ("economy + to grow").
// Parts must be words of 2+ characters: a lone character's first sense is too often the wrong one
// (何种 → "what + seed").
const MAX_PART = 8;
const MIN_PART = 2;

/** The first sense of a dictionary word's preferred entry, or null when no dictionary has it. */
export function firstSense(word: string): string | null {
  const entry = preferredEntry(cedictEntries(word));
  const gloss = entry ? shortGloss(entry) : null;
  const first = gloss ? gloss.split("; ")[0] : null;
  // A proper noun's name without its description ("Hangzhou", not "Hangzhou, sub-provincial city
  // and capital of …"): the part of a compound (杭州大学 "Hangzhou + university"). A list of names
  // stays whole (港澳台 "Hong Kong, Macao and Taiwan").
  return first && entry?.capitalised ? first.replace(/, [a-z].*$/, "") : first;
}

/**
 * The sense of a compound's last word, its head: a noun there (交流活动 "exchange + activity"), so
 * the sense with a classifier (CEDICT marks nouns so) where the first sense is a verb ("to exercise").
 */
function headSense(word: string): string | null {
  const first = firstSense(word);
  if (!first?.startsWith("to ")) return first;
  const noun = preferredEntry(cedictEntries(word))?.definitions.find((d) => /\(CL:/.test(d) && !d.startsWith("to "));
  return noun ? readableSense(noun.replace(/\s*\(CL:[^)]*\)/, "")).split("; ")[0] : first;
}

/** A literal "part + part" gloss, or null unless every part is in the dictionary. */
/** 第 + a numeral (第二十八): an ordinal, which part-gloss.ts reads whole ("28th"), not 第二 + 十八. */
const ORDINAL = /^第[〇零一二三四五六七八九十百千万两]+$/u;

export function composedGloss(word: string): string | null {
  const chars = [...word];
  if (chars.length < 2 || ORDINAL.test(word)) return null;
  // 不 before a word of two characters or more negates all of it (不负责任 "not + to take
  // responsibility", 不满意 "not + satisfied"): not the longest word from the left (不负 "to live up to"
  // + 责任, 不满 "resentful" + 意).
  if (chars.length >= 3 && chars[0] === "不") {
    const rest = firstSense(chars.slice(1).join(""));
    if (rest) return `not + ${rest}`;
  }
  const parts: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let found = false;
    for (let len = Math.min(MAX_PART, chars.length - i); len >= MIN_PART; len--) {
      if (len === chars.length) continue; // the whole word is what we lack
      const part = chars.slice(i, i + len).join("");
      const sense = i + len === chars.length ? headSense(part) : firstSense(part);
      if (sense) {
        parts.push(sense);
        i += len;
        found = true;
        break;
      }
    }
    if (!found) return null;
  }
  return parts.join(" + ");
}
