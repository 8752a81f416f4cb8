import { cedictEntries, isVocabulary } from "@/lib/dict/cedict";
import { abbreviationGloss, mayAbbreviateAt, mayRelateAt } from "@/lib/dict/abbreviations";
import { historicalNames } from "@/lib/dict/names";
import { ADDRESS_AFTER_SURNAME, NAME_HEADS, NOT_GIVEN, PLACE_BEFORE, RANKS_AFTER_SURNAME, isRoleBeforeName, SPEECH_VERBS, SURNAMES, TITLES, TRANSLIT, TRANSLIT_MARKERS } from "@/lib/dict/name-rules";
import { surnameOnlyAt, surnameSense } from "./g2p/surnames";
import { dictTag } from "./segment";
import { ASPECT_PARTICLES } from "./g2p/frame-words";
import type { Segment } from "./segment";
import { isHan } from "./pinyin-syllables";
import { BoundedMap } from "@/lib/text/bounded-map";
import { makeSegment, memoOf, remarkSegment, type SegmentMarks } from "./word-memo";
import { mergeNameForms, nameOverPair } from "./name-forms";
import { pairHash } from "./code-pair";

// Names and abbreviations jieba (HMM off) leaves in pieces, joined after segmentation:
// 1. abbreviation compounds: 美|方 → 美方 "the US side", 涉|华, 驻|美, 中|俄 (lib/dict/abbreviations.ts);
// 2. names of historical figures (THUOCL) cut into pieces;
// 3. a Chinese name after a title, after another name in a list, or before a speech verb:
//    发言人|毛|宁 → 毛宁, 总统|尹|锡|悦 → 尹锡悦, 黄|循|财|表示; after a role or calling, also with a
//    surname of a reading of its own: 画家|仇|英 → 仇英;
// 4. a run of transliteration fragments: 泽|连斯基, 朔|尔茨, 斯塔|默, 布|林肯, 总统|卢|拉, and with
//    a single marker character before a speech verb, 卡拉斯|科|表示, before the noun of a place
//    or institution, 卡拉斯|科|机场, or after a preposition or verb of place, 在|卡拉斯|科.
// Real words are never pulled in: a token CC-CEDICT knows as vocabulary (王国, 高尔夫, 斯文, 拉动)
// ends a run.
const PERSON_TAGS = new Set(["nr", "nrt", "nrfg"]);

const chars = (s: string) => [...s];
const isSingleHan = (s: Segment | undefined) => !!s && s.text.length === 1 && !s.gloss && isHan(s.text);

/** CC-CEDICT knows the word as vocabulary (a lower-case reading). */


function join(parts: Segment[], marks: SegmentMarks, tag = "nr"): Segment {
  return makeSegment(parts.map((p) => p.text).join(""), tag, marks);
}

const joinsSide = (a: string, b: string) => (b === "方" || a === "涉" || a === "驻") && abbreviationGloss(a + b) !== null;
const joinsPair = (a: string, b: string) => abbreviationGloss(a + b) !== null;

const wholeAbbreviations = new BoundedMap<string, string | null>();

/** The meaning of a whole token that is an abbreviation compound and not vocabulary (美德 virtue). */
function wholeAbbreviation(text: string): string | null {
  // Most words start with no country's character: answered without a look-up or a cache entry.
  if (!mayAbbreviateAt(text)) return null;
  let gloss = wholeAbbreviations.get(text);
  if (gloss === undefined) {
    gloss = abbreviationGloss(text);
    if (gloss && isVocabulary(text)) gloss = null;
    wholeAbbreviations.set(text, gloss);
  }
  return gloss;
}

function mergeAbbreviations(segs: Segment[]): Segment[] {
  // Two passes: "X方" and "涉X" bind first, so 会谈中|美|方 gives 中 + 美方, not 中美 + 方.
  // Neither joins anything where no compound may start (most sentences): one scan decides that.
  let mayPair = false;
  for (let i = 0; i + 1 < segs.length && !mayPair; i++) mayPair = mayPairAt(segs, i);
  const pairs = mayPair ? pairPass(pairPass(segs, joinsSide), joinsPair) : segs;
  let out: Segment[] | null = null; // copied on the first change
  for (let i = 0; i < pairs.length; i++) {
    const s = pairs[i];
    if (s.gloss || s.text.length < 2 || s.text.length > 3) continue;
    // Whole tokens (中俄, 中欧, 美方 from jieba): glossed by meaning unless they are vocabulary (美德 virtue).
    const memo = memoOf(s);
    const gloss = memo ? (memo.abbreviation !== undefined ? memo.abbreviation : (memo.abbreviation = wholeAbbreviation(s.text))) : wholeAbbreviation(s.text);
    if (!gloss) continue;
    out ??= pairs === segs ? pairs.slice() : pairs;
    // A word's memo is only on the segmenter's plain words (no marks): its marked form is made once.
    out[i] = memo ? (memo.abbreviationSegment ??= makeSegment(s.text, s.tag, { gloss, abbreviation: true }, true)) : remarkSegment(s, s.tag, { gloss, abbreviation: true });
  }
  return out ?? pairs;
}

