// Verbs whose reading the word beside them decides, found by reading a new batch of our own
// sentences before any rule was written for them (2 December 2026: the batch's first figure, 94.74 %,
// is in docs/STATUS.md). Each is a pattern of the neighbouring words, never a word list of one
// text; counter-cases sit beside each in tests/unit/text/action-frames.test.ts.

import type { TagOf } from "./frames";
import { PAUSE } from "./frame-words";

/** Aspect particles a verb takes and a locative or an adjective does not. */
const VERB_ASPECT = new Set(["了", "过"]);

/**
 * 中 before 了 or 过 is the verb zhòng, "to hit; to win" (她买彩票中了五百万, 他从没中过奖), and after a
 * count of shots (十投七中); the locative zhōng (会议中, 在…中) takes no aspect. (在会议中了解到: jieba's word 了解 follows.)
 */
export function hitReading(tokens: string[], i: number): string | null {
  if (VERB_ASPECT.has(tokens[i + 1] ?? "")) return "zhòng";
  // A count of shots that went in (十投七中, 五射三中): the verb, after a numeral that follows a shot.
  return NUMERAL_ALONE.test(tokens[i - 1] ?? "") && SHOTS.has(tokens[i - 2] ?? "") ? "zhòng" : null;
}

/** Taking shots (投, 射, 发: 十投七中, 百发百中). */
const SHOTS = new Set(["投", "射", "发", "枪", "箭"]);
/** A numeral alone (七, 十, 3). */
const NUMERAL_ALONE = /^(?:[一二两三四五六七八九十百]|[0-9]+)$/u;

/**
 * 奔 before 着 and what one makes for (奔着同一个目标努力, 奔着钱去) is bèn, "to head for"; running
 * is bēn (一路奔跑, 狂奔; 奔着 closing its clause: the model). 直奔, 投奔 are words.
 */
export function headForReading(tokens: string[], i: number): string | null {
  if (tokens[i + 1] !== "着") return null;
  const goal = tokens[i + 2];
  return goal !== undefined && !PAUSE.test(goal) ? "bèn" : null;
}

/**
 * 尽 before 了 or 过 is the verb jìn, "to use up; to do one's utmost" (尽了最大努力, 尽过力); the
 * adverb jǐn "as far as possible" stands before a verb (尽着他先挑), where the model decides.
 */
export function utmostReading(tokens: string[], i: number): string | null {
  return VERB_ASPECT.has(tokens[i + 1] ?? "") ? "jìn" : null;
}

/** What follows a swallow: an aspect, a direction or its failure (咽了下去, 咽下, 咽不下这口气, 咽进肚里). */
const SWALLOWED = /^(?:了|着|下|下去|下来|进|进去|不下|不下去|回|回去)$/u;

/**
 * 咽 before an aspect or a direction is the verb yàn "to swallow" (把药咽了下去, 咽不下这口气); the
 * throat yān (口干咽燥, 咽痛, 咽喉) and yè "to sob" (声咽) stay the model's.
 */
export function swallowReading(tokens: string[], i: number): string | null {
  return SWALLOWED.test(tokens[i + 1] ?? "") ? "yàn" : null;
}

/** A count or demonstrative a measure word follows (一扇门, 这扇窗, 36扇门窗). */
const COUNTED = /[0-9０-９一二三四五六七八九十百千万两几这那哪每某半]$/u;

/**
 * 扇 counted (一扇门, 36扇门窗) is the measure word shàn; before an aspect particle, a person or a
 * fan (扇了他一耳光, 扇他, 扇扇子) the verb shān "to fan; to slap". Before another noun it names a
 * fan-shaped thing (桨扇发动机, 扇蟹科): the model decides.
 */
export function fanReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  if (COUNTED.test(tokens[i - 1] ?? "")) return "shàn";
  const next = tokens[i + 1] ?? "";
  return VERB_ASPECT.has(next) || next === "着" || next.startsWith("扇") || tagOf(next) === "r" ? "shān" : null;
}

/** A number (两分钟, 五分, 3个人, 一点): digits or a Chinese numeral first. */
const NUMBER_FIRST = /^[0-9０-９一二三四五六七八九十两几半百千万零〇]/u;

/**
 * 差 before a number is chà, "to be short by" (差五分八点, 还差两分钟, 差一点): the difference chā is a
 * noun after 之 or before 为 (两数之差为五), never before a count.
 */
export function shortByReading(tokens: string[], i: number): string | null {
  return NUMBER_FIRST.test(tokens[i + 1] ?? "") ? "chà" : null;
}

/** Results of growing (长高, 长胖, 长壮). */
const GROWN = new Set(["高", "胖", "壮", "粗", "肥"]);
/** What follows a growth and its result: an aspect, a complement's 得, or an amount (长高了不少). */
const AFTER_GROWN = /^(?:了|啦|得|起来|不少|很多|一点|一些|了不少)$/u;

