// Characters whose reading one neighbouring word decides, found by reading an eighth batch of our
// own sentences (3 December 2026; 304 sentences, 95.07 % before any rule here was written, see
// docs/STATUS.md): a degree word before an adjective, a light that dazzles, a guess that comes out
// right, grain to be milled, a table to wipe, a prize to win. Each answers only on its cue; else the
// model decides. Counter-cases beside each in tests/unit/text/neighbour-frames.test.ts.

import type { TagOf } from "./frames";
import { COUNT_OPENERS, DEGREE, PAUSE, isVerbTag } from "./frame-words";

const ends = (token: string | undefined) => token === undefined || PAUSE.test(token);

/**
 * 着 right after 一 (这一着很高明, 走错一着) is zhāo, "a move (in chess); a trick": the aspect
 * particle never follows a bare numeral, and 一着急, 一着凉 are words of their own.
 */
export function moveReading(tokens: string[], i: number): string | null {
  return tokens[i - 1] === "一" ? "zhāo" : null;
}

/**
 * 横 after a degree word (说话很横, 太横了) is hèng, "harsh and unreasonable"; "horizontal" is
 * never more or less so (横着放, 一条横线: the model's héng).
 */
export function rudeReading(tokens: string[], i: number): string | null {
  return DEGREE.has(tokens[i - 1] ?? "") ? "hèng" : null;
}

/** What dazzles: a light or the sun (阳光, 灯光, 太阳). */
const LIGHT = /光$|^太阳$/u;
/** What follows a dazzling: its degree, the eyes, the person dazzled. */
const DAZZLED = new Set(["得", "眼", "了"]);

/**
 * 晃 after a light and before 得, 眼 or 了 (阳光晃得我睁不开眼, 灯光晃眼) is huǎng, "to dazzle";
 * what sways is huàng (晃来晃去, 他晃了晃脑袋: no light before it).
 */
export function dazzleReading(tokens: string[], i: number): string | null {
  return LIGHT.test(tokens[i - 1] ?? "") && DAZZLED.has(tokens[i + 1] ?? "") ? "huǎng" : null;
}

/** A guess's outcome (蒙对了, 蒙错, 蒙中). */
const GUESSED = new Set(["对", "对了", "错", "错了", "中", "中了"]);

/**
 * 蒙 before how a guess came out (这道题我是蒙对的) or an answer it picks (蒙了一个答案) is mēng, "to
 * make a wild guess"; before 上, 着, 住, 在 or a layer (蒙上眼睛, 蒙在鼓里, 蒙了一层灰) it covers,
 * méng; closing its clause after 了 (我一下子蒙了) it is dazed, mēng; receiving (蒙受) and the Mongols
 * (蒙古) are words.
 */
export function guessReading(tokens: string[], i: number): string | null {
  if (GUESSED.has(tokens[i + 1] ?? "")) return "mēng";
  // An answer guessed at (只好蒙了一个答案, 蒙个选项): what one picks when one does not know.
  for (let k = i + 1; k <= i + 3 && k < tokens.length && !PAUSE.test(tokens[k]); k++) if (ANSWERS.has(tokens[k])) return "mēng";
  // Covering (蒙上眼睛, 蒙着脸, 蒙住, 蒙在鼓里, 蒙了一层灰): méng; the Mongols (měng) are in words.
  const next = tokens[i + 1] ?? "";
  if (COVERING.has(next) || (next === "了" && LAYER.test(tokens[i + 2] ?? ""))) return "méng";
  // Dazed, closing its clause (我一下子蒙了): mēng.
  return next === "了" && ends(tokens[i + 2]) && i > 0 && !PAUSE.test(tokens[i - 1]) ? "mēng" : null;
}

/** What follows covering (蒙上, 蒙着, 蒙住, 蒙在). */
const COVERING = new Set(["上", "着", "住", "在"]);
/** A layer or piece that covers (一层, 一块). */
const LAYER = /^[一两几薄厚]?[层块片]/u;

/** What a guess picks: an answer, an option. */
const ANSWERS = new Set(["答案", "选项", "一个答案", "个答案"]);

/** Grain and beans a mill grinds (磨面, 磨豆腐, 磨米). */
const GRAIN = new Set(["面", "面粉", "米", "豆腐", "豆子", "豆", "豆浆", "麦子", "小麦", "玉米", "芝麻"]);