/** A compound may start at i: two lone Han characters, the first one that may abbreviate. */
const mayPairAt = (segs: Segment[], i: number) =>
  segs[i].text.length === 1 && (mayAbbreviateAt(segs[i].text) || (segs[i + 1] !== undefined && mayRelateAt(segs[i].text, segs[i + 1].text))) && isSingleHan(segs[i]) && isSingleHan(segs[i + 1]);

function pairPass(segs: Segment[], joins: (a: string, b: string) => boolean): Segment[] {
  // Most sentences have no compound to join: return them as they are.
  let any = false;
  for (let i = 0; i + 1 < segs.length && !any; i++) any = mayPairAt(segs, i) && joins(segs[i].text, segs[i + 1].text);
  if (!any) return segs;
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const a = segs[i];
    const b = segs[i + 1];
    if (isSingleHan(a) && isSingleHan(b) && joins(a.text, b.text) && !nameOverPair(segs, i)) {
      let merged = a.text + b.text;
      let used = 2;
      const c = segs[i + 2];
      if (isSingleHan(c) && abbreviationGloss(merged + c.text) && c.text !== "方") {
        merged += c.text;
        used = 3;
      }
      out.push(makeSegment(merged, "j", { gloss: abbreviationGloss(merged)!, abbreviation: true }));
      i += used - 1;
    } else out.push(a);
  }
  return out;
}

/** A title, or a word ending in one (外交部长, 国务院总理). */
function isTitle(s: Segment | undefined): boolean {
  if (!s || s.tag === "nr") return false;
  for (let n = 2; n <= 4 && n <= s.text.length; n++) if (TITLES.has(s.text.slice(-n))) return true;
  return false;
}
const isNameToken = (s: Segment | undefined) =>
  !!s && (s.name === true || PERSON_TAGS.has(s.tag) || (cedictEntries(s.text).length > 0 && !isVocabulary(s.text)));

/**
 * Given-name pieces after a surname at i: 1–2 single characters, or one unknown 2-character token.
 * No character an aspect particle follows (记者|曾|问|过: a verb, whatever jieba tags it). `strict`
 * (a name after a role, 画家|仇|英, with no title or speech verb to vouch for it): lone characters
 * only, and none that is a function word or adverb (学者|曾|在).
 */
function givenName(segs: Segment[], i: number, strict = false): number {
  const first = segs[i];
  if (!first || first.gloss) return 0;
  if (!strict && chars(first.text).length === 2 && !isVocabulary(first.text) && /^\p{Script=Han}+$/u.test(first.text)) return 1;
  let n = 0;
  while (n < 2 && isSingleHan(segs[i + n]) && !NOT_GIVEN.has(segs[i + n].text) && !(strict && FUNCTION_TAGS.test(dictTag(segs[i + n].text) ?? ""))) n++;
  if (n > 0 && ASPECT_PARTICLES.has(segs[i + n]?.text ?? "")) n--;
  // An adverb that stands between a subject and its verb is no second given character (解|缙|曾|主持).
  if (n === 2 && BEFORE_VERB.has(segs[i + 1].text)) n = 1;
  return n;
}

/** jieba's tags of lone characters that are no part of a given name after a surname opening a clause. */
const NOT_GIVEN_TAGS = /^(?:p|c|d|u.*|y|e|r.*|m|q|f)$/;

/** What opens a clause before a name: punctuation (and the sentence's start). */
const CLAUSE_OPENERS = /^[，。；：、！？“”「」（）《》]$/u;
/** What follows a person's name as its subject: prepositions and adverbs (孙颖莎在…, 王楚钦与…, 易纲曾…). */
const NAME_FOLLOWERS = new Set(["在", "与", "同", "跟", "向", "对", "以", "于", "曾", "也", "还", "已", "都", "将", "等", "等人", "一行", "团队", "夫妇", "一家", "退役", "捐资"]);
/** Titles and callings written after a name (颜宁教授, 陈薇院士, 缪小平教授, 司徒建华主任). */
const TITLES_AFTER_NAME = new Set(["教授", "院士", "老师", "主任", "医生", "书记", "局长", "县长", "副县长", "市长", "副市长", "省长", "部长", "同志", "先生", "女士", "律师", "博士", "研究员", "总经理", "董事长", "委员"]);

