import { cedictEntries, isVocabulary } from "@/lib/dict/cedict";
import { abbreviationGloss } from "@/lib/dict/abbreviations";
import { ADDRESS_AFTER_SURNAME, NOT_GIVEN, SURNAMES, TITLES } from "@/lib/dict/name-rules";
import { BoundedMap } from "@/lib/text/bounded-map";
import type { Segment } from "./segment";
import { dictTag } from "./segment";
import { surnameOnlyReading } from "./g2p/surnames";
import { isHan } from "./pinyin-syllables";
import { makeSegment, remarkSegment } from "./word-memo";
import { COUNT } from "./familiar-names";

// Forms of Chinese names that merge-names' first pass leaves in pieces, joined after it:
// 1. a surname + 某/某某, how court and police reports withhold a name: 曾|某 → 曾某 "Mr/Ms Zeng
//    (name withheld)", 李|某某 (向|某国 is a preposition before "a certain country");
// 2. 老/小 + a surname, how friends call each other: 老张, 老|王, 小|李 "Old Zhang", "Little Li";
//    not the words 老师, 小时, 小于, 老实 (a dictionary word is never taken);
// 3. the character after 姓 "to be surnamed" is a surname: 姓|和 "surname He", not "and" (but 姓和名
//    "surname and given name": a conjunction counts only before the clause's end);
// 4. a name after a title, where the surname is one CC-CEDICT lists but the common list lacks
//    (主任|乐|文华, 乐 "surname Yue"), or after a head of something (审判长|单|晓|华: a word in 长 read
//    zhǎng that is no verb like 成长);
// 5. a name before a title or form of address: 杜|锋|指导 "Coach Du Feng", 王|毅|外长;
// 6. a surname jieba tags as a name before a two-character given name it tags as one and no
//    dictionary lists (郭|艾伦; not 王|慕容, 叶|蓬莱: a surname, a place);
// 7. a surname + two lone characters that the country-pair rule would read as two countries:
//    韩|德|君 (韩德 "ROK–Germany") is a name; 韩|德|关系, 日|韩|间 stay pairs.
// Each joined piece is a lone character or a given name no dictionary knows as a word.

const surnames = new BoundedMap<string, string | null>();

/** The English of a character's surname entry in CC-CEDICT ("Zeng" for 曾), else null. */
export function surnameEnglish(ch: string): string | null {
  let english = surnames.get(ch);
  if (english === undefined) {
    english = null;
    for (const e of cedictEntries(ch)) {
      const m = e.capitalised ? /^surname ([A-Z][a-z]+)/.exec(e.definitions[0] ?? "") : null;
      if (m) {
        english = m[1];
        break;
      }
    }
    surnames.set(ch, english);
  }
  return english;
}

const isLoneHan = (s: Segment | undefined): s is Segment => !!s && s.text.length === 1 && !s.gloss && !s.name && isHan(s.text);

/** Per char code: 0 not looked up, 1 starts no form, 2 may start one (a surname of either list, 老, 小). */
const starts = new Uint8Array(65536);
function mayStart(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (starts[code] === 0) starts[code] = ch === "老" || ch === "小" || SURNAMES.has(ch) || surnameEnglish(ch) !== null ? 2 : 1;
  return starts[code] === 2;
}
const PERSON_TAGS = new Set(["nr", "nrt", "nrfg"]);
/** jieba classes of a character that stands before a noun as something else than a surname (向某国, 和某人, 从该市), or is no part of a given name. */
const FUNCTION_TAGS = new Set(["p", "c", "u", "r", "m", "f", "y", "e"]);
const isFunction = (ch: string) => FUNCTION_TAGS.has(dictTag(ch) ?? "");
/**
 * Titles that follow a person's name (杜锋指导, 王毅外长, 李明老师). Not ranks that also name a post
 * before them (宁远将军, 龙骧将军 "General of …", 北地王): those stay with merge-names' titles before a name.
 */
