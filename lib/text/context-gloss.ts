import { cedictEntries, entryForReading, isNoiseSense, preferredEntry, readableSense } from "@/lib/dict/cedict";
import { orderSenses } from "@/lib/dict/sense-order";
import { BoundedMap } from "@/lib/text/bounded-map";
import { addressedPerson, beforeAddress, surnameOnlyReading, surnameSense } from "./g2p/surnames";
import { dictTag } from "./segment";
import { modalBodyGloss } from "./body-words";
import { ADDRESS_AFTER_SURNAME, RANKS_AFTER_SURNAME, SURNAMES, TRANSLIT } from "@/lib/dict/name-rules";
import { characterGloss, mayTakePlaceGloss, PLACE_WORDS, placeGloss } from "./function-gloss";
import { precedingGloss } from "./preceding-gloss";
import { hanNumberValue } from "./number-gloss";
import { countedGloss, eraYearGloss, moreAfterNumber, scoreGloss } from "./quantity-gloss";
import { NEWS_SENSE_WORDS, newsSenseGloss } from "./news-senses";
import { usageGloss } from "./usage-gloss";
import { HAVE_WORDS } from "./g2p/everyday-frames";
import { CATEGORY_END, ZODIAC } from "./g2p/frame-words";
import { noVerbReading } from "./g2p/reading-kinds";
import { priceGloss } from "./price-gloss";
import { badlyGloss, degreeDeathGloss, straightOnGloss } from "./degree-gloss";

// A few function words whose CC-CEDICT senses differ by grammar, where the neighbours decide:
//   同 + noun phrase (+ verb)      → "with; together with"      (同俄方会谈), not "like; same";
//   就 + topic + 回答/表示/…       → "with regard to; concerning" (就中美关系回答提问);
//   作为 at the start of a clause  → "as (in the capacity of)"   (作为安理会常任理事国，…);
//   该 + noun                      → "that; the above-mentioned" (该法案), not "should";
//   把 + noun                      → the object marker, not "to hold";
//   在 + place/time (+ verb)       → "at; in; on", 在 + verb → the progressive, not "to exist";
//   noun + 等 (+ noun or pause)    → "and so on; etc.", not "to wait for";
//   negation, modal or adverb + a character jieba knows as a verb → its verb senses first
//                                   (没带课本 "to carry", not "band; belt"; 不盖 "to cover", not "lid");
//   a character before a verb, of several entries of its reading → the modal one (须经 "must; to
//                                   have to", not "beard; mustache");
//   a character + 老师, 先生, 医生… → its surname entry (王老师 "surname Wang", not "king"),
//                                   where g2p/surnames.ts reads it as a surname (曾 Zēng);
//   不过, 便, 会, a measure word after 这/每/上, a unit after a number → function-gloss.ts.
// Each picks one of CEDICT's own senses (在's preposition is CEDICT's "to be (located) at" put as a
// preposition); with no decisive context the default gloss stays.
export interface GlossContext {
  text: string;
  kind: string;
  pinyin?: string | null;
}

const PUNCT = /^[\p{P}\p{S}\s]+$/u;
const HAN = /\p{Script=Han}/u;

/** Verbs that close "就 + topic": 就X问题回答提问, 就X交换意见. */
const TOPIC_VERBS = new Set([
  "回答", "表示", "交换意见", "交换", "进行", "发表", "阐述", "提出", "答问", "介绍", "作出", "达成",
  "回应", "举行", "磋商", "沟通", "谈", "讨论", "表态", "阐明", "通报", "协商", "对话",
]);
/** After 就, words that make it the adverb "then/just" (就是, 就要, 就不). */
const ADVERB_NEXT = new Set(["是", "要", "会", "能", "可以", "不", "没", "没有", "在", "有", "把", "像", "好", "行", "算", "得", "已经", "都", "这样", "那么", "越"]);
/** Words after 同 that make it "same" (同年, 同日), not "with". */
const NOUN_TAG = /^(?:n|nr|ns|nt|nz|ng|s)$/;
const IF_NEXT = new Set(["有", "需", "需要", "遇", "遇到", "发现", "出现", "不", "无", "果"]);
const TIME_UNITS = new Set(["月", "周", "星期", "个月", "礼拜", "半年", "半月", "学期", "届", "季度"]);
/** A day of the week (周三, 星期五, 礼拜天). */
const WEEKDAY = /^(?:周|星期|礼拜)[一二三四五六日天末]$/u;
const BU = "不".charCodeAt(0);
const DI = "第".charCodeAt(0);
const MEI = "没".charCodeAt(0);
/** After 对, words that make it no preposition (对了, 对吗, 对的). */
const NOT_OBJECT = new Set(["了", "吗", "吧", "啊", "呀", "的", "呢"]);
/** Words that open the frame …来说 (对我来说). */
const FRAME_OPENERS = new Set(["对", "对于", "就", "拿", "从"]);
/**
 * 本 before a noun is "this; our" (本公司, not "root; stem"), 上 after a noun the locative "on; in"
 * (阳台上, 历史上; not "up; upper"), 非 before a noun "non-", 较 before an adjective "relatively".
 * After the other place rules: a measure word after a count (三十多本书) is characterGloss's.
 */
