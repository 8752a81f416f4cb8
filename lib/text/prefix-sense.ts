import { cedictRowsWithPrefix } from "@/lib/dict/cedict";
import { numberSyllable } from "./pinyin-syllables";

// A character opening a compound no dictionary has is glossed by the sense it has at the start of
// words, not by its first sense in CC-CEDICT: 核污染 "核 nuclear · 污染", not "核 pit" (核武器, 核电站,
// 核能, 核弹 are nuclear); 电费 "电 electricity" (电话, 电力, 电池), not "lightning". The sense chosen is
// the one of the character's own senses whose first content word recurs most in the first senses of
// CC-CEDICT's two-character words beginning with it, in the same reading (one search of the sorted
// dictionary; answers kept per character); where the first sense is common among them too, or none
// leads clearly, the first stays.

const chosen = new Map<string, string>();
/** Words a sense shares with too much else to say anything ("used", "person", "thing"). */
const EMPTY = new Set(["the", "and", "for", "one", "sth", "etc", "its", "not", "who", "all", "any", "used", "with", "form", "bound", "something", "someone", "person", "people", "thing", "things", "make", "have", "being", "from", "into", "that", "this", "which", "other", "also", "very", "kind", "sort", "type", "part", "place", "time", "classifier", "surname", "variant", "abbr"]);
/**
 * Another sense replaces the first only when the first is nearly absent from the words (at most
 * FIRST_AT_MOST of them) and the other is in at least MIN_WORDS: 核 "pit" 0 against "nuclear" 10, 电
 * "lightning" 2 against "electricity" 63; 偏 "to lean" 1 against "prejudiced" 5 stays, as does 外
 * "outside" (14) beside "foreign" (30).
 */
const FIRST_AT_MOST = 2;
const MIN_WORDS = 10;

/** A sense's first content word (three letters or more) as a stem matched at a word's start ("nuclear" → /\bnuclea/), or null. */
function stem(sense: string): RegExp | null {
  const word = (sense.toLowerCase().replace(/\([^)]*\)/g, " ").match(/[a-z]{3,}/g) ?? []).find((w) => !EMPTY.has(w));
  return word ? new RegExp(`\\b${word.length > 6 ? word.slice(0, 6) : word}`) : null;
}

/**
 * Of `senses` (a character's short senses in `reading`, commonest first), the one its two-character
 * words beginning with it most often share; `senses[0]` when none leads clearly.
 */
export function prefixSense(ch: string, reading: string | null, senses: string[]): string | null {
  if (senses.length < 2) return senses[0] ?? null;
  const key = `${ch}|${reading ?? ""}|${senses.join("|")}`;
  const known = chosen.get(key);
  if (known !== undefined) return known;
  // The words' first senses (common words only: a capitalised reading is a name), in the reading.
  const numbered = reading ? numberSyllable(reading) : null;
  const firstSenses: string[] = [];
  const seen = new Set<string>();
  for (const row of cedictRowsWithPrefix(ch)) {
    if (row.word.length !== 2 || seen.has(row.word) || /[A-Z]/.test(row.pinyin)) continue;
    if (numbered && row.pinyin.split(" ")[0].replace("u:", "ü") !== numbered) continue;
    seen.add(row.word);
    firstSenses.push(row.definitions.slice(0, 2).join("; ").toLowerCase());
  }
  const counts = senses.slice(0, 8).map((sense) => {
    const re = stem(sense);
    return re ? firstSenses.filter((s) => re.test(s)).length : 0;
  });
  let best = 0;
  counts.forEach((n, k) => {
    if (n > counts[best]) best = k;
  });
  const answer = best > 0 && counts[0] <= FIRST_AT_MOST && counts[best] >= MIN_WORDS ? senses[best] : senses[0];
  chosen.set(key, answer);
  return answer;
}