/**
 * 磨 before grain (磨面, 磨豆腐) is mò, "to mill"; rubbing and sharpening are mó (磨刀, 磨一磨,
 * 磨练 and 琢磨 are words).
 */
export function grindReading(tokens: string[], i: number): string | null {
  return GRAIN.has(tokens[i + 1] ?? "") ? "mò" : null;
}

/**
 * 供 before 着 or 在 (寺庙里供着佛像, 把牌位供在桌上) is gòng, "to lay out as an offering"; supply
 * is gōng in words (供应, 供货, 提供) and before a verb (供大家参考: the model). CPP dev labels one
 * offering set before a statue (叶子供在地藏菩萨面前) gōng; Xiandai Hanyu Cidian reads it gòng (供在
 * 桌上), and a learner is taught the dictionary's reading: that one CPP sentence counts as a miss.
 */
export function offerReading(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  // Set out before an image or a tablet (在佛像前供了几个苹果, 灵前供着鲜花): an offering.
  // (前 may stand alone after what it is before: 佛像|前.)
  const before = tokens[i - 1] === "前" ? `${tokens[i - 2] ?? ""}前` : (tokens[i - 1] ?? "");
  if (before.length >= 2 && OFFERED_BEFORE.test(before)) return "gòng";
  return (next === "着" || next === "在") && !ends(tokens[i + 2]) ? "gòng" : null;
}

/** What offerings are set out before (佛像前, 灵前, 神像前, 牌位前, 墓前, 遗像前). */
const OFFERED_BEFORE = /(?:佛|像|灵|牌位|墓|坟|神龛|祖宗|供桌)前$/u;

/** Surfaces one wipes with a cloth (抹桌子). */
const WIPED = new Set(["桌子", "桌面", "桌", "台面", "灶台", "柜台", "窗台"]);
/** What may stand between 抹 and what it wipes (抹了抹, 抹一下, 抹干净). */
const WIPE_BETWEEN = new Set(["了", "一", "抹", "一下", "干净"]);

/**
 * 抹 with a table or a counter for its object (用抹布抹了抹桌子) is mā, "to wipe"; spreading and
 * wiping off (抹果酱, 抹眼泪, 抹掉) are mǒ, and 转弯抹角 is mò: no table in them.
 */
export function wipeReading(tokens: string[], i: number): string | null {
  // The table put before the verb with 把 (你把桌子抹一下).
  if (WIPED.has(tokens[i - 1] ?? "") && tokens[i - 2] === "把") return "mā";
  for (let k = i + 1; k <= i + 4 && k < tokens.length && !PAUSE.test(tokens[k]); k++) {
    if (WIPED.has(tokens[k])) return "mā";
    if (!WIPE_BETWEEN.has(tokens[k])) return null;
  }
  return null;
}

/** Prizes one wins (中彩票, 中大奖). */
const PRIZES = new Set(["彩票", "奖", "大奖", "头奖", "头彩", "一等奖", "特等奖", "奖券"]);

/** 中 before a prize (他一直想中彩票) is zhòng, "to win"; 中奖 is a word already. */
export function prizeReading(tokens: string[], i: number): string | null {
  return PRIZES.has(tokens[i + 1] ?? "") ? "zhòng" : null;
}

/**
 * 通 counting a bout of an action (骂了一通, 说了一通, 忙活了一通) is tòng: 一 before it, a verb
 * (and 了) before that, nothing after it in the clause. 一通电话, 一通邮件 count messages: tōng.
 */
export function boutReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  if (tokens[i - 1] !== "一" || !ends(tokens[i + 1])) return null;
  const verb = tokens[i - 2] === "了" ? tokens[i - 3] : tokens[i - 2];
  return verb !== undefined && isVerbTag(tagOf(verb)) ? "tòng" : null;
}

/** A card game where a hand is won (麻将, 牌): 和 hú "to complete a winning hand". */
const CARDS = /麻将|扑克|^牌$|^牌局$|^打牌$/u;

/**
 * 和 before 了 in a sentence about mahjong or cards (打麻将时他连着和了三把, 这把牌他又和了) is hú,
 * "to win a hand"; a game of chess that ends level is hé (这盘棋和了: no cards in it).
 */
export function winHandReading(tokens: string[], i: number): string | null {
  return tokens[i + 1] === "了" && tokens.some((t) => CARDS.test(t)) ? "hú" : null;
}