/** A token's jieba tag ("" for none or no token); a module function, not a closure per call (this runs per token). */
const tagOf = (t: GlossContext | undefined) => (t ? (dictTag(t.text) ?? "") : "");
/** A noun word before (for 上, 里); looked up only for those two. */
const afterNoun = (prev: GlossContext | undefined) => isWord(prev) && NOUN_TAG.test(tagOf(prev));

function nounPlaceGloss(tokens: GlossContext[], i: number): string | null {
  const text = tokens[i].text;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  switch (text) {
    case "本": {
      // A time word too (本周六 "this Saturday": jieba tags it t).
      const tag = tagOf(next);
      const beforeNoun = isWord(next) && [...next.text].length >= 2 && (NOUN_TAG.test(tag) || tag === "t") && !isVerbLike(next.text);
      return beforeNoun && !COUNTS.test(prev?.text ?? "") ? "this; our; one's own" : null;
    }
    case "下":
    case "上":
      // 下月, 上周, 下个月: before a unit of time, "next" and "last"; so before a day of the week (下|周三).
      // (下|个|礼拜, 上|个|星期: the measure word cut apart.)
      const unit = next?.text === "个" ? tokens[i + 2] : next;
      if (isWord(unit) && (TIME_UNITS.has(unit.text) || WEEKDAY.test(unit.text))) return text === "下" ? "next" : "last; previous";
      // 在 + a noun + 下 (在医生指导下, 在这种情况下, 在党的领导下): "under", the frame's close.
      if (text === "下" && prev && /^(?:n|vn|nz)$/.test(tagOf(prev)) && framedByZai(tokens, i)) return "under (在…下: under the …; in the … of)";
      return text === "上" && afterNoun(prev) ? "on; in (after a noun)" : null;
    case "里":
      // 实验室里, 房间里: after a noun, "in; inside", not "lining"; after a word of two characters or
      // more and no name (里 is also a transliteration character: 格|里|戈里, 施|里|武).
      // A one-character noun by jieba's tag (锅里, 家里 when cut apart) counts too.
      // (Not a transliteration's character, nor before a name: 格|里|戈里, 科|里|奥利 are names cut apart.)
      return afterNoun(prev) && ([...prev.text].length >= 2 || (tagOf(prev) === "n" && !TRANSLIT.has(prev.text) && next?.kind !== "name")) && prev.kind !== "name" ? "in; inside (after a noun)" : null;
    case "非": {
      // 非食品, 非政府: before a noun, the prefix "non-" (而非, 并非 "rather than; not" keep the verb).
      const nonNoun = isWord(next) && NOUN_TAG.test(tagOf(next)) && !isVerbLike(next.text);
      return nonNoun && prev?.text !== "而" && prev?.text !== "并" ? "non- (before a noun)" : null;
    }
    case "多":
    case "少":
      // 多做, 少说: before a verb, "more" and "less" (多 is no "many" there); advice (多喝水) or
      // description (海底多蕴藏石油 "mostly"): the gloss names both. Not 少 shào "young".
      if ((text === "少" && tokens[i].pinyin !== "shǎo") || !isWord(next) || !/^v[di]?$/.test(tagOf(next)) || COUNTS.test(prev?.text ?? "")) return null;
      return text === "多" ? "more; mostly (before a verb)" : "less (before a verb)";
    case "如":
      // 如有, 如需, 如遇 at a clause's start: "if" (如干扰电子线路 "such as" stays).
      return (!prev || PUNCT.test(prev.text)) && isWord(next) && IF_NEXT.has(next.text) ? "if" : null;
    case "至":
      // 九点至下午五点, 2020年至2024年: between two times or numbers, "to; until".
      return isTimeOrNumber(prev) && isWord(next) && (isTimeOrNumber(next) || isTimeOrNumber(tokens[i + 2])) ? "to; until (from … to …)" : null;
    case "太":
      // 太 before an adjective or verb (太感谢了, 太贵): "too; very", not "highest; greatest".
      return isWord(next) && /^(?:a|v|d)/.test(tagOf(next)) ? "too (much); very" : null;
    case "较":
      // 较多, 较高: before an adjective or 多/少, "relatively".
      return isWord(next) && (next.text === "多" || next.text === "少" || /^a/.test(tagOf(next))) ? "relatively; comparatively" : null;
    default:
      return null;
  }
}