const TITLES_AFTER = new Set([
  ...ADDRESS_AFTER_SURNAME, "指导", "教练", "主教练", "队长", "院士", "外长", "总理", "主席", "总统", "部长", "书记",
  "省长", "市长", "主任", "院长", "局长", "董事长", "总裁", "经理", "发言人", "大使",
  "副总理", "副主席", "副部长", "副省长", "副市长", "副总统", "委员长", "国务委员", "书记处书记",
]);
// Familiar forms (老张, 小李) are made with the commonest surnames; 小叶 is also a leaflet. Split by
// jieba, the surname is one it tags as a name or a bound morpheme (王 nr, 刘 zg; not 林 n in 老|林).
const FAMILIAR_TAGS = new Set(["nr", "nrt", "nrfg", "zg"]);
const COMMON_SURNAMES = new Set([..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"]);

// A joined Chinese name that opens with its surname is tagged nrfg (jieba's "full name"), so the
// pinyin stage reads the surname as one (单晓华 Shàn); 老张 and 姓|和 keep nr.
const join = (parts: Segment[], gloss?: string, tag = "nrfg"): Segment => makeSegment(parts.map((p) => p.text).join(""), tag, { name: true, gloss: gloss || undefined });

/** The surname reading of a joined Chinese name's first character where it has one (单 Shàn, 曾 Zēng), else null. */
export function joinedSurnameReading(segment: object | undefined): string | null {
  const seg = segment as Segment | undefined;
  return seg?.name && seg.tag === "nrfg" ? surnameOnlyReading(seg.text[0]) : null;
}

/** A title before a name: merge-names' list, or a head of something (审判长, 队长; not 成长 "to grow"). */
function isTitleBefore(s: Segment | undefined): boolean {
  if (!s || s.name || s.text.length < 2) return false;
  for (let n = 2; n <= 4 && n <= s.text.length; n++) if (TITLES.has(s.text.slice(-n))) return true;
  if (!s.text.endsWith("长")) return false;
  return cedictEntries(s.text).some((e) => !e.capitalised && /zhǎng$/.test(e.pinyin ?? "") && !/^to /.test(e.definitions[0] ?? ""));
}

/** A given name at i: one or two lone characters, or one two-character token no dictionary knows. */
function givenAt(segs: Segment[], i: number): number {
  const s = segs[i];
  if (!s || s.gloss || s.name) return 0;
  if (s.text.length === 2 && /^\p{Script=Han}+$/u.test(s.text) && !isVocabulary(s.text)) return 1;
  let n = 0;
  while (n < 2 && isLoneHan(segs[i + n]) && !NOT_GIVEN.has(segs[i + n].text) && !isFunction(segs[i + n].text)) n++;
  // A verb after one given character starts the predicate (将军|富|德|攻|讨: 富德).
  if (n === 2 && (dictTag(segs[i + 1].text) ?? "") === "v") n = 1;
  // A one-character given name is one jieba tags as a name's (杜|锋 nr), not 郑|国|大夫 "an official of
  // the state of Zheng".
  if (n === 1 && !PERSON_TAGS.has(dictTag(segs[i].text) ?? "")) n = 0;
  return n;
}

/** A surname at i, as a lone character: the common list, or (after a title) any CC-CEDICT surname. */
function surnameAt(segs: Segment[], i: number, anyListed: boolean): boolean {
  const s = segs[i];
  if (!isLoneHan(s)) return false;
  return SURNAMES.has(s.text) || (anyListed && surnameEnglish(s.text) !== null && !isFunction(s.text) && !(dictTag(s.text) ?? "").startsWith("v"));
}

/** A lone character after a country pair that may end a given name (君, 华), not a locative or function word (间, 等). */
function endsGivenName(s: Segment | undefined): boolean {
  if (!isLoneHan(s) || NOT_GIVEN.has(s.text) || abbreviationGloss(s.text) !== null) return false;
  const tag = dictTag(s.text) ?? "";
  return !FUNCTION_TAGS.has(tag) && tag !== "d" && !tag.startsWith("v");
}

/**
 * Whether segs[i], segs[i+1], segs[i+2] are a surname and a given name that a country pair would
 * take apart (韩|德|君): three lone characters, the first a common surname. merge-names' pair rule asks
 * this before it joins two countries.
 */
export function nameOverPair(segs: Segment[], i: number): boolean {
  if (!SURNAMES.has(segs[i].text) || !isLoneHan(segs[i]) || !isLoneHan(segs[i + 1]) || !endsGivenName(segs[i + 2])) return false;
  return abbreviationGloss(segs[i].text + segs[i + 1].text) !== null && !isVocabulary(segs[i + 1].text + segs[i + 2].text);
}

/** The number of tokens from i that form a name (see the rules above), and its gloss. */
function nameAt(segs: Segment[], i: number, before: Segment | undefined): { n: number; gloss?: string; tag?: string } | null {
  const s = segs[i];
  if (!isLoneHan(s) || !mayStart(s.text)) return null;
  // 3. 姓|和; a conjunction or preposition only where the clause ends (他的姓和名: "and").
  if (before?.text === "姓") {
    const after = segs[i + 1]?.text;
    if (after && isHan(after) && isFunction(s.text)) return null;
    const english = surnameEnglish(s.text);
    return english ? { n: 1, gloss: `surname ${english}`, tag: "nr" } : null;
  }
  const next = segs[i + 1];
  if (!next) return null;
  // 1. 曾|某, 李|某某.
  if ((next.text === "某" || next.text === "某某") && !isFunction(s.text)) {
    const english = surnameEnglish(s.text);
    if (english && (SURNAMES.has(s.text) || dictTag(s.text) === "nr")) return { n: 2, gloss: `Mr/Ms ${english} (name withheld)` };
  }
  // 2. 老|王, 小|李 (老张 whole from jieba is handled by wholeName); not after a numeral (一|小|张|纸).
  if ((s.text === "老" || s.text === "小") && isLoneHan(next) && COMMON_SURNAMES.has(next.text) && FAMILIAR_TAGS.has(dictTag(next.text) ?? "") && before?.text !== "得" && !COUNT.test(before?.text ?? "")) {
    return { n: 2, gloss: familiarGloss(s.text, next.text) ?? undefined, tag: "nr" };
  }
  // 4. 审判长|单|晓|华, 主任|乐|文华.
  if (isTitleBefore(before) && surnameAt(segs, i, true)) {
    const given = givenAt(segs, i + 1);
    if (given) return { n: 1 + given };
  }
  if (surnameAt(segs, i, false)) {
    // 5. 杜|锋|指导 (not 任|宁|远|将军 "appointed General Ningyuan": 任 is also a verb).
    const given = isFunction(s.text) || (dictTag(s.text) ?? "").startsWith("v") ? 0 : givenAt(segs, i + 1);
    if (given && TITLES_AFTER.has(segs[i + 1 + given]?.text ?? "")) return { n: 1 + given };
    // 6. 郭|艾伦.
    if (PERSON_TAGS.has(dictTag(s.text) ?? "") && next.text.length === 2 && PERSON_TAGS.has(next.tag) && !next.name && cedictEntries(next.text).length === 0) return { n: 2 };
    // 7. 韩|德|君.
    if (nameOverPair(segs, i)) return { n: 3 };
  }
  return null;
}

/** "Old Zhang", "Little Li": 老/小 + a surname. */
function familiarGloss(prefix: string, surname: string): string | null {
  const english = surnameEnglish(surname);
  return english ? `${prefix === "老" ? "Old" : "Little"} ${english} (familiar form of address)` : null;
}

/** A token closing with a direction or degree complement, after which 老 is "very" (弹起来老高). */
const AFTER_COMPLEMENT = /(?:起来|出去|出来|上去|过去)$/u;

/**
 * A whole token that is 老/小 + a surname and no word (老张 from jieba): its gloss, else null. Not
 * where jieba knows it as an adverb or pronoun (小许 "a little"), nor after 得 or a complement, where
 * 老 is "very" (跳得老高, 弹起来老高).
 */
function wholeName(s: Segment, before: Segment | undefined): string | null {
  if (s.text.length !== 2 || s.gloss || s.name || (s.text.charCodeAt(0) !== LAO && s.text.charCodeAt(0) !== XIAO) || !COMMON_SURNAMES.has(s.text[1])) return null;
  // (Nor after a direction complement: 弹起来老高, 跳起老高 "bounced very high".)
  if (before?.text === "得" || (s.text[0] === "老" && AFTER_COMPLEMENT.test(before?.text ?? "")) || cedictEntries(s.text).length) return null;
  const tag = dictTag(s.text);
  return tag === null || tag === "n" || tag === "t" || PERSON_TAGS.has(tag) ? familiarGloss(s.text[0], s.text[1]) : null;
}

const LAO = "老".charCodeAt(0);
const XIAO = "小".charCodeAt(0);

/** Joins the name forms above; the texts still concatenate to the sentence. */
export function mergeNameForms(segs: Segment[]): Segment[] {
  // Each form starts at a lone character that may be a surname, is 老/小 + one, or is a joined name (韩德|君).
  let any = false;
  for (let i = 0; i < segs.length && !any; i++) {
    const t = segs[i].text;
    any = (t.length === 1 && mayStart(t)) || (t.length === 2 && (t.charCodeAt(0) === LAO || t.charCodeAt(0) === XIAO || segs[i].name === true));
  }
  if (!any) return segs;
  // Copied on the first change (most sentences have none); until then the tokens emitted are segs[0..i).
  let out: Segment[] | null = null;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const before = out ? out[out.length - 1] : segs[i - 1];
    const whole = wholeName(s, before);
    if (whole) {
      out ??= segs.slice(0, i);
      out.push(remarkSegment(s, "nr", { name: true, gloss: whole }));
      continue;
    }
    // 7. merge-names took 韩|德 for a historical figure's name once the pair was refused: 韩德|君.
    if (s.name && s.text.length === 2 && SURNAMES.has(s.text[0]) && abbreviationGloss(s.text) !== null && endsGivenName(segs[i + 1])) {
      out ??= segs.slice(0, i);
      out.push(join([s, segs[i + 1]]));
      i++;
      continue;
    }
    const found = nameAt(segs, i, before);
    if (!found) {
      if (out) out.push(s);
      continue;
    }
    out ??= segs.slice(0, i);
    out.push(join(segs.slice(i, i + found.n), found.gloss, found.tag));
    i += found.n - 1;
  }
  return out ?? segs;
}