/** Surnames of two characters (欧阳, 司马, 诸葛, 上官…). */
const COMPOUND_SURNAMES = new Set(["欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文", "夏侯", "公孙", "端木", "独孤", "南宫", "西门", "澹台", "公羊", "呼延", "轩辕", "万俟", "钟离", "闻人", "赫连"]);

/**
 * jieba's tags of a character that, after a role, is its word and no surname CC-CEDICT lists it as
 * (主席|和|普京, 记者|从|法院, 丞相|诸|曹, 以军功授予|尚|膳).
 */
const NOT_SURNAME_TAGS = /^(?:p|c|d|u.*|r.*|m|q|f|y|e|v.*|a|ad|t)$/;

/** Per BMP char code: CC-CEDICT lists the character as a surname and jieba gives it no function tag. */
const listedByCode: (boolean | undefined)[] = new Array(65536);
function listedSurnameAt(ch: string): boolean {
  const code = ch.charCodeAt(0);
  let listed = listedByCode[code];
  if (listed === undefined) listed = listedByCode[code] = surnameSense(ch, null) !== null && !NOT_SURNAME_TAGS.test(dictTag(ch) ?? "");
  return listed;
}

/** jieba's tags of a two-character word that may be a given name after a surname (宏伟 a, 红梅 n, 文静 a). */
const GIVEN_WORD_TAGS = /^(?:n|nr|nz|a|an|ns|nrt|nrfg)$/;

/**
 * A two-character word after a surname and a role that may be its given name: tagged a noun or an
 * adjective, and followed by what ends a noun phrase (a verb, a preposition, punctuation, the end).
 * 1 when so, else 0.
 */
function givenWord(segs: Segment[], i: number, beforeTitle = false): number {
  const word = segs[i];
  if (!word || word.gloss || chars(word.text).length !== 2 || !/^\p{Script=Han}+$/u.test(word.text) || !GIVEN_WORD_TAGS.test(dictTag(word.text) ?? "")) return 0;
  // A form of address or a rank is no given name (班主任|曾|老师).
  if (ADDRESS_AFTER_SURNAME.has(word.text) || TITLES.has(word.text) || RANKS_AFTER_SURNAME.has(word.text)) return 0;
  const after = segs[i + 1];
  if (after === undefined || !/\p{Script=Han}/u.test(after.text) || (beforeTitle && TITLES_AFTER_NAME.has(after.text))) return 1;
  return /^(?:v.*|p|c|d)$/.test(dictTag(after.text) ?? "") || SPEECH_VERBS.has(after.text) ? 1 : 0;
}

/** Adverbs that stand between a name and its verb (曾, 便, 即, 则, 又, 已, 均, 亦), rarely the end of a given name. */
const BEFORE_VERB = new Set([..."曾便即则又已均亦"]);

/** jieba tags of function words and adverbs. */
const FUNCTION_TAGS = /^(?:p|c|d|u.*|y|e)$/;

const translitPieces = new BoundedMap<string, boolean>();

function isTranslitPiece(s: Segment): boolean {
  if (s.gloss || s.text.length > 6) return false;
  const memo = memoOf(s);
  if (memo?.translitPiece !== undefined) return memo.translitPiece;
  // Most words have a character no transliteration uses: answered without a look-up or a cache entry.
  let piece: boolean | undefined = true;
  for (const c of s.text) if (!TRANSLIT.has(c)) piece = false;
  if (piece) {
    piece = translitPieces.get(s.text);
    if (piece === undefined) {
      piece = s.text.length === 1 || !isVocabulary(s.text);
      translitPieces.set(s.text, piece);
    }
  }
  if (memo) memo.translitPiece = piece;
  return piece;
}

/** The token just emitted (`last(1)`) is a title, or a name before "、" (a list of names). */
function introduced(last: (n: number) => Segment | undefined): boolean {
  const before = last(1);
  return isTitle(before) || (before?.text === "、" && isNameToken(last(2))) || APPOINTING.has(before?.text ?? "");
}

