import { cedictEntries, entryForReading, isNoiseSense, readableSense } from "@/lib/dict/cedict";
import { isObscureSense } from "@/lib/dict/sense-order";
import { dictTag } from "./segment";

// Words jieba keeps and CC-CEDICT lacks, glossed by their parts in the token's reading: an adjective
// and a noun of one character each (大树 "big + tree", 右脚 "right + foot"), and a word + 地, the
// adverb it makes (细心地 "meticulous + (-ly)"). The adjectives are a closed class with the English of
// their modifier sense; the noun no function word (by jieba's tag) and no verb by its first sense.
// Not names jieba knows. A verb and its object (砍柴) is not glossed so: read on CPP dev, about
// half the verbs' first senses were the wrong one (端头 "to hold sth level + head", 算符).

const ADJECTIVE: Record<string, string> = {
  大: "big", 小: "small", 老: "old", 新: "new", 旧: "old", 高: "high", 长: "long", 短: "short", 白: "white",
  红: "red", 黑: "black", 黄: "yellow", 绿: "green", 蓝: "blue", 青: "blue-green", 金: "golden", 冷: "cold", 热: "hot",
  古: "ancient", 男: "male", 女: "female", 雄: "male", 雌: "female", 东: "east", 西: "west", 南: "south", 北: "north",
  左: "left", 右: "right", 细: "thin", 粗: "thick", 深: "deep", 浅: "shallow", 圆: "round", 方: "square", 湿: "wet",
  次: "next",
};
/** Directions and parts of a body or thing before 部 "part", as English says the part. */
const SIDE: Record<string, string> = {
  东北: "northeastern", 西北: "northwestern", 东南: "southeastern", 西南: "southwestern", 上: "upper", 下: "lower",
  前: "front", 后: "rear", 内: "inner", 外: "outer", 顶: "top", 底: "bottom", 尾: "tail", 基: "base", 头: "head",
  腹: "belly", 背: "back", 胸: "chest", 腰: "waist", 颈: "neck", 咽: "throat", 面: "face", 腿: "leg",
};
/** Readings the modifier sense needs (长 cháng, not zhǎng "to grow"). */
const ADJECTIVE_READING: Record<string, string> = { 长: "cháng" };
const NAME_TAG = /^(?:nr[a-z]*|ns|nt|nz)$/;
const TIME_NOUNS = new Set(["年", "月", "日", "天", "周"]);
const FUNCTION_TAG = /^(?:u[a-z]*|p|c|d|r|m|q|f|y|e|o|k|zg)$/;

function senses(ch: string, reading: string | null): string[] {
  const entry = entryForReading(cedictEntries(ch).filter((e) => !e.capitalised), reading);
  return entry?.definitions.filter((d) => !isNoiseSense(d) && !isObscureSense(d) && !/^(?:\(bound form\)|classifier|surname|abbr\.)/.test(d)) ?? [];
}

/**
 * The first sense of a character that is no function word (by jieba's tag) and whose first sense is
 * no verb and no grammar note (jieba tags 树 v, 柴 nr: its tags alone cannot say "noun"), or null.
 */
function nounSense(ch: string, reading: string | null): string | null {
  // Units of time are nouns here whatever jieba's measure tag (次年 "next + year").
  if (FUNCTION_TAG.test(dictTag(ch) ?? "") && !TIME_NOUNS.has(ch)) return null;
  const first = senses(ch, reading)[0];
  return first && !/^(?:\([^)]*\) )?to /.test(first) && !first.startsWith("(") ? readableSense(first.split("; ")[0]) : null;
}

/** A direction or part of a body or thing + 部 "part" (东北部 "northeastern part", 下部, 基部, 咽部), or null. */
export function sidePartGloss(text: string): string | null {
  const side = text.endsWith("部") ? SIDE[text.slice(0, -1)] : undefined;
  return side ? `${side} part` : null;
}

export function compoundGloss(text: string, pinyin: string | null, tag = ""): string | null {
  // Names jieba knows (金国, 南康, 北庭) are not described by their characters.
  if (NAME_TAG.test(tag || (dictTag(text) ?? ""))) return null;
  const chars = [...text];
  const syllables = pinyin?.split(" ") ?? [];
  const read = (k: number) => (syllables.length === chars.length ? syllables[k] : null);
  // 地 read de: 纪念地 (dì "memorial site") is a place.
  if (chars.length >= 3 && chars[chars.length - 1] === "地" && read(chars.length - 1) === "de") {
    const body = chars.slice(0, -1).join("");
    const entry = entryForReading(cedictEntries(body).filter((e) => !e.capitalised), syllables.slice(0, -1).join(" ") || null);
    const first = entry?.definitions.find((d) => !isNoiseSense(d) && !/^(?:\([^)]*\) )?to /.test(d));
    return first ? `${readableSense(first.split("; ")[0])} + (-ly)` : null;
  }
  // An adjective and a noun word CC-CEDICT has (冷空气 "cold + air", 女主角), the adjective and the
  // word's first character being no word of their own.
  if (chars.length === 3 && ADJECTIVE[chars[0]] && (!ADJECTIVE_READING[chars[0]] || read(0) === ADJECTIVE_READING[chars[0]])) {
    const rest = chars.slice(1).join("");
    const entry = entryForReading(cedictEntries(rest).filter((e) => !e.capitalised), syllables.slice(1).join(" ") || null);
    const first = entry?.definitions.find((d) => !isNoiseSense(d) && !isObscureSense(d));
    if (first && !/^(?:\([^)]*\) )?to /.test(first) && cedictEntries(chars[0] + chars[1]).length === 0) return `${ADJECTIVE[chars[0]]} + ${readableSense(first.split("; ")[0])}`;
  }
  if (chars.length !== 2) return null;
  const [a, b] = chars;
  if (ADJECTIVE[a] && (!ADJECTIVE_READING[a] || read(0) === ADJECTIVE_READING[a])) {
    const noun = nounSense(b, read(1));
    if (noun) return `${ADJECTIVE[a]} + ${noun}`;
  }
  return null;
}