/** Powders and pastes (药粉, 面粉, 糖, 泥). */
const MIXED = /[粉药糖盐泥土灰浆酱]$/u;
/** What a powder is mixed into (水, 面粉, 蜂蜜) before 里/中. */
const INTO_MIX = new Set(["水", "温水", "开水", "面粉", "蜂蜜", "牛奶", "酒", "饭"]);

/**
 * 和 right before 在 and where the mixture goes (把药粉和在水里, 和在一起) is huò, "to mix": hé "and;
 * with" needs a word to join after it (我和他在一起).
 */
export function mixReading(tokens: string[], i: number): string | null {
  if (tokens[i + 1] !== "在" || tokens[i - 1] === undefined || PAUSE.test(tokens[i - 1])) return null;
  // What is mixed: a powder or a paste before it, or an object 把 brought forward (把药粉和在…); a
  // phrase joined to another (机制和在空中操纵…的复杂性) is hé.
  let mixed = MIXED.test(tokens[i - 1]);
  for (let k = i - 1; k >= 0 && !mixed && !PAUSE.test(tokens[k]); k--) mixed = tokens[k] === "把";
  if (!mixed) return null;
  // Into something or together (和在一起, 和在水里, 和在面粉中); 我和在北京的朋友 joins a person.
  const into = tokens[i + 2] ?? "";
  return into === "一起" || /^[^的]{1,3}[里中内]$/u.test(into) || (INTO_MIX.has(into) && /^[里中内]$/u.test(tokens[i + 3] ?? "")) ? "huò" : null;
}

/**
 * 和 closing its clause after 跟着 or 附 (大家都跟着和) is hè, "to join in (singing)"; 跟着和我一起走
 * goes on to what 和 joins (hé).
 */
export function joinInReading(tokens: string[], i: number): string | null {
  const prev = tokens[i - 1];
  return (prev === "跟着" || prev === "附") && ends(tokens[i + 1]) ? "hè" : null;
}

/** What a knife pares (削皮, 削苹果, 削铅笔) and how (削成片, 削掉, 削好). */
const PARED = /^(?:皮|苹果|梨|铅笔|土豆|萝卜|甘蔗|水果|果皮|木头|竹子|成|掉|下|好|去)/u;

/**
 * 削 before what a knife pares or how (削皮, 削苹果, 削铅笔, 削成片) is xiāo; stripping a rank or
 * cutting down (削亲王品级, and the words 削减, 削弱, 剥削) is xuē, which the model reads.
 */
export function pareReading(tokens: string[], i: number): string | null {
  if (PARED.test(tokens[i + 1] ?? "")) return "xiāo";
  // Past an aspect and a count (给我削了一个苹果, 削了两个梨).
  const after = tokens[i + 1] === "了" || tokens[i + 1] === "着" ? i + 2 : -1;
  if (after < 0) return null;
  const object = /^[一两几半][个只根块]?$/u.test(tokens[after] ?? "") || /^[一两几][个只根块]$/u.test(tokens[after] ?? "") ? tokens[after + 1] : tokens[after];
  return /^(?:苹果|梨|土豆|萝卜|甘蔗|水果|铅笔|黄瓜|芒果)$/u.test(object ?? "") ? "xiāo" : null;
}

/** 省 before 人事 "consciousness" (才省人事, 不省人事 is a word) is xǐng, "to come to". */
export function comeToReading(tokens: string[], i: number): string | null {
  return tokens[i + 1] === "人事" ? "xǐng" : null;
}

/** What follows being amused (乐了, 乐坏了, 乐得合不拢嘴, 乐呵呵). */
const AMUSED = new Set(["了", "坏了", "得", "呵呵", "开了花"]);

/**
 * 乐 before 了 or how much (大家都乐了, 乐坏了, 乐得合不拢嘴) is lè, "happy; to laugh"; music yuè is in
 * words (音乐, 乐队, 乐器), which the dictionary reads.
 */
export function amusedReading(tokens: string[], i: number): string | null {
  return AMUSED.has(tokens[i + 1] ?? "") ? "lè" : null;
}

/**
 * 脏 standing alone (又脏又臭, 衣服很脏, 弄脏了) is zāng, "dirty": the organ zàng lives only in words
 * (心脏, 内脏, 脏器), which the dictionary reads.
 */
export function dirtyReading(): string {
  return "zāng";
}