const isTimeOrNumber = (t: GlossContext | undefined) => !!t && (t.kind === "number" || dictTag(t.text) === "t" || dictTag(t.text) === "m");

/** A number or demonstrative a measure word follows (三本, 三十多本, 这本). */
const COUNTS = /^(?:[0-9０-９]+|[〇零一二三四五六七八九十百千万亿两几多余]+|[这那每哪])$/u;
/** After 该, a question word keeps it the modal "should" (该怎么办, 该如何是好, 该多好). */
const QUESTION_START = /^(?:怎|如何|多么|哪)/u;
/** After 该, words that keep it the modal "should" (该如何, 该不该). */
const MODAL_NEXT = new Set(["如何", "怎么", "怎样", "多么", "不该", "是", "有", "轮到", "由"]);
/** People and news one waits for (等妈妈, 等朋友, 等消息): 等 before them is "to wait for", not "and so on". */
const WAITED_FOR = new Set(["妈妈", "爸爸", "父母", "孩子", "朋友", "老师", "同学", "客人", "家人", "儿子", "女儿", "丈夫", "妻子", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷", "奶奶", "男朋友", "女朋友", "司机", "公交车", "车", "电话", "消息", "结果", "通知", "回复", "机会", "答复"]);
const SAME_NEXT = new Set(["年", "月", "日", "天", "期", "类", "样", "时", "一", "等", "比"]);
/** Before these 在 is the verb ("to be there"): 在了, 在吗, 在不在. */
const ZAI_VERB_NEXT = new Set(["了", "吗", "呢", "着", "过", "不", "也", "吧"]);
const DIAN = "点".charCodeAt(0);
/** First characters of PLACE_WORDS by code: most tokens skip the set probe. */
const PLACE_FIRST = new Uint8Array(65536);
for (const word of PLACE_WORDS) PLACE_FIRST[word.charCodeAt(0)] = 1;
/** Words that make what comes before them a time: 在宣判后, 在离开之前, 在访问期间. */
const TIME_LOCATIVES = new Set(["后", "前", "时", "之后", "之前", "以后", "以前", "期间", "之际", "过程中"]);
/** Personal pronouns: 我等你 is "wait for", not "etc.". */
const PRONOUNS = new Set(["我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "它们", "咱们", "大家", "人家"]);

/** sense() answers by call site (each site asks one word for one fixed sense; CC-CEDICT does not change). */
const senses = new Map<number, string | null>();
/** Adverbs that follow a subject before its verb (该应用已上架, 该项目将于…启动). */
const SUBJECT_ADVERBS = new Set(["已", "已经", "将", "将于", "正在", "目前", "仍", "也", "还", "曾", "均", "于"]);
/** Currencies (人民币, 美元, 欧元; 美元汇率 as jieba may join it). */
const CURRENCY = /^(?:人民币|美元|欧元|日元|英镑|港元|港币|卢布|韩元|澳元|加元|瑞郎|新台币)(?:汇率|兑换率)?$/u;
/** How a law speaks (应当, 不得, 可以, 有权): an article's clause. */
const LEGAL_MODALS = new Set(["应当", "不得", "有权", "依法", "依照", "应予", "须", "必须"]);
/** Aspect particles: the word before them is a verb. */
const ASPECT_AFTER = new Set(["了", "着", "过"]);

function sense(word: string, site: number, pick: (s: string) => boolean): string | null {
  let answer = senses.get(site);
  if (answer === undefined) {
    const entry = preferredEntry(cedictEntries(word));
    const found = entry?.definitions.find(pick);
    answer = found ? readableSense(found) : null;
    senses.set(site, answer);
  }
  return answer;
}

/** Verbs of stating or showing, whose subject a document or study is (该报告指出). */
const STATING = new Set(["指出", "表示", "显示", "表明", "认为", "称", "强调", "提出", "规定", "要求", "发现", "证明", "写道"]);

/**
 * A word of two characters or more jieba tags a noun whose first CC-CEDICT sense is no verb's (决议 "a
 * resolution; to pass a resolution"); not 休息 "rest; to rest", a verb by jieba's tag.
 */
function nounFirst(word: string): boolean {
  if (word.length < 2 || dictTag(word) !== "n") return false;
  const first = preferredEntry(cedictEntries(word))?.definitions[0];
  return first !== undefined && !/^(?:\([^)]*\) )?to /.test(first);
}

function clauseStart(tokens: GlossContext[], i: number): boolean {
  return i === 0 || PUNCT.test(tokens[i - 1].text);
}

const isWord = (t: GlossContext | undefined) => !!t && HAN.test(t.text) && !PUNCT.test(t.text);
/** CEDICT gives a verb sense ("to …") among the word's first two. */
const verbLike = new BoundedMap<string, boolean>();
const isVerbLike = (word: string): boolean => {
  let answer = verbLike.get(word);
  if (answer === undefined) {
    answer = (preferredEntry(cedictEntries(word))?.definitions.slice(0, 2) ?? []).some((d) => /^(?:\([^)]*\) )?to /.test(d));
    verbLike.set(word, answer);
  }
  return answer;
};

/** The sense of tokens[i] its context calls for, or null to keep the default gloss. */
const DUO = "多".charCodeAt(0);
const YU = "余".charCodeAt(0);

/**
 * Words of two or more code units that a rule of contextGloss glosses by name: the `case` labels
 * of its switches and of those of countedGloss (quantity-gloss.ts) and usageGloss (usage-gloss.ts),
 * 礼拜 (preceding-gloss.ts), function-gloss.ts's place words and the news senses.
 * tests/unit/text/context-gate.test.ts reads those switches and fails on a label missing here.
 */
const RULED_WORDS: ReadonlySet<string> = new Set([
  "该会", "本会", "坏了", "来说", "作为", // contextGloss
  "一轮", "一定", "一日", "一天", // countedGloss
  "阿姨", "叔叔", "篮板", "全场", "一家", // usageGloss
  "礼拜", // precedingGloss
  ...[...PLACE_WORDS].filter((w) => w.length >= 2),
  ...NEWS_SENSE_WORDS,
]);
const TIAO = "条".charCodeAt(0);
const ZHE_DISCOUNT = "折".charCodeAt(0);
const KUAI = "块".charCodeAt(0);
const HAO = "号".charCodeAt(0);
const DIGIT = /[0-9]/;

/**
 * One-character words some rule names: the one-character `case` labels of the same switches
 * (nounPlaceGloss's too), 前 (precedingGloss), 比 (scoreGloss), 余 (moreAfterNumber).
 */
const RULED_CHARS: ReadonlySet<string> = new Set([
  ..."本下上里非多少如至太较死直空说和同就对属该把被在等", // contextGloss, nounPlaceGloss
  ..."负正差分", // countedGloss
  ..."经净队边咸修", // usageGloss
  ..."前比余",
  ...[...PLACE_WORDS].filter((w) => w.length === 1),
]);

/**
 * Whether a one-character token may get a gloss from contextGloss anywhere: one some rule names, or
 * one the rules for any character may answer for (the surname before a form of address, a verb or
 * adjective after a modal, a modal entry, characterGloss's classifiers, units and senses).
 */
function charMayBeRuled(ch: string): boolean {
  if (RULED_CHARS.has(ch) || NEWS_SENSE_WORDS.has(ch)) return true;
  const tag = dictTag(ch) ?? "";
  if ((tag === "a" || /^v[dn]?$/.test(tag)) && mayTakeVerbSenses(ch)) return true; // verbPlaceGloss
  if (SURNAMES.has(ch) || surnameOnlyReading(ch)) return true; // surnameGloss
  if (cedictEntries(ch).some((e) => !e.capitalised && ENGLISH_MODAL.test(e.definitions[0] ?? ""))) return true; // modalEntryGloss
  return mayTakePlaceGloss(ch); // characterGloss
}
/**
 * Whether verbSenses can answer for the character in some reading: an entry whose first sense (as
 * ordered) is no verb and no modal, with a verb sense behind it (带 "band; belt" … "to carry"). 是
 * "to be", 说 "to speak" are verbs first: verbPlaceGloss never changes their gloss.
 */
function mayTakeVerbSenses(ch: string): boolean {
  return cedictEntries(ch).some((e) => {
    const senses = orderSenses(e.definitions.filter((d) => !isNoiseSense(d)));
    return senses.length > 0 && !VERB_SENSE.test(senses[0]) && !ENGLISH_MODAL.test(senses[0]) && senses.some((d) => VERB_SENSE.test(d));
  });
}

/** charMayBeRuled per char code: 0 not asked yet, 1 no, 2 yes. */
const charRuled = new Uint8Array(65536);

/**
 * Whether a token (not a number) may get a gloss from contextGloss anywhere. Of two or more code
 * units: a word some rule names, or one of the shapes the rules read (第…条, a price in 折 or 块,
 * N号, …季度, digits, 多/余/不/没 first, X点, N连胜); of one: charMayBeRuled. Most tokens are
 * neither; contextGloss then returns null at once instead of asking each rule in turn (for a long
 * text, about half of the glossary stage).
 */
export function mayBeRuled(text: string): boolean {
  if (text.length === 1) {
    const code = text.charCodeAt(0);
    if (charRuled[code] === 0) charRuled[code] = charMayBeRuled(text) ? 2 : 1;
    return charRuled[code] === 2;
  }
  let may = ruled.get(text);
  if (may === undefined) ruled.set(text, (may = wordMayBeRuled(text)));
  return may;
}
/** mayBeRuled of words of two or more code units, by text. */
const ruled = new BoundedMap<string, boolean>();

function wordMayBeRuled(text: string): boolean {
  if (RULED_WORDS.has(text) || DIGIT.test(text)) return true;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first === DUO || first === YU || first === BU || first === MEI) return true;
  if ((first === DI && last === TIAO) || last === ZHE_DISCOUNT || last === KUAI || last === HAO) return true;
  if (text.length === 2 && last === DIAN) return true;
  return text.endsWith("季度") || text.includes("连");
}

/** 在 opens the clause's phrase that ends at i (在医生指导下): no punctuation between. */
function framedByZai(tokens: GlossContext[], i: number): boolean {
  for (let j = i - 2; j >= 0 && j >= i - 10; j--) {
    if (PUNCT.test(tokens[j].text)) return false;
    if (tokens[j].text === "在") return true;
  }
  return false;
}

export function contextGloss(tokens: GlossContext[], i: number): string | null {
  const token = tokens[i];
  // Tokens no rule reads (most of a text's): no rule asked.
  if (token.kind !== "number" && !mayBeRuled(token.text)) return null;
  const next = tokens[i + 1];
  // One hash probe for the words function-gloss.ts reads by their place (not a case each below).
  if (PLACE_FIRST[token.text.charCodeAt(0)] === 1 && PLACE_WORDS.has(token.text)) return placeGloss(tokens, i);
  // 第一条, 第十二条 opening a clause of a law or regulation: "Article 1" (not "1st + (classifier for
  // long thin things)"); the paragraph is the article, so only at its start.
  // (第一条路是… "the first road" has its noun after it; 第二十条 用人单位应当… has a noun too, but the
  // sentence speaks as a law does: a modal of duty or permission.)
  if (i === 0 && token.text.length >= 3 && token.text.charCodeAt(0) === DI && token.text.endsWith("条") && (!(next && NOUN_TAG.test(dictTag(next.text) ?? "")) || tokens.some((t) => LEGAL_MODALS.has(t.text)))) {
    const n = hanNumberValue(token.text.slice(1, -1));
    if (n !== null) return `Article ${n}`;
  }
  const price = priceGloss(tokens, i);
  if (price) return price;
  const preceding = precedingGloss(tokens, i) ?? scoreGloss(tokens, i) ?? countedGloss(tokens, i) ?? newsSenseGloss(tokens, i) ?? usageGloss(tokens, i);
  if (preceding) return preceding;
  if (token.text.charCodeAt(0) === DUO || token.text.charCodeAt(0) === YU) {
    const more = moreAfterNumber(tokens, i);
    if (more) return more;
  }
  // 要|不要, 去|不去, 有|没有: the second half of an A-not-A question (jieba cuts some apart).
  const prevText = tokens[i - 1]?.text;
  if (prevText && (token.text.charCodeAt(0) === BU || token.text.charCodeAt(0) === MEI) && token.text.slice(1) === prevText && HAN.test(prevText)) {
    return `(${prevText}${token.text}: ${prevText} or not? a yes-no question)`;
  }
  switch (token.text) {
    case "该会":
    case "本会":
      return modalBodyGloss(token.text, prevText === undefined ? null : (dictTag(prevText) ?? null));
    case "死":
      return degreeDeathGloss(tokens, i);
    case "直":
      return straightOnGloss(tokens, i);
    case "坏了":
      return badlyGloss(tokens, i);
    case "空":
      // Read kòng after 有/没有 (g2p/everyday-frames.ts): "free time", not CC-CEDICT's first "to empty".
      return token.pinyin === "kòng" && prevText !== undefined && HAVE_WORDS.has(prevText) ? "free time; leisure" : null;
    case "说":
      // Read yuè in 不亦说乎 (g2p/neighbour-frames.ts): the classical 悦, which CC-CEDICT lacks under 说.
      return token.pinyin === "yuè" ? "pleased; delighted (classical, written for 悦)" : null;
    case "和":
      // Read hè after 跟着 (g2p/neighbour-frames.ts): joining in, not CC-CEDICT's first "to compose a poem in reply".
      return token.pinyin === "hè" ? "to join in (the singing); to chime in with others" : null;
    case "同":
      if (isWord(next) && !SAME_NEXT.has(next.text)) return sense("同", 1, (s) => s === "with") && "with; together with";
      return null;
    case "就": {
      if (!isWord(next) || ADVERB_NEXT.has(next.text) || isVerbLike(next.text)) return null;
      // The topic may be a list (就气候变化、全球治理等议题交换了意见): 、 does not end it.
      for (let j = i + 2; j < tokens.length && j <= i + 16 && (tokens[j].text === "、" || !PUNCT.test(tokens[j].text)); j++) {
        if (TOPIC_VERBS.has(tokens[j].text)) return sense("就", 2, (s) => s.startsWith("with regard to"));
      }
      return null;
    }
    case "对": {
      // 对 + its object + a verb later in the clause (对部分项目提出质疑, 对此表示欢迎) is the
      // preposition "towards; regarding", not "right; correct" (你说得对, 对了, 对不对 stay).
      if (!isWord(next) || NOT_OBJECT.has(next.text) || next.text.charCodeAt(0) === BU) return null;
      // Between two currencies (人民币对美元汇率): the rate of one "against" the other.
      if (CURRENCY.test(prevText ?? "") && CURRENCY.test(next.text)) return "against (one currency to another: 人民币对美元)";
      // (A word before 了/着/过 is used as a verb whatever jieba tags it: 对后世产生了影响, 产生 n.)
      for (let j = i + 2; j < tokens.length && j <= i + 12 && !PUNCT.test(tokens[j].text); j++) {
        if (/^(?:v[dgi]?|a|l)$/.test(dictTag(tokens[j].text) ?? "") || ASPECT_AFTER.has(tokens[j + 1]?.text ?? "")) return "towards; to; regarding (before its object)";
      }
      return null;
    }
    case "来说": {
      // 对我来说, 对于学生来说, 就这一点来说: the frame "as far as … is concerned" (CC-CEDICT lacks 来说).
      for (let j = i - 1; j >= 0 && j >= i - 12 && !PUNCT.test(tokens[j].text); j--) {
        if (FRAME_OPENERS.has(tokens[j].text)) return "(对…来说) as far as … is concerned; for …";
      }
      return null;
    }
    case "属":
      // 属 before the class something belongs to (属汉藏语系, 该植物属蔷薇科, 同属一类) or a zodiac
      // animal (他属猴) is the verb, not CC-CEDICT's first sense "category; genus" (蔷薇属植物 keeps it).
      if (isWord(next) && ZODIAC.has(next.text)) return "to be born in the year of (a zodiac animal)";
      return isWord(next) && (next.kind === "name" || CATEGORY_END.test(next.text)) ? "to belong to; to be part of" : null;
    case "作为":
      return clauseStart(tokens, i) ? sense("作为", 3, (s) => s.startsWith("as (in the capacity of)")) : null;
    case "该": {
      // A one-character noun too (该岛, 该县: jieba tags it n), not a verb (该走了).
      const nounAfter = isWord(next) && ([...next.text].length >= 2 || /^n[gs]?$/.test(dictTag(next.text) ?? ""));
      // A noun whose dictionary entry is a verb too (决议 "a resolution; to pass a resolution") is the
      // noun after 该; 该走了, 该休息了 keep the modal.
      // So is one a verb of stating follows (该报告指出, 该文件规定): the report is what states.
      // So is one an adverb of time follows, then the verb (该应用已在各大商店上架): the subject.
      const stated = next.text.length >= 2 && (STATING.has(tokens[i + 2]?.text ?? "") || SUBJECT_ADVERBS.has(tokens[i + 2]?.text ?? ""));
      if (nounAfter && !MODAL_NEXT.has(next.text) && !QUESTION_START.test(next.text) && (!isVerbLike(next.text) || nounFirst(next.text) || stated) && next.kind !== "number") {
        return "that; the said; the above-mentioned";
      }
      return null;
    }

    case "把":
      return isWord(next) ? sense("把", 4, (s) => s.startsWith("(used to put the object before the verb")) : null;
    case "被":
      // Before its doer or its verb (被美方拒绝, 被选为), the passive, not CC-CEDICT's first "quilt".
      return isWord(next) ? sense("被", 8, (s) => s.startsWith("used to indicate passive voice")) && "(marks the passive) by; to be (done)" : null;
    case "在": {
      if (!isWord(next) || ZAI_VERB_NEXT.has(next.text)) return null;
      // 在 + a verb + 后/前/时 (在宣判后, 在离开之前) is a time, not the progressive.
      const timeAfter = TIME_LOCATIVES.has(tokens[i + 2]?.text ?? "");
      if (isVerbLike(next.text) && !timeAfter) return sense("在", 5, (s) => s.startsWith("(used before a verb")) && "(indicates an action in progress)";
      return sense("在", 6, (s) => s.includes("(located) at")) && "at; in; on (a place or time)";
    }
    case "等": {
      const prev = tokens[i - 1];
      // After a list (发热、咳嗽等症状) its items may be verbs: still "and so on".
      let listed = false;
      for (let j = i - 2; j >= 0 && j >= i - 12 && !listed; j--) {
        if (tokens[j].text === "、") listed = true;
        else if (PUNCT.test(tokens[j].text)) break;
      }
      if (!isWord(prev) || PRONOUNS.has(prev.text) || (isVerbLike(prev.text) && !listed)) return null;
      // Before whom or what one waits for, with no list before (在门口等妈妈, 在家等消息): the verb.
      if (!listed && next && WAITED_FOR.has(next.text)) return "to wait for; to await";
      const nounAfter = isWord(next) && [...next.text].length >= 2 && !isVerbLike(next.text);
      if (!next || PUNCT.test(next.text) || nounAfter) return sense("等", 7, (s) => s.startsWith("and so on"));
      return null;
    }
    default:
      if (token.kind === "number") return eraYearGloss(tokens, i) ?? characterGloss(tokens, i);
      if (token.text.length === 2 && token.text.charCodeAt(1) === DIAN) return characterGloss(tokens, i);
      if (token.text.length !== 1) return null;
      return (next ? surnameGloss(tokens, i) : null) ?? verbPlaceGloss(tokens, i) ?? modalEntryGloss(tokens, i) ?? characterGloss(tokens, i) ?? nounPlaceGloss(tokens, i);
  }
}

const surnameGlosses = new BoundedMap<string, string | null>();

/** CC-CEDICT's "surname …" entry of a character before a form of address (曾老师), in its surname reading. */
function surnameGloss(tokens: GlossContext[], i: number): string | null {
  // (Or 氏 "clan; née": 仇氏, read as the surname by g2p/surnames.ts.)
  if (!ADDRESS_AFTER_SURNAME.has(tokens[i + 1].text) && tokens[i + 1].text !== "氏" && !RANKS_AFTER_SURNAME.has(tokens[i + 1].text)) return null; // most tokens: no array below
  const window = [tokens[i - 1]?.text ?? "", tokens[i].text, tokens[i + 1].text];
  const ch = tokens[i].text;
  // Read in its surname reading already (解先生 Xiè, g2p/surnames.ts): the gloss follows the reading.
  const own = surnameOnlyReading(ch);
  const readAsSurname = own !== null && tokens[i].pinyin === own;
  // A common surname, or one with a reading of its own: 郑国大夫, 和靖先生 are not Guo, Jing.
  if (!readAsSurname && (!(beforeAddress(window, 1, dictTag) || addressedPerson(window, 1)) || !(SURNAMES.has(ch) || own))) return null;
  let gloss = surnameGlosses.get(ch);
  if (gloss === undefined) {
    gloss = surnameSense(ch, own) ?? surnameSense(ch, null);
    surnameGlosses.set(ch, gloss);
  }
  return gloss;
}

/** Words a verb follows: negations and modals (adverbs come by jieba's tag d). Not degree words: they modify adjectives. */
const BEFORE_VERB = new Set(["不", "没", "别", "没有", "不要", "不能", "不会", "要", "会", "能", "可以", "应该", "想", "得", "必须", "正在", "记得", "记着", "别忘了", "忘了", "忘记", "开始", "继续", "准备", "打算", "负责"]);
const DEGREE = new Set(["很", "太", "更", "最", "挺", "较", "极", "非常", "特别", "比较", "十分", "相当", "有点", "有些"]);
const PLACE_COMPLEMENT = new Set(["在", "到", "给", "向", "往"]);
const VERB_SENSE = /^(?:\([^)]*\) )?to [a-z]/;
/** An English modal or negation first (会 "can", 可 "(prefix) can", 无 "not to have"): an auxiliary, glossed as it is. */
const ENGLISH_MODAL = /^(?:\([^)]*\)\s*)?(?:can|may|must|should|will|shall|could|would|might|ought|not)\b/;

