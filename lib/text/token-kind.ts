import { cedictEntries } from "@/lib/dict/cedict";
import { isLexiconIdiom } from "@/lib/dict/idioms";
import { historicalNames, placeNames, publicFigures } from "@/lib/dict/names";
import { SURNAMES, TRANSLIT, TRANSLIT_MARKERS } from "@/lib/dict/name-rules";
import type { GlossaryEntry } from "@/lib/dict/glossary-schema";
import type { CedictEntry } from "@/lib/dict/cedict";
import { dictTag } from "./segment";
import { hsk2Level, hsk3Level } from "@/lib/dict/hsk";

export type TokenKind = "word" | "idiom" | "phrase" | "name" | "number" | "punct" | "other";

/** What segmentation already knows about a token (lib/text/merge-names.ts). */
export interface KindHint {
  name?: boolean;
  abbreviation?: boolean;
  /** A proper noun's characters used as a common word where a measure word counts them (Segment.common). */
  common?: boolean;
}

const PUNCT = /^[\p{P}\p{S}\s]+$/u;
// Numbers: Arabic digits with an optional 万/亿 and date/count unit (2025年, 3月, 80%, 1,000, 14亿), a year in
// Chinese digits (二〇二五年), or tokens made only of Chinese numerals (一百多, 四分之三) whose
// dictionary sense, if any, is a number (万一 "just in case" is a word). 十四届 or 三次 stay words:
// the counter is vocabulary a learner needs to see.
const DIGIT_NUMBER = /^(?:[0-9][0-9.,]*(?:[万亿]+[多余]?)?(?:%|[年月日号时点])?|[〇零一二三四五六七八九]{4}年)$/u;
const HAN_NUMBER = /^[零〇一二三四五六七八九十百千万亿两几多余分之点]+$/u;
const HAS_NUMERAL = /[零〇一二三四五六七八九十百千万亿两]/u;
const NUMBER_SENSE = /^(?:\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|ten thousand|hundred million|several|half|a few)\b)/i;
const PERSON_TAGS = new Set(["nr", "nrt", "nrfg"]);
const PLACE_SUFFIX = /[省市县区州镇乡村岛山河湖江港湾峡洲]$/u;
const HAN = /\p{Script=Han}/u;

// For words CC-CEDICT lacks, jieba's tags are a noisy signal (小国 ns, 国与国 nt, 新一轮 nz, 贡献率
// nr); so are THUOCL's name lists (新一 and 小区 are "places"). A person tag counts with a common
// surname, a place tag for 3+ characters (梅地亚); a listed place without a place tag needs a place
// suffix. A person tag also counts on a word made only of the characters of transliterations
// (伊莎贝拉, 米洛舍维奇, 艾伯特, 拉赫曼): jieba lists thousands of foreign names CC-CEDICT lacks (its
// tag nrt marks a transliteration), and its junk person tags are native words (贡献率 nr).
function isUnknownName(text: string, tag: string): boolean {
  const length = [...text].length;
  if (PERSON_TAGS.has(tag) && (SURNAMES.has(text[0]) || (length >= 2 && allTranslit(text)))) return !(length >= 4 && twoWords(text));
  // A longer person-tagged word mostly of transliteration characters, with jieba's transliteration
  // tag or a marker character (阿列克谢耶维奇 nrt, 鲍里斯, 维尔茨堡): a foreign name, though a character
  // or two (列, 奇, 堡) is outside the set. Native words jieba tags as persons (桑耶寺, 操琴, 沙鹿)
  // are at most half transliteration characters and have no marker; a word with a common word of two
  // characters or more inside (亚|毫米|波, 巴洛克|式 "baroque style") is a word.
  if (PERSON_TAGS.has(tag) && length >= 3 && mostlyTranslit(text) && (tag === "nrt" || hasMarker(text)) && !holdsCommonWord(text)) return true;
  if (tag === "ns" && length >= 3) return true;
  if (length >= 2 && historicalNames().has(text)) return true;
  return length >= 2 && placeNames().has(text) && (tag === "ns" || PLACE_SUFFIX.test(text));
}

/** At least 60 % of the characters are transliteration characters. */
function mostlyTranslit(text: string): boolean {
  const chars = [...text];
  return chars.filter((c) => TRANSLIT.has(c)).length >= 0.6 * chars.length;
}

/**
 * A CC-CEDICT vocabulary word inside the text that a learner meets: of the HSK lists (毫米), or of
 * three characters or more (巴洛克). Not a two-character word no list has, which a transliteration
 * may spell by chance (阿|列克|谢耶维奇: 列克 "lek").
 */