/**
 * 说 in the classical 不亦说乎 ("is it not a pleasure?", the Analects' first line, quoted in textbooks
 * and speeches) is yuè, written for 悦; everywhere else it is the verb shuō (or shuì, 游说: a word).
 */
export function pleasedReading(tokens: string[], i: number): string | null {
  return tokens[i - 1] === "不亦" && tokens[i + 1] === "乎" ? "yuè" : null;
}

/** What follows catching (逮住, 逮着, 逮到, 逮了个正着). */
const CAUGHT = new Set(["住", "着", "到", "了", "个"]);

/**
 * 逮 before 住, 着, 到 or 了 (花猫逮住了一只老鼠, 被警察逮着了) is the spoken dǎi, "to catch"; the
 * written dài is in words (逮捕) and in literary 力有未逮, where nothing follows it.
 */
export function catchReading(tokens: string[], i: number): string | null {
  return CAUGHT.has(tokens[i + 1] ?? "") ? "dǎi" : null;
}

/**
 * 传 right after a person's name and closing its clause or a title (写了一部鲁迅传, 《李白传》) is
 * zhuàn, "a biography"; a name before 传 and more after it is the name's verb (小王传球给他, 消息是
 * 他传的: chuán).
 */
export function biographyReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  if (!(next === undefined || PAUSE.test(next) || next === "》")) return null;
  return /^nr/.test(tagOf(tokens[i - 1] ?? "") ?? "") ? "zhuàn" : null;
}

/** Roots' colours and places a ginseng is named by (红参, 白参, 山参), cut apart from it. */
const GINSENG_KINDS = new Set(["红", "白", "山", "野山", "人", "海", "党", "丹", "西洋", "高丽"]);

/**
 * 参 alone after a count of roots or a ginseng's kind, closing its clause (送了我一根红参, 买了两支参)
 * is shēn, "ginseng": the verb cān (参加, 参观 are words) needs something after it.
 */
export function ginsengReading(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  if (!(next === undefined || PAUSE.test(next) || next === "的")) return null;
  const prev = tokens[i - 1] ?? "";
  return GINSENG_KINDS.has(prev) || /^[一两几][根支棵株]$/u.test(prev) ? "shēn" : null;
}

/**
 * 要 alone after an adverb (你更要小心, 我们也要努力, 千万要记住) is yào, "must; to want": yāo "to
 * demand" lives in words (要求, 要挟) and follows no adverb.
 */
export function mustReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const prev = tokens[i - 1];
  return prev !== undefined && /^(?:d|ad)$/.test(tagOf(prev) ?? "") ? "yào" : null;
}

/** What follows a creek's name in the Pearl River Delta (鸭涌河, 麻涌、…, 凤安涌两岸). */
const CREEK_AFTER = /^(?:河|口|村|镇|站|围|两岸|沿岸)$/u;

/**
 * 涌 closing a place's name cut into characters (麻|涌、沙角, 鸭|涌|河) is chōng, a creek in the names
 * of Guangdong and Hong Kong; water that gushes (泉水涌出, 涌上心头) is yǒng and goes somewhere.
 */
export function creekReading(tokens: string[], i: number): string | null {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || prev.length !== 1 || PAUSE.test(prev)) return null;
  return next === undefined || PAUSE.test(next) || CREEK_AFTER.test(next) ? "chōng" : null;
}

/** What follows a lane's name or number in Shanghai and Jiangnan addresses (百福弄社区, 596弄). */
const LANE_NEXT = /^(?:社区|堂|口|巷|号|里弄)$/u;

/**
 * 弄 in an address (黄陂南路596弄, 百福弄社区) is lòng, "a lane"; before a result, a complement or an
 * aspect (把羽毛弄干, 弄不起来, 弄了很多年, 弄清楚) it is the verb nòng "to do; to make", which is far
 * the commoner. Elsewhere the model decides.
 */
export function laneReading(tokens: string[], i: number): string | null {
  const prev = tokens[i - 1] ?? "";
  const next = tokens[i + 1];
  if (/[0-9０-９]$/u.test(prev) || (next !== undefined && LANE_NEXT.test(next))) return "lòng";
  return next !== undefined && !PAUSE.test(next) ? "nòng" : null;
}

