import { cedictEntries } from "@/lib/dict/cedict";
import { isLexiconIdiom } from "@/lib/dict/idioms";
import { historicalNames, placeNames, publicFigures } from "@/lib/dict/names";
import { SURNAMES } from "@/lib/dict/name-rules";
import type { GlossaryEntry } from "@/lib/dict/glossary-schema";

export type TokenKind = "word" | "idiom" | "phrase" | "name" | "number" | "punct" | "other";

/** What segmentation already knows about a token (lib/text/merge-names.ts). */
export interface KindHint {
  name?: boolean;
  abbreviation?: boolean;
}

const PUNCT = /^[\p{P}\p{S}\s]+$/u;
// Numbers: Arabic digits with an optional date/count unit (2025年, 3月, 80%, 1,000), a year in
// Chinese digits (二〇二五年), or tokens made only of Chinese numerals (一百多, 四分之三) whose
// dictionary sense, if any, is a number (万一 "just in case" is a word). 十四届 or 三次 stay words:
// the counter is vocabulary a learner needs to see.
const DIGIT_NUMBER = /^(?:[0-9][0-9.,]*(?:%|[年月日号时点])?|[〇零一二三四五六七八九]{4}年)$/u;
const HAN_NUMBER = /^[零〇一二三四五六七八九十百千万亿两几多余分之点]+$/u;
const HAS_NUMERAL = /[零〇一二三四五六七八九十百千万亿两]/u;
const NUMBER_SENSE = /^(?:\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|ten thousand|hundred million|several|half|a few)\b)/i;
const PERSON_TAGS = new Set(["nr", "nrt", "nrfg"]);
const PLACE_SUFFIX = /[省市县区州镇乡村岛山河湖江港湾峡洲]$/u;
const HAN = /\p{Script=Han}/u;

// For words CC-CEDICT lacks, jieba's tags are a noisy signal (小国 ns, 国与国 nt, 新一轮 nz, 贡献率
// nr); so are THUOCL's name lists (新一 and 小区 are "places"). A person tag counts with a common
// surname, a place tag for 3+ characters (梅地亚); a listed place without a place tag needs a place
// suffix.
function isUnknownName(text: string, tag: string): boolean {
  const length = [...text].length;
  if (PERSON_TAGS.has(tag) && SURNAMES.has(text[0])) return !(length >= 4 && twoWords(text));
  if (tag === "ns" && length >= 3) return true;
  if (length >= 2 && historicalNames().has(text)) return true;
  return length >= 2 && placeNames().has(text) && (tag === "ns" || PLACE_SUFFIX.test(text));
}

/** A common word of CC-CEDICT: some entry, and none a proper noun (欧阳, 司马 are surnames). */
function commonWord(text: string): boolean {
  const entries = cedictEntries(text);
  return entries.length > 0 && entries.every((e) => !e.capitalised);
}

/**
 * Whether a text is two common words of two characters or more (严格|执行, 严肃|处理). jieba's
 * dictionary tags a thousand such phrases as persons' names (严格执行 nr); a Chinese name is at
 * most three characters past a compound surname, which CC-CEDICT writes as a proper noun.
 */
function twoWords(text: string): boolean {
  for (let k = 2; k <= text.length - 2; k++) if (commonWord(text.slice(0, k)) && commonWord(text.slice(k))) return true;
  return false;
}

export function tokenKind(text: string, tag: string, glossary: GlossaryEntry | null, hint: KindHint = {}): TokenKind {
  if (PUNCT.test(text)) return "punct";
  if (DIGIT_NUMBER.test(text)) return "number";
  if (hint.abbreviation) return "word";
  if (hint.name || publicFigures().has(text)) return "name";
  const entries = cedictEntries(text);
  if (!glossary && HAN_NUMBER.test(text) && HAS_NUMERAL.test(text)) {
    if (!entries.length || entries.some((e) => NUMBER_SENSE.test(e.definitions[0] ?? ""))) return "number";
  }
  if (glossary) return glossary.kind;
  if (isLexiconIdiom(text)) return "idiom";
  if (!HAN.test(text)) return "other";
  if (entries.length) {
    // CEDICT writes proper nouns with capitals; a word with any lower-case reading is vocabulary.
    if (entries.every((e) => e.capitalised)) return "name";
    return "word";
  }
  return isUnknownName(text, tag) ? "name" : "word";
}
