// Readings that what comes right after the character decides: its object or its result (frames.ts
// applies them to one-character tokens, and to the first character of a token jieba kept whole with
// what follows: 倒杯水, 降到, 累死). Counter-cases in tests/unit/text/result-frames.test.ts.

import type { TagOf } from "./frames";
import { PERSONS } from "./everyday-frames";

/** What one pours: a vessel's measure, or a drink (倒杯水, 倒一碗汤, 倒茶, 倒垃圾 "to dump"). */
const POURED = /^(?:[一两几半满]?(?:杯|碗|壶|瓶|盆|桶)|水|茶|酒|油|汤|开水|热水|咖啡|牛奶|饮料|垃圾)/u;
/** Where 降 goes (降到, 降至, 降为): jiàng, "to fall", not xiáng "to surrender" (降了 may be either). */
const FALL_RESULT = /^(?:到|至|为|低|温|价|息|雨|雪)/u;
/** Results of being tired (累死了, 累坏了, 累得, 累极了): lèi, not lěi "to accumulate". */
const TIRED_RESULT = /^(?:死|坏|垮|得|极|着|了|趴下)/u;
/** Whom 给 gives to besides pronouns (给大家, 给孩子): gěi, not the literary jǐ of 供给, 补给. */
const RECIPIENTS = new Set(["谁", "大家", "别人", "人家", "孩子", "孩子们", "朋友", "妈妈", "爸爸", "老师", "客人", "自己"]);

/** 倒 before what it pours (倒杯水, 倒茶) is dào, "to pour"; otherwise null (readingOfDao decides). */
export function pourReading(next: string | undefined): string | null {
  return next !== undefined && POURED.test(next) ? "dào" : null;
}

/** 降 before where it falls to (降到, 降至零下) is jiàng. */
export function fallReading(next: string | undefined): string | null {
  return next !== undefined && FALL_RESULT.test(next) ? "jiàng" : null;
}

/** 累 before a result of tiredness (累死了, 累得不行) is lèi. */
export function tiredReading(next: string | undefined): string | null {
  return next !== undefined && TIRED_RESULT.test(next) ? "lèi" : null;
}

/** 给 before a person (给我倒杯水, 给大家, 给李明) is gěi, "to give; for". */
export function giveReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  if (next === undefined) return null;
  return PERSONS.has(next) || RECIPIENTS.has(next) || /^nr/.test(tagOf(next) ?? "") ? "gěi" : null;
}

/** The first character's reading, decided by the rest of a token jieba kept whole (倒杯水, 降到, 累死), or null. */
export function resultInsideToken(chars: string[]): string | null {
  if (chars.length < 2) return null;
  const rest = chars.slice(1).join("");
  switch (chars[0]) {
    case "倒":
      return pourReading(rest);
    case "降":
      return fallReading(rest);
    case "累":
      return tiredReading(rest);
    default:
      return null;
  }
}