/**
 * A character jieba knows as a verb, right after a negation, modal, adverb or a verb taking a verb
 * phrase (没带课本, 要盖好, 记得带伞) or
 * before an aspect particle and its object (他带了书, 带着孩子), is that verb: of its entry for the reading, the senses "to …" first. CC-CEDICT lists 带's nouns
 * ("band; belt; girdle") before its verbs; elsewhere (一条带子, 带上) the default gloss stays.
 */
function verbPlaceGloss(tokens: GlossContext[], i: number): string | null {
  // Cheapest test first (tags of one character are cached by char code): most characters are no verb.
  const ch = tokens[i].text;
  const tag = dictTag(ch) ?? "";
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // An adjective read as its verb (长 zhǎng, not cháng) before a one-character result and 了
  // (头发长|长|了 "has grown long"): the verb's senses, not the reading's first noun ("chief").
  if (tag === "a" && isWord(prev) && next?.text.length === 1 && dictTag(next.text) === "a" && tokens[i + 2]?.text === "了") {
    const verb = noVerbReading(ch);
    if (verb && tokens[i].pinyin !== verb) return verbSenses(ch, tokens[i].pinyin ?? null);
  }
  if (!/^v[dn]?$/.test(tag)) return null;
  const afterModal = isWord(prev) && !DEGREE.has(prev.text) && (BEFORE_VERB.has(prev.text) || dictTag(prev.text) === "d");
  // An aspect particle with the verb's object or a pause after it (带着孩子, 带了书, 盖过).
  const aspect = !!next && (next.text === "着" || next.text === "过" || (next.text === "了" && isWord(tokens[i + 2])));
  // (着 after it at a clause's start too: …，带着浓重的口音, 伴着爆炸声.)
  if (!afterModal && !(aspect && (isWord(prev) || ((prev === undefined || PUNCT.test(prev.text)) && next?.text === "着")))) return null;
  // A verb here has an object or complement after it; at a clause end it is a predicate adjective
  // (又累又饿 "hungry") or a noun (成为虚衔).
  if (!isWord(next)) return null;
  // What follows is its object or complement: not an adverb, conjunction or particle, nor a
  // preposition other than a complement of place (站在, 带到): 渐讹为 "corrupted into".
  const nextTag = dictTag(next.text) ?? "";
  if (!aspect && (/^(?:d|c|u.*|y|e)$/.test(nextTag) || (nextTag === "p" && !PLACE_COMPLEMENT.has(next.text)))) return null;
  // Before another verb it is an auxiliary (还会卡顿 "will; can"): its first senses say that.
  if (isWord(next) && /^v/.test(dictTag(next.text) ?? "")) return null;
  return verbSenses(ch, tokens[i].pinyin ?? null);
}

