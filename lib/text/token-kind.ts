import { cedictEntries, isCedictIdiom } from "@/lib/dict/cedict";
import type { GlossaryEntry } from "@/lib/dict/glossary-schema";

export type TokenKind = "word" | "idiom" | "phrase" | "name" | "number" | "punct" | "other";

const PUNCT = /^[\p{P}\p{S}\s]+$/u;
// Numbers: Arabic digits with an optional date/count unit (2025年, 3月, 80%, 1,000), or tokens made
// only of Chinese numerals (一百多, 四分之三) whose dictionary sense, if any, is a number (万一 "just in
// case" is a word). 十四届 or 三次 stay words: the counter is vocabulary a learner needs to see.
const DIGIT_NUMBER = /^[0-9][0-9.,]*(?:%|[年月日号时点])?$/u;
const HAN_NUMBER = /^[零〇一二三四五六七八九十百千万亿两几多余分之点]+$/u;
const HAS_NUMERAL = /[零〇一二三四五六七八九十百千万亿两]/u;
const NUMBER_SENSE = /^(?:\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|ten thousand|hundred million|several|half|a few)\b)/i;
const PERSON_TAGS = new Set(["nr", "nrt", "nrfg"]);
// For words CC-CEDICT lacks, jieba's tags are the only signal, and a noisy one (小国 ns, 国与国 nt,
// 新一轮 nz, HMM guesses like 贡献率 nr). Trust a person tag only when the word starts with a common
// surname, and a place tag only for 3+ characters (梅地亚).
const SURNAMES = new Set([
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习普",
]);
const HAN = /\p{Script=Han}/u;

export function tokenKind(text: string, tag: string, glossary: GlossaryEntry | null): TokenKind {
  if (PUNCT.test(text)) return "punct";
  if (DIGIT_NUMBER.test(text)) return "number";
  const entries = cedictEntries(text);
  if (!glossary && HAN_NUMBER.test(text) && HAS_NUMERAL.test(text)) {
    if (!entries.length || entries.some((e) => NUMBER_SENSE.test(e.definitions[0] ?? ""))) return "number";
  }
  if (glossary) return glossary.kind;
  if ([...text].length >= 4 && (tag === "i" || entries.some(isCedictIdiom))) return "idiom";
  if (!HAN.test(text)) return "other";
  if (entries.length) {
    // CEDICT writes proper nouns with capitals; a word with any lower-case reading is vocabulary.
    if (entries.every((e) => e.capitalised)) return "name";
    return "word";
  }
  if (PERSON_TAGS.has(tag) && SURNAMES.has(text[0])) return "name";
  if (tag === "ns" && [...text].length >= 3) return "name";
  return "word";
}