/** Weather, illness and dreams, which pass over: counted by 场 cháng (一场大雪, 一场大病, 一场梦). */
const PASSING = new Set(["雨", "大雨", "暴雨", "小雨", "透雨", "雷雨", "阵雨", "雪", "大雪", "暴雪", "小雪", "病", "大病", "重病", "风", "大风", "冰雹", "梦", "噩梦", "美梦", "空", "虚惊"]);

/**
 * 场 counting weather, an illness or a dream (下了一场大雪, 生了一场大病, 一场梦) is cháng, "a spell";
 * matches, films and shows are chǎng (一场比赛, 这场电影: the model's), as are places (会场: words).
 * (一场 kept whole is read by framesInsideToken as cut apart; 一场突如其来的大雨: the noun after 的.)
 */
export function spellReading(tokens: string[], i: number): string | null {
  const prev = tokens[i - 1] ?? "";
  if (!COUNT_OPENERS.has(prev.slice(-1))) return null;
  if (PASSING.has(tokens[i + 1] ?? "")) return "cháng";
  // Past what describes it (一场突如其来的大雨): the noun after 的, within the clause.
  for (let k = i + 2; k <= i + 4 && k < tokens.length && !PAUSE.test(tokens[k]); k++) if (tokens[k - 1] === "的") return PASSING.has(tokens[k]) ? "cháng" : null;
  return null;
}

/** What strength follows: 的, having or lacking it, using it, a measure of it (使出全身的劲, 有劲, 一股劲). */
const STRENGTH_BEFORE = new Set(["的", "有", "没", "没有", "使", "用", "加", "费", "起", "股", "一股", "这股", "那股", "个", "较"]);

/**
 * 劲 after 的, 有, 没, 使 or a measure (使出全身的劲, 有劲, 没劲, 一股劲) is the noun jìn, "strength;
 * zest"; jìng "strong" describes (霜风劲, 劲骑五百: the model's) and is in words (劲敌, 强劲, 劲旅).
 */
export function strengthReading(tokens: string[], i: number): string | null {
  return STRENGTH_BEFORE.has(tokens[i - 1] ?? "") ? "jìn" : null;
}

/**
 * 挣 standing alone (月挣两万, 挣钱, 挣开绳子) is zhèng, "to earn; to break free": zhēng is only
 * the first syllable of 挣扎 and 挣揣, words the dictionary reads.
 */
export function earnReading(): string {
  return "zhèng";
}

/** A face reddening (通红, 红, 发紫). */
const FLUSHED = /^(?:满脸)?(?:通红|红|红了|发紫|发红)$/u;

/**
 * 涨 before the colour a face turns, past 得 (脸涨得通红, 涨红了脸) is zhàng, "to swell; to flush";
 * prices and water rising are zhǎng (价格涨得很快, 河水涨了两米).
 */
export function flushReading(tokens: string[], i: number): string | null {
  const k = tokens[i + 1] === "得" ? i + 2 : i + 1;
  return FLUSHED.test(tokens[k] ?? "") ? "zhàng" : null;
}

/** Vegetables one picks over before cooking (择韭菜, 择豆角). */
const GREENS = /^(?:韭菜|芹菜|菠菜|青菜|白菜|豆角|豆芽|蒜苗|香菜|空心菜|油菜|菜)$/u;

/**
 * 择 before a vegetable (奶奶坐在板凳上择韭菜) is the spoken zhái, "to pick over", as in the word
 * 择菜; choosing is zé (择优, 选择, 择日: words, or the model's).
 */
export function pickOverReading(tokens: string[], i: number): string | null {
  return GREENS.test(tokens[i + 1] ?? "") ? "zhái" : null;
}

/** The colour and crust a thing fries to (炸至金黄, 炸得酥脆). */
const FRIED_TO = new Set(["金黄", "金黄色", "焦黄", "酥脆", "两面金黄", "外酥里嫩"]);
/** The pan of oil and the batter before the frying (放进油锅，炸…; 裹上面糊…炸). */
const FRYING_BEFORE = new Set(["油锅", "热油", "油温", "面糊"]);

/**
 * 炸 before the colour it fries to (炸至金黄, 炸得酥脆) or a few words after a pan of oil or batter
 * (放进油锅，炸至两面金黄; 放进热油里炸一下) is zhá, "to deep-fry"; what explodes is zhà (大楼被炸了,
 * 被炸至粉碎, 他气炸了; 炸弹 and 轰炸 are words).
 */