/**
 * 长 before the result of growing and an aspect or amount is zhǎng, "to grow" (她今年长高了不少,
 * 长胖了): the adjective cháng before another adjective joins it (长宽各十米: a pause between).
 */
export function growReading(tokens: string[], i: number): string | null {
  return GROWN.has(tokens[i + 1] ?? "") && AFTER_GROWN.test(tokens[i + 2] ?? "") ? "zhǎng" : null;
}

/** What grows on a body or a thing (长胡子, 长牙, 长个子, 长青苔, 长痘痘, 发霉 as 长霉). */
const GROWTHS = new Set([
  "胡子", "胡须", "牙", "牙齿", "个子", "个儿", "毛", "白发", "白头发", "头发", "青苔", "苔藓", "草", "杂草", "痘", "痘痘", "青春痘",
  "疮", "虫", "虫子", "皱纹", "斑", "雀斑", "老年斑", "肉", "膘", "锈", "铁锈", "霉", "叶子", "新叶", "芽", "新芽", "嫩芽", "根",
  "脓", "茧", "老茧", "茧子", "瘤", "肿瘤", "本事", "本领", "见识", "记性", "出息", "心眼", "心眼儿", "翅膀", "尾巴", "角", "羽毛",
  "果子", "果实", "蘑菇", "湿疹", "冻疮", "结石", "息肉", "蛀牙", "智齿",
]);
/** Growths that are long things too: 长 before them may be the adjective (留着长头发, 大象的长牙). */
const LONG_GROWTHS = new Set(["胡子", "胡须", "头发", "白发", "白头发", "毛", "尾巴", "草", "杂草", "根", "翅膀", "角", "羽毛", "牙"]);
/** What a child or plant grows to be (长这么高, 长那么大). */
const GROWN_TO = new Set(["高", "大", "胖", "壮", "快", "结实", "漂亮", "帅", "好看"]);
/** Between 长 and what grows (长了, 长出, 长满了): the verb's aspect or complement. */
const GROW_STEP = new Set(["了", "出", "出了", "出来", "满", "满了", "起", "上", "上了", "过"]);
/** Before a growth: how much or how many (长了一脸痘痘, 长了很多白头发). */
const GROW_AMOUNT = /^(?:[一两几好很不][^了的]{0,2}|满脸|满身|许多|这么多|那么多)$/u;
/** Adverbs and modals before the verb (孩子开始长牙了, 他又长个子了, 面包容易长毛). */
const BEFORE_GROWING = new Set(["开始", "又", "会", "还", "没", "没有", "不", "已经", "都", "在", "正在", "要", "刚", "才", "就", "也", "容易", "爱", "快", "还没"]);
/** Where 长 before a long growth qualifies it (留着长头发, 一头长发, 有长胡子的人). */
const BEFORE_LONG = new Set(["着", "的", "有", "是", "留", "一头", "一把", "一根", "一条", "这", "那"]);

/**
 * 长 with what grows for its object is zhǎng, "to grow": after an aspect or a complement (墙上长了
 * 青苔, 长出新芽, 脸上长了一脸痘痘), and right before it (又长个子了, 开始长牙了, 他长胡子了) unless
 * the growth is also a long thing that 长 may qualify (留着长头发, 大象的长牙 cháng: before it 着, 的,
 * 有; with neither an adverb before nor 了 after, the model decides: 长胡子的老人).
 */
export function growthReading(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  if (next === undefined) return null;
  // Grown so tall, so big (这孩子都长这么高了): the verb, before how much; 这么长 is the adjective.
  if ((next === "这么" || next === "那么" || next === "这样" || next === "那样") && GROWN_TO.has(tokens[i + 2] ?? "")) return "zhǎng";
  if (GROW_STEP.has(next)) {
    for (let k = i + 2; k <= i + 4 && k < tokens.length && !PAUSE.test(tokens[k]); k++) {
      if (GROWTHS.has(tokens[k])) return "zhǎng";
      if (!GROW_AMOUNT.test(tokens[k])) return null;
    }
    return null;
  }
  if (!GROWTHS.has(next)) return null;
  const prev = tokens[i - 1];
  if (!LONG_GROWTHS.has(next)) return "zhǎng";
  if (prev !== undefined && BEFORE_LONG.has(prev)) return "cháng";
  const after = tokens[i + 2];
  return (prev !== undefined && BEFORE_GROWING.has(prev)) || after === "了" || after === "啦" ? "zhǎng" : null;
}

/** Where something sticks (卡在喉咙里, 卡住, 卡着, 卡了一下). */
const STUCK = new Set(["在", "住", "着", "了"]);

/**
 * 卡 after a noun, before where or how it sticks (鱼刺卡在喉咙里, 抽屉卡住了), is qiǎ "to get stuck";
 * a card is kǎ (我的卡在钱包里: 的 before it; 银行卡 is a word).
 */