/** The first three "to …" senses of the character's entry for the reading, when its first sense is no verb. */
function verbSenses(ch: string, reading: string | null): string | null {
  const entry = entryForReading(cedictEntries(ch), reading);
  if (!entry) return null;
  const senses = orderSenses(entry.definitions.filter((d) => !isNoiseSense(d)));
  // A modal verb's first sense is an English modal (会 "can"): it is an auxiliary, glossed as it is.
  if (senses.length === 0 || VERB_SENSE.test(senses[0]) || ENGLISH_MODAL.test(senses[0])) return null;
  const verbs = senses.filter((d) => VERB_SENSE.test(d));
  if (verbs.length === 0) return null;
  return verbs.slice(0, 3).map(readableSense).join("; ");
}

/**
 * A character CC-CEDICT lists in several entries of one reading, one of them first of all an English
 * modal (须 xū "must; to have to" beside xū "beard; mustache"), before a verb (next, or one word
 * later: 须第一时间上报): that entry. The
 * other entry won the default gloss on its number of senses only.
 */
/** modalEntryGloss's answer for a character in a reading, whatever the context: few characters have one. */
const modalEntries = new BoundedMap<string, Map<string | null, string | null>>();

/** The English of the character's one modal entry, when it has another entry of the same reading that is preferred. */
function modalEntryOf(text: string, pinyin: string | null): string | null {
  let byReading = modalEntries.get(text);
  if (!byReading) {
    byReading = new Map();
    modalEntries.set(text, byReading);
  }
  let gloss = byReading.get(pinyin);
  if (gloss === undefined) {
    gloss = null;
    const entries = cedictEntries(text).filter((e) => !e.capitalised && (!pinyin || e.pinyin === pinyin));
    if (entries.length >= 2) {
      const modal = entries.filter((e) => ENGLISH_MODAL.test(e.definitions[0] ?? "") && !/^(?:\([^)]*\)\s*)?not\b/.test(e.definitions[0] ?? ""));
      if (modal.length === 1 && modal[0] !== preferredEntry(entries)) gloss = modal[0].definitions.slice(0, 3).map(readableSense).join("; ");
    }
    byReading.set(pinyin, gloss);
  }
  return gloss;
}

function modalEntryGloss(tokens: GlossContext[], i: number): string | null {
  // What the character's entries allow first (remembered; null for nearly every character), then the place.
  const gloss = modalEntryOf(tokens[i].text, tokens[i].pinyin ?? null);
  if (gloss === null) return null;
  // A verb next, or after one word more (须第一时间上报: a time before the verb).
  const verbAt = (k: number) => isWord(tokens[k]) && /^v/.test(dictTag(tokens[k].text) ?? "");
  // The word between is no lone noun character: 须|肢|组成 is a noun, "palp"; 须|三|跪 "must kneel
  // three times", 须|第一时间|上报 are the modal.
  const between = tokens[i + 1];
  const lone = !!between && between.text.length === 1 && /^n/.test(dictTag(between.text) ?? "n");
  if (!verbAt(i + 1) && !(isWord(between) && !lone && verbAt(i + 2))) return null;
  return gloss;
}