export function fryReading(tokens: string[], i: number): string | null {
  const next = tokens[i + 1] ?? "";
  const after = next === "至" || next === "得" || next === "到" ? (tokens[i + 2] ?? "") : next;
  if (FRIED_TO.has(after)) return "zhá";
  for (let k = Math.max(0, i - 4); k < i; k++) if (FRYING_BEFORE.has(tokens[k])) return "zhá";
  return null;
}

/** What follows 塞 "to stuff" (塞不下, 塞进去, 塞满了, 塞给他, 塞在包里). */
const STUFFED = /^(?:不下|得下|不进|不进去|进|进去|进来|满|满了|到|给|在|了|一下|上|入)$/u;

/**
 * 塞 before how or where a thing is stuffed (箱子满了，再也塞不下了; 把钱塞进信封) is sāi "to stuff";
 * 塞 in words keeps theirs (堵塞 sè, 边塞 sài, 塞尔维亚 sài: names and words, never alone here).
 */
export function stuffReading(tokens: string[], i: number): string | null {
  return STUFFED.test(tokens[i + 1] ?? "") ? "sāi" : null;
}

/**
 * 薄 after a degree word, 这么/那么 or a count (穿这么薄, 这纸太薄了, 一件薄外套) is the spoken adjective báo
 * "thin"; bó is the literary morpheme of words (薄弱, 单薄 dān bó: words read as the dictionary has them).
 */
export function thinReading(tokens: string[], i: number): string | null {
  const prev = tokens[i - 1] ?? "";
  // (Or counted before a garment or a sheet: 带一件薄外套, 一层薄冰.)
  return DEGREE.has(prev) || prev === "真" || prev === "好" || prev === "挺" || THIN_COUNTS.test(prev) ? "báo" : null;
}
/** A count of garments, layers and sheets (一件, 一层, 两张). */
const THIN_COUNTS = /^[一两几这那][件层张片条床]$/u;

/**
 * 泡 counting urine or droppings (尿了一泡尿, 拉了一泡屎) is pāo, the measure word; bubbles, soaking
 * and brewing (气泡, 泡茶) are pào.
 */
export function puddleReading(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  return (next === "尿" || next === "屎" || next === "粪") && COUNT_OPENERS.has(tokens[i - 1] ?? "") ? "pāo" : null;
}

/** How long or how far muddy water settles (澄一会儿, 澄一澄, 澄清: the word is chéng). */
const SETTLING = new Set(["一会儿", "一会", "一下", "一夜", "一晚上", "会儿", "半天", "一澄", "了"]);

/** 澄 alone before how long water settles (先澄一会儿再用) is dèng "to let settle"; in words (澄清, 澄澈) chéng. */
export function settleReading(tokens: string[], i: number): string | null {
  return SETTLING.has(tokens[i + 1] ?? "") ? "dèng" : null;
}

/** Whom one coaxes or soothes (哄孩子, 哄她开心, 哄哄老婆). */
const COAXED = new Set(["孩子", "小孩", "宝宝", "孙子", "孙女", "老婆", "老公", "女朋友", "男朋友", "媳妇", "妈", "爸", "老人", "老人家", "客户", "他们", "她们", "我", "你", "他", "她", "人"]);

/**
 * 哄 before whom it coaxes, soothes or fools (快去哄孩子, 别哄我了, 哄她开心) is hǒng; an uproar or a
 * crowd's laughter (哄堂大笑, 哄抢: words, or 一哄而散) is hōng, and 起哄 hòng is a word.
 */
export function coaxReading(tokens: string[], i: number): string | null {
  const next = tokens[i + 1] === "了" ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && COAXED.has(next) ? "hǒng" : null;
}

/** Where or how a thing is hidden (藏哪儿了, 藏在床底下, 藏起来, 藏好, 藏不住). */
const HIDDEN = /^(?:哪儿|哪里|哪|在|起来|起|好|到|进|进去|着|了|得|不住|住|不了)$/u;

/**
 * 藏 the verb before where or how it hides a thing (你把遥控器藏哪儿了, 藏起来) is cáng "to hide";
 * zàng is Tibet and a treasure store, in words and names (西藏, 藏族, 宝藏).
 */
export function hideReading(tokens: string[], i: number): string | null {
  return HIDDEN.test(tokens[i + 1] ?? "") ? "cáng" : null;
}