export function stuckReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  return STUCK.has(tokens[i + 1] ?? "") && /^n[a-z]?$/.test(tagOf(tokens[i - 1] ?? "") ?? "") ? "qiǎ" : null;
}

/** What one ties: a word ending in a band, a button, a rope or a scarf (系鞋带, 系领带, 系安全带, 系围巾). */
const TIED = /(?:带|扣|扣子|绳|绳子|围巾|围裙|纽扣|蝴蝶结)$/u;

/** 系 before what one ties (系鞋带, 系好安全带) is jì "to tie"; 系统, 关系, 联系 are words (xì). */
export function tieReading(tokens: string[], i: number): string | null {
  const next = tokens[i + 1] ?? "";
  const object = next === "好" || next === "上" || next === "紧" ? (tokens[i + 2] ?? "") : next;
  return TIED.test(object) ? "jì" : null;
}

/** What one lets go of or lets loose (撒谎, 撒娇, 撒野, 撒网, 撒腿, 撒欢, 撒手), one of them cut from 撒 (撒了个谎). */
const LET_LOOSE = /^(?:谎|娇|野|网|腿|欢|手|气|泼|酒疯)$/u;

/** Where, how far or how much something is scattered (撒了, 撒在地上, 撒上少量可可粉, 撒出, 撒满, 撒遍, 撒一把葱花). */
const SCATTERED = /^(?:了|着|过|在|上|下|出|进|到|向|满|遍|些|点|点儿|[一两几][把点层撮勺些]|一点儿|少许|适量|少量|些许)$/u;

/**
 * 撒 before an aspect or where it lands (撒了一把盐, 骨灰撒在湖中, 撒上少量可可粉) is sǎ "to sprinkle";
 * a lie or a tantrum within the next three words (撒了个谎) is sā "to let loose". Before anything else
 * the model decides: transliterations read sā (帖撒利亚, 撒尔塞特岛, 撒哈拉), and jieba tags their
 * pieces nouns, so a noun next (撒胡椒粉) says nothing.
 */
export function sprinkleReading(tokens: string[], i: number): string | null {
  for (let k = i + 1; k <= i + 3 && k < tokens.length && !PAUSE.test(tokens[k]); k++) if (LET_LOOSE.test(tokens[k])) return "sā";
  const next = tokens[i + 1] ?? "";
  return SCATTERED.test(next) ? "sǎ" : null;
}

/** Demonstratives and counts before a place 处 (此处, 各处, 一处, 何处). */
const PLACE_BEFORE = /[此该各何这那一两几每某多]$/u;

/** 处 before 得 after the people who get along (两人处得很好, 我们处得来) is chǔ "to get along". */
export function getAlongReading(tokens: string[], i: number): string | null {
  return tokens[i + 1] === "得" && !PLACE_BEFORE.test(tokens[i - 1] ?? "") ? "chǔ" : null;
}

/**
 * 当 after 把 and what is taken, with no verb between (把旧衣服当垃圾扔了, 你要把我当吴王吗), before a
 * noun or pronoun, is dàng "to treat as"; 把女儿嫁到他家来当媳妇 has its verbs between: dāng "to serve as".
 */
export function treatAsReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  let k = i - 1;
  while (k >= 0 && tokens[k] !== "把") {
    if (PAUSE.test(tokens[k]) || /^v/.test(tagOf(tokens[k]) ?? "")) return null;
    k--;
  }
  if (k < 0) return null;
  return /^(?:n[a-z]?|r)$/.test(tagOf(tokens[i + 1] ?? "") ?? "") ? "dàng" : null;
}

/** The compass points that name a capital with 都 (东都 "the eastern capital"). */
const COMPASS = new Set(["东", "西", "南", "北", "中"]);

/** A compass point and 都 before the city it names (东都洛阳, 西都长安): the capital dū (往东都是山 stays dōu). */
export function capitalReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  return COMPASS.has(tokens[i - 1] ?? "") && next !== undefined && tagOf(next) === "ns" ? "dū" : null;
}

/** A negation or degree word before 难 in one token makes it the adjective nán (不难, 很难, 太难). */
const HARD_BEFORE = new Set([..."不很太真挺更最较"]);

/** 难 after such a character inside a token no dictionary reads: nán; else null. */
export const hardInToken = (prevChar: string): string | null => (HARD_BEFORE.has(prevChar) ? "nán" : null);

/** Adverbs a negation 没 follows (还没, 也没, 都没, 从来没). */
const NEGATED_AFTER = new Set(["还", "也", "都", "并", "从来", "从", "仍", "尚", "根本", "一直", "再", "就", "又", "却", "还是", "始终", "几乎", "完全"]);

/** 没 after an adverb of time or scope (面还没和, 他也没说, 我从来没去过) is the negation méi, whatever follows. */
export const negationAfterAdverb = (tokens: string[], i: number): boolean => NEGATED_AFTER.has(tokens[i - 1] ?? "");