/** Verbs of appointing and removing that a person's name follows (决定任命|仇|志|刚|为副市长). */
const APPOINTING = new Set(["任命", "提名", "免去", "推选", "选举", "聘任", "聘请", "委任", "授予", "表彰", "追授"]);

/** Per char code, for one-character tokens (about half of them): a name prefix, a surname. */
const PREFIX = 1;
const SURNAME = 2;
let namePrefixes: { names: Set<string>; prefixes: Set<string>; charFlags: Uint8Array; pairs: Uint8Array } | null = null;

/**
 * Every beginning of a historical name of up to 4 code units (the longest joined): a run that is
 * none cannot grow into one; and the names' first two characters by pairHash (most runs of a common
 * character and the next token start no name: no string is joined for them).
 */
function historicalNamePrefixes(names: Set<string>): { prefixes: Set<string>; charFlags: Uint8Array; pairs: Uint8Array } {
  if (namePrefixes?.names !== names) {
    const prefixes = new Set<string>();
    const pairs = new Uint8Array(65536);
    for (const name of names) {
      if (name.length <= 4) for (let n = 1; n < name.length; n++) prefixes.add(name.slice(0, n));
      if (name.length >= 2) pairs[pairHash(name.charCodeAt(0), name.charCodeAt(1))] = 1;
    }
    const charFlags = new Uint8Array(65536);
    for (const p of prefixes) if (p.length === 1) charFlags[p.charCodeAt(0)] |= PREFIX;
    for (const s of SURNAMES) if (s.length === 1) charFlags[s.charCodeAt(0)] |= SURNAME;
    namePrefixes = { names, prefixes, charFlags, pairs };
  }
  return namePrefixes;
}