function holdsCommonWord(text: string): boolean {
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 2; j <= chars.length && j - i < chars.length; j++) {
      const word = chars.slice(i, j).join("");
      if (commonWord(word) && (j - i >= 3 || hsk3Level(word) !== null || hsk2Level(word) !== null)) return true;
    }
  }
  return false;
}

function hasMarker(text: string): boolean {
  for (const c of text) if (TRANSLIT_MARKERS.has(c)) return true;
  return false;
}

function allTranslit(text: string): boolean {
  for (const c of text) if (!TRANSLIT.has(c)) return false;
  return true;
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

// CC-CEDICT capitalises every entry with a proper noun in it, not only names: months (Shi2 yue4
// "October"), holidays (春节), 访华 (fang3 Hua2 "to visit China"), 下西洋 "to sail west", 东海岸
// "East Coast", and 山下 "Yamashita", which in Chinese text is "at the foot of the hill". jieba's
// word class alone is too noisy for such entries (it tags 大连 d, 加纳 v, 唐朝 t), so each rule pairs
// it with what the senses say:
// - every sense is a verb ("to visit China", "to sail west"): a word, whatever the tag;
// - a time word (t, or m for 十一月) whose sense is a month, weekday or festival: a word (dynasties
//   and reign titles, 唐朝 正德, stay names);
// - a place word or locative (s, f) that is a direction + a common word (东|海岸, 西|北部), or whose
//   senses only point to a district (城中 "see 城中区", 南岸): a word (河内 Hanoi, 关中 stay names);
// - a common word class (s 山下, m 百里, v 独孤) whose senses are all surnames: a word; a surname
//   alone in running text is rarely the person.
const VERB_SENSE = /^(?:\([^)]*\) )?to [a-z]/;
/** A sense that names a language: "Chinese language", "English (language)", "Sino-Tibetan language family". */
const LANGUAGE_SENSE = /^[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)* (?:language(?: family)?|\(language\))(?:$|[;,])/;
const PROPER_TAG = /^(?:nr[a-z]*|ns|nt)$/;
const CALENDAR_SENSE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|month|[Ff]estival|[Hh]oliday|New Year|National Day|Christmas)\b/;
const DISTRICT_REFERENCE = /^see \S*?[区县市镇乡]\[/u;
const SURNAME_SENSE = /surname/i;
const DIRECTION = /^[东西南北]/u;
const NAME_TAGS = new Set(["nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "n"]);

/** A word all of whose CC-CEDICT entries are capitalised but which is no name (十月, 访华, 山下). */
function capitalisedWord(text: string, entries: CedictEntry[]): boolean {
  const senses = entries.flatMap((e) => e.definitions);
  if (!senses.length) return false;
  if (senses.every((d) => VERB_SENSE.test(d))) return true;
  // Languages (汉语, 英语, 粤语, 拉丁语): words a learner studies, as English writes them with capitals.
  if (senses.every((d) => LANGUAGE_SENSE.test(d))) return true;
  const tag = dictTag(text) ?? "";
  // A word of the HSK lists that is no person, place or organisation by jieba's tag (中文, 西方,
  // 互联网, 京剧, 美金, 佛教, 摄氏度): vocabulary learners study, not a name (北京, 中国, 联合国 stay).
  if (!PROPER_TAG.test(tag) && (hsk3Level(text) !== null || hsk2Level(text) !== null)) return true;
  if ((tag === "t" || tag === "m") && CALENDAR_SENSE.test(senses[0])) return true;
  if ((tag === "s" || tag === "f") && ((DIRECTION.test(text) && text.length >= 3 && commonWord(text.slice(1))) || senses.every((d) => DISTRICT_REFERENCE.test(d)))) return true;
  return tag !== "" && !NAME_TAGS.has(tag) && senses.every((d) => SURNAME_SENSE.test(d));
}

export function tokenKind(text: string, tag: string, glossary: GlossaryEntry | null, hint: KindHint = {}): TokenKind {
  if (PUNCT.test(text)) return "punct";
  if (DIGIT_NUMBER.test(text)) return "number";
  if (hint.abbreviation || hint.common) return "word";
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
    if (entries.every((e) => e.capitalised)) return capitalisedWord(text, entries) ? "word" : "name";
    return "word";
  }
  return isUnknownName(text, tag) ? "name" : "word";
}