function mergePeople(segs: Segment[]): Segment[] {
  // Copied on the first join (most sentences have none); until then the tokens emitted are segs[0..i).
  let out: Segment[] | null = null;
  let i = 0;
  const last = (n: number): Segment | undefined => (out ? out[out.length - n] : segs[i - n]);
  const emit = (joined: Segment) => {
    out ??= segs.slice(0, i);
    out.push(joined);
  };
  const names = historicalNames();
  const { prefixes, charFlags, pairs } = historicalNamePrefixes(names);
  for (; i < segs.length; i++) {
    const s = segs[i];
    const flags = s.text.length === 1 ? charFlags[s.text.charCodeAt(0)] : 0;
    // Known names cut into pieces (岸|田文|雄): up to 4 characters over 2+ tokens, from a lone character.
    let known = 0;
    if (flags & PREFIX && !s.gloss && i + 1 < segs.length && pairs[pairHash(s.text.charCodeAt(0), segs[i + 1].text.charCodeAt(0))] === 1) {
      let text = s.text;
      for (let n = 2; n <= 4 && i + n <= segs.length; n++) {
        const next = segs[i + n - 1];
        if (next.gloss) break;
        text += next.text;
        if (text.length > 4) break;
        if (names.has(text) && !isVocabulary(text)) known = n;
        if (!prefixes.has(text)) break;
      }
    }
    if (known) {
      emit(join(segs.slice(i, i + known), { name: true }));
      i += known - 1;
      continue;
    }

    // Chinese names: surname + given name, introduced by a title or list, or followed by a speech
    // verb; after a role or calling (画家|仇|英, 才子|解|缙), a surname of a reading of its own too.
    // (The role and the clause's opening are looked up only before a surname of some kind: most
    // one-character tokens are none.)
    // After a role, any character CC-CEDICT knows as a surname (部长|蓝|佛|安, 运动员|谷|爱|凌), and the
    // compound surnames (法官|上官|晓|燕, 本报记者|司马|文静).
    const compound = COMPOUND_SURNAMES.has(s.text);
    const single = s.text.length === 1;
    const common = single && (flags & SURNAME || surnameOnlyAt(s.text) !== null);
    // (Opening a clause, a surname CC-CEDICT lists is a candidate too: 颜|宁|教授; it needs a follower below.)
    const listed = single && listedSurnameAt(s.text);
    const candidate = common || listed || compound;
    // (A verb of appointing is a role's place too: 决定任命|仇|志|刚|为副市长.)
    const roleBefore = candidate && (isRoleBeforeName(last(1)?.text ?? "") || APPOINTING.has(last(1)?.text ?? ""));
    const opens = candidate && (i === 0 || CLAUSE_OPENERS.test(last(1)?.text ?? ""));
    const surname = compound ? roleBefore : common || ((roleBefore || opens) && listed);
    const afterRole = surname && roleBefore;
    if ((surname || compound) && (flags & SURNAME || afterRole || compound || (opens && listed)) && !s.gloss) {
      let given = givenName(segs, i + 1);
      const next = segs[i + 1 + given];
      // (A speech verb may follow an adverb: 陆|佃|则|说.)
      const verb = next && BEFORE_VERB.has(next.text) ? segs[i + 2 + given] : next;
      // Opening its clause, lone characters after a common or compound surname, then a preposition or
      // an adverb of the subject's place (孙|颖|莎|在…, 令狐|春|燕|认为): jieba leaves a name it does not
      // know in single characters. Before a title written after names, any surname and a given name of
      // one or two characters (颜|宁|教授, 司徒|建华|主任); a surname only CC-CEDICT lists needs the title
      // (铁|锂|在 is no name). The given name holds no function word, pronoun, numeral or locative
      // (钱|得|在 is money that must; 经|本所|律师 "through this firm's lawyers").
      const everyday = (flags & SURNAME) !== 0 || compound;
      const givenSegs = segs.slice(i + 1, i + 1 + given);
      const loneGiven = given > 0 && givenSegs.every((g) => g.text.length === 1 && !NOT_GIVEN_TAGS.test(dictTag(g.text) ?? ""));
      const titled = given > 0 && (loneGiven || given === 1) && !givenSegs.some((g) => NOT_GIVEN_TAGS.test(dictTag(g.text[0]) ?? ""));
      const followed = opens && verb !== undefined && ((everyday && loneGiven && NAME_FOLLOWERS.has(verb.text)) || (titled && TITLES_AFTER_NAME.has(verb.text)));
      const listedOnly = !everyday && !afterRole && surnameOnlyAt(s.text) === null;
      const vouched = given && (listedOnly ? followed : (verb && SPEECH_VERBS.has(verb.text)) || introduced(last) || followed);
      // After a role alone, lone characters only (诗人|于|湖上 "poets at the lake" is no name), or a
      // word of two characters that names a thing or a quality and ends the phrase (民警|么|宏伟|在,
      // 接诊医生|解|红梅|说): 记者|曾|多次|前往 has a count there.
      if (!vouched && afterRole) given = givenName(segs, i + 1, true) || givenWord(segs, i + 1);
      // (A compound surname and a given name that is a word, before a title: 司徒|建华|主任.)
      if (!given && compound && TITLES_AFTER_NAME.has(segs[i + 2]?.text ?? "")) given = givenWord(segs, i + 1, true);
      if (given && (vouched || afterRole)) {
        // Tagged as a full name, as name-forms.ts joins them: its first character is read as the
        // surname (仇英 Qiú, 解缙 Xiè: joinedSurnameReading).
        emit(join(segs.slice(i, i + 1 + given), { name: true }, "nrfg"));
        i += given;
        continue;
      }
    }

    // Transliterated names: a run of transliteration pieces with at least one fragment.
    if (isTranslitPiece(s) && segs[i + 1] && isTranslitPiece(segs[i + 1])) {
      let j = i;
      while (j < segs.length && isTranslitPiece(segs[j])) j++;
      const run = segs.slice(i, j);
      const text = run.map((p) => p.text).join("");
      const markers = chars(text).filter((c) => TRANSLIT_MARKERS.has(c)).length;
      const fragments = run.filter((p) => chars(p.text).length === 1 || PERSON_TAGS.has(p.tag)).length;
      // Before a speech verb one marker is enough (卡拉斯|科|表示), as for Chinese names, and before
      // the noun of a place or institution (卡拉斯|科|机场), or after a preposition or verb of place
      // (在|卡拉斯|科|降落).
      const after = segs[j]?.text ?? "";
      const speaks = markers >= 1 && (SPEECH_VERBS.has(after) || NAME_HEADS.has(after) || PLACE_BEFORE.has(last(1)?.text ?? ""));
      if (run.length >= 2 && fragments >= 1 && ((chars(text).length >= 3 && (markers >= 2 || speaks)) || introduced(last))) {
        emit(join(run, { name: true }));
        i = j - 1;
        continue;
      }
    }
    if (out) out.push(s);
  }
  return out ?? segs;
}

/** The middle dots between the parts of a transliterated name (谢尔盖·拉夫罗夫), as news writes them. */
const NAME_DOTS = new Set(["·", "・", "•", "‧"]);
/** Parts of a dotted name on either side of a dot: at most this many segments. */
const MAX_DOT_PARTS = 3;

/**
 * A foreign name written with middle dots (卡洛斯·门多萨, 穆罕默德·阿里·汗) is one name: each dot with
 * the name or transliteration pieces right before and after it, where a side is a name already
 * (jieba's or ours) or both are transliteration pieces. The dots are rare: most sentences have none.
 */
function joinDottedNames(segs: Segment[]): Segment[] {
  let dots = false;
  for (const s of segs) if (s.text.length === 1 && NAME_DOTS.has(s.text)) dots = true;
  if (!dots) return segs;
  // (Not one opening with a preposition or conjunction that jieba tags as a person: 由亨利; 比尔 is Bill.)
  const piece = (s: Segment | undefined) =>
    s !== undefined && HAN_ONLY.test(s.text) && (s.name === true || ((PERSON_TAGS.has(s.tag) || isTranslitPiece(s)) && !(s.text.length > 1 && BEFORE_NAME_WORDS.has(s.text[0]))));
  // Further from the dot, not a word of the language in other characters than transliteration's
  // either (运输大亨|科尼利厄斯·…, 曾祖父|托马斯·…; 阿|尔|布雷|希特·… are pieces).
  const farPiece = (s: Segment | undefined) => piece(s) && !(s!.name !== true && s!.text.length > 1 && isVocabulary(s!.text) && !allTranslit(s!.text));
  // A lone character that is no function word closes a name when nothing of a word follows it
  // (穆罕默德·阿里·汗参与…: 汗 before a verb; ·汗。 at the end).
  // (A verb of one character after it may be the rest of the name: 托马斯·哈|代 is Hardy.)
  const closing = (s: Segment | undefined, after: Segment | undefined) =>
    s !== undefined && s.text.length === 1 && HAN_ONLY.test(s.text) && !NOT_NAME_PART.test(dictTag(s.text) ?? "") &&
    (after === undefined || !HAN_ONLY.test(after.text) || (after.text.length > 1 ? NOT_NAME_PART.test(dictTag(after.text) ?? "") : /^(?:p|c|u.*|y|d)$/.test(dictTag(after.text) ?? "")));
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (!(s.text.length === 1 && NAME_DOTS.has(s.text)) || out.length === 0) {
      out.push(s);
      continue;
    }
    // The side before: trailing pieces of what is built so far (a name joined at an earlier dot too).
    let from = out.length;
    // (Right before the dot a lone character that is no function word may end a given name: 阿|敏·乌玛尔.)
    const loneBefore = (s: Segment) => s.text.length === 1 && HAN_ONLY.test(s.text) && !NOT_NAME_PART.test(dictTag(s.text) ?? "") && piece(segs[i + 1]);
    while (from > 0 && out.length - from < MAX_DOT_PARTS && ((from === out.length ? piece(out[from - 1]) || loneBefore(out[from - 1]) : farPiece(out[from - 1])) || (out[from - 1].name === true && out[from - 1].text.includes("·")))) from--;
    let to = i + 1;
    while (to < segs.length && to - i - 1 < MAX_DOT_PARTS && piece(segs[to])) to++;
    if (to === i + 1 && closing(segs[to], segs[to + 1])) to++;
    const before = out.slice(from);
    const after = segs.slice(i + 1, to);
    const named = [...before, ...after].some((p) => p.name === true || PERSON_TAGS.has(p.tag));
    if (!before.length || !after.length || (!named && !(before.every(isTranslitPiece) && after.every(isTranslitPiece)))) {
      out.push(s);
      continue;
    }
    out.splice(from, before.length, join([...before, s, ...after], { name: true }));
    i = to - 1;
  }
  return out;
}
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Prepositions and conjunctions jieba may glue to the name after them (由亨利, 和玛丽). */
const BEFORE_NAME_WORDS = new Set([..."由和与被把对给向从跟同及或在"]);
const allTranslit = (text: string) => [...text].every((c) => TRANSLIT.has(c));
/** jieba's tags of characters that are no part of a name: prepositions, conjunctions, particles, pronouns, adverbs, verbs. */
const NOT_NAME_PART = /^(?:p|c|u.*|r.*|d|y|e|m|q|f|v.*)$/;

/** Joins names and abbreviation compounds; the texts still concatenate to the sentence. */
export function mergeNames(segs: Segment[]): Segment[] {
  return joinDottedNames(mergeNameForms(mergePeople(mergeAbbreviations(segs))));
}
