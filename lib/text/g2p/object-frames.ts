// Verbs whose reading follows what they act on, where the model reads the commoner sense whatever
// the object (frames.ts applies them through FRAMES). Each rule reads the verb's object, after it
// (背单词) or before it after 把/将 (把课文背下来), or its complement (调高); with neither it says
// nothing and the model decides. Counter-cases: tests/unit/text/object-frames.test.ts.

import { PERSONS } from "./everyday-frames";
import type { TagOf } from "./frames";
import { DEGREE, FINAL_PARTICLES, PAUSE as CLAUSE_END } from "./frame-words";

/** Tokens between a verb and its object: aspect, direction and result complements. */
const BEFORE_OBJECT = new Set(["着", "了", "过", "起", "上", "下", "下来", "起来", "上来", "熟", "完", "会", "好", "住", "紧", "成", "得", "不"]);
const COUNTED = /^(?:[一二两三四五六七八九十几这那每整半]|[0-9]+)[个条首篇本只件根把张段句行套份袋包捆束根缕]?$/u;

/** True when the word is one of `nouns` or ends with one of two characters or more (英语单词, 小书包). */
function isOneOf(word: string, nouns: ReadonlySet<string>): boolean {
  if (nouns.has(word)) return true;
  for (let k = 1; k + 2 <= word.length; k++) if (nouns.has(word.slice(k))) return true;
  return false;
}

/**
 * The nouns the verb at i may act on: up to three tokens after it past its complements and a
 * count (背着两条辫子), and the object of a 把/将 before it in its clause (把课文背下来).
 */
function objectsOf(tokens: string[], i: number): string[] {
  const out: string[] = [];
  for (let j = i + 1, seen = 0; j < tokens.length && seen < 3 && !CLAUSE_END.test(tokens[j]); j++) {
    if (BEFORE_OBJECT.has(tokens[j]) || COUNTED.test(tokens[j])) continue;
    out.push(tokens[j]);
    seen++;
  }
  for (let j = i - 1; j >= 0 && j >= i - 5 && !CLAUSE_END.test(tokens[j]); j--) {
    if (tokens[j] === "把" || tokens[j] === "将") {
      out.push(...tokens.slice(j + 1, i));
      break;
    }
  }
  return out;
}

/** What one learns by heart (背课文 bèi "to recite"). */
const RECITED = new Set(["课文", "单词", "生词", "台词", "诗", "古诗", "唐诗", "宋词", "诗歌", "诗词", "公式", "歌词", "稿子", "讲稿", "演讲稿", "答案", "句子", "口诀", "乘法表", "九九表", "文章", "词", "词汇", "单字", "定义", "定理", "概念", "知识点", "考点", "段落", "密码", "号码", "电话号码", "剧本", "经文", "论语", "三字经", "条文", "法条", "名言", "语录", "笔记", "范文", "英语", "外语", "字母表", "元素周期表"]);
/** What one carries on the back (背书包 bēi). */
const CARRIED = new Set(["书包", "背包", "包", "双肩包", "旅行包", "挎包", "孩子", "小孩", "婴儿", "宝宝", "娃", "行李", "行囊", "口袋", "袋子", "麻袋", "箱子", "筐", "背篓", "篓", "柴", "柴火", "木柴", "枪", "步枪", "吉他", "老人", "伤员", "病人", "伤者", "粮食", "水壶", "氧气瓶", "降落伞", "包袱", "重物", "货物", "石头"]);

/** Where a carried thing goes: 背到学校, 背回家, 背在身上. */
const CARRIED_TO = new Set(["到", "回", "进", "回家", "回去", "回来", "进来", "进去", "出去", "走", "过来", "过去", "上山", "下山", "上楼", "下楼", "在"]);

/**
 * 背: bèi with a text to learn (背单词, 把课文背下来), bēi with a load (背起孩子, 把孩子背下山) or
 * taken somewhere (把课本背到学校).
 */
export function readingOfBei(tokens: string[], i: number): string | null {
  if (CARRIED_TO.has(tokens[i + 1] ?? "")) return "bēi";
  const objects = objectsOf(tokens, i);
  if (objects.some((o) => isOneOf(o, RECITED))) return "bèi";
  if (objects.some((o) => isOneOf(o, CARRIED))) return "bēi";
  return null;
}

/** Results of adjusting: 调高 "to turn up", 调成静音 "to set to silent", 调一下 "to adjust a bit". */
const ADJUSTED = new Set(["高", "低", "大", "小", "快", "慢", "亮", "暗", "准", "匀", "稳", "松", "紧", "淡", "浓", "细", "粗", "成", "一下", "一调", "整", "高些", "低些", "高点", "低点", "涨", "降"]);
const FIGURE = /^(?:[0-9０-９.]+|[零一二两三四五六七八九十百千万]+)/u;
const UNIT = /^(?:度|摄氏度|档|挡|级|格|分贝|倍|%)$/u;
/** Things one adjusts (味道, 温度, 音量, 空调): a word ending in one. */
const ADJUSTABLE = /(?:味道|口味|味|温度|音量|声音|亮度|颜色|色调|频道|空调|电视|闹钟|座椅|琴弦|弦|汤|馅|馅儿)$/u;
/** Settings one turns a thing to (调到最大, 调到静音). */
const SETTINGS = new Set(["最大", "最小", "最高", "最低", "静音", "震动", "振动", "最亮", "最暗"]);

/** A figure with its unit of setting, in one token or two (25度, 二十五|度): not 2|号线 or 一个. */
function isSetting(tokens: string[], j: number): boolean {
  const word = tokens[j];
  if (word === undefined) return false;
  if (SETTINGS.has(word)) return true;
  const figure = FIGURE.exec(word)?.[0];
  if (!figure) return false;
  const rest = word.slice(figure.length);
  return rest ? UNIT.test(rest) : UNIT.test(tokens[j + 1] ?? "");
}

/**
 * 调 before a result of adjusting (调高, 调成静音, 调一下) or 到 + a setting (调到二十五度, 调到静音) is tiáo
 * "to adjust"; moved somewhere (调到北京, 调走, 调往上海) it is diào, which the model reads.
 */
export function readingOfTiao(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  if (next === undefined) return null;
  if (ADJUSTED.has(next)) return "tiáo";
  // What was adjusted earlier in the clause, then 得 and how well or how much (味道调得很好, 温度调得
  // 太低): a transfer is judged so too (他被调得很远), but of a person, not a setting.
  if (next === "得" && (DEGREE.has(tokens[i + 2] ?? "") || tokens[i + 2] === "不错")) {
    for (let k = i - 1; k >= 0 && !CLAUSE_END.test(tokens[k]); k--) if (ADJUSTABLE.test(tokens[k])) return "tiáo";
  }
  return (next === "到" || next === "至" || next === "为") && isSetting(tokens, i + 2) ? "tiáo" : null;
}

/** What one ties up or binds (扎辫子 zā): hair, bands, and things built of tied strips. */
const TIED = new Set(["辫子", "小辫", "小辫子", "辫", "辫儿", "小辫儿", "羊角辫", "麻花辫", "发辫", "长辫", "马尾", "马尾辫", "头发", "头巾", "腰带", "绷带", "丝带", "彩带", "红绳", "绳子", "蝴蝶结", "花束", "花圈", "风筝", "灯笼", "篱笆", "扫帚", "稻草人"]);

/**
 * 扎 tying into a shape (扎成一束) or tying hair and bands (扎着两条辫子, 扎起头发) is zā; pricking
 * (扎针 is a word; 扎了一下手) and pitching a tent (扎帐篷) are zhā, which the model reads.
 */
export function readingOfZa(tokens: string[], i: number): string | null {
  if (tokens[i + 1] === "成") return "zā";
  return objectsOf(tokens, i).some((o) => isOneOf(o, TIED)) ? "zā" : null;
}

/** Heights water or snow rises past (没过膝盖 mò "to come up over"). */
const LEVELS = new Set(["膝盖", "膝", "脚踝", "脚面", "脚背", "小腿", "大腿", "腰", "腰部", "胸口", "胸", "胸部", "肩膀", "肩", "脖子", "头顶", "头", "脚", "屋顶", "房顶", "车轮", "轮胎", "车顶", "路面", "堤坝", "桥面", "河堤", "田埂"]);

/**
 * 没过 + a height (水没过膝盖, 大水没过了屋顶) is mò "to submerge"; 没过 + anything else (没过几天,
 * 没过生日) is the negation méi.
 */
export function readingOfMo(tokens: string[], i: number): string | null {
  if (tokens[i + 1] !== "过") return null;
  const next = tokens[i + 2] === "了" ? tokens[i + 3] : tokens[i + 2];
  return next !== undefined && isOneOf(next, LEVELS) ? "mò" : null;
}

/** What a plant bears (结果子 jiē "to bear fruit"). */
const FRUIT = new Set(["果子", "果实", "果", "籽", "种子", "瓜", "葡萄", "苹果", "桃子", "梨", "枣", "柿子", "豆荚", "穗", "西瓜", "南瓜", "黄瓜", "葫芦", "橘子", "果儿"]);

/** 结 bearing fruit (树上结了很多果子) is jiē; tying, forming and ending (结婚, 结冰, 结账) are jié. */
export function readingOfJie(tokens: string[], i: number): string | null {
  return objectsOf(tokens, i).some((o) => isOneOf(o, FRUIT)) ? "jiē" : null;
}

/** What one leaves behind by mistake (把钥匙落在家里 là). */
const BELONGINGS = new Set(["钥匙", "手机", "钱包", "包", "书包", "东西", "雨伞", "伞", "书", "作业", "眼镜", "证件", "身份证", "护照", "外套", "衣服", "帽子", "本子", "钱", "卡", "电脑", "充电器", "行李"]);
/** A numeral and classifier, or a numeral alone, before a noun (一本, 两个, 一). */
const isCount = (token: string | undefined) => token !== undefined && /^[一二两三四五六七八九十几\d]+[\p{Script=Han}]?$/u.test(token) && token.length <= 3;
/** Where a thing falls rather than is left: the ground, the floor, water (地上, 地板上, 水里, 河里). */
const FALLEN_TO = /^(?:地|水|河|海|湖|井|脚)/u;
/** Where a thing is left behind (家里, 车上, 办公室, 学校). */
const LEFT_AT = /^(?:\p{Script=Han}{1,3}[里上]|家|学校|公司|办公室|教室|宿舍|店里|饭店|酒店|单位)$/u;
const BEHIND = new Set(["后面", "后头", "后边", "最后", "后"]);
/** Whom one lags behind, before 后面 (落在别人后面; 落在别人手里 "into others' hands" stays luò). */
const OTHERS = new Set(["别人", "他人", "大家", "人家", "同学", "对手"]);

/**
 * 落 là "to leave behind; to lag behind": after 把 + a belonging, before 在 or 下 (把钥匙落在家里),
 * and 落在 + behind (总是落在别人后面, 落在了最后). 树叶落在地上, 把目光落在他身上 and 落在别人手里
 * stay luò.
 */
export function readingOfLa(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  // 落了 + a count + a belonging (落了一本书在我家, 落了一把伞): left behind. 落了一地, 落了一层灰 (a
  // surface covered) stay luò.
  if (next === "了" && isCount(tokens[i + 2])) {
    // The classifier may stand apart (一|本|书) or with the numeral (一本|书).
    const k = tokens[i + 3]?.length === 1 && !BELONGINGS.has(tokens[i + 3]) ? i + 4 : i + 3;
    if (isOneOf(tokens[k] ?? "", BELONGINGS)) return "là";
  }
  // A belonging, then where it was left without 在 (我钥匙落家里了, 手机落车上了).
  if (isOneOf(tokens[i - 1] ?? "", BELONGINGS) && next !== undefined && LEFT_AT.test(next) && !FALLEN_TO.test(next)) return "là";
  if (next !== "在" && next !== "下" && next !== "下了") return null;
  const k = tokens[i + 2] === "了" ? i + 3 : i + 2;
  const behind = tokens[k] ?? "";
  if (next === "在" && (BEHIND.has(behind) || (OTHERS.has(behind) && BEHIND.has(tokens[k + 1] ?? "")))) return "là";
  // A belonging left somewhere, its subject (钥匙落在教室里了, 手机落在车上): left behind; where it
  // falls to the ground or into water (钥匙落在地上, 书包落在水里) it fell, luò.
  if (next === "在" && isOneOf(tokens[i - 1] ?? "", BELONGINGS) && behind !== "" && !FALLEN_TO.test(behind)) return "là";
  for (let j = i - 1; j >= 0 && j >= i - 4 && !CLAUSE_END.test(tokens[j]); j--) {
    if (tokens[j] === "把") return tokens.slice(j + 1, i).some((o) => isOneOf(o, BELONGINGS)) ? "là" : null;
  }
  return null;
}

/** What one teaches: languages and school subjects (教汉语, 教音乐). */
const TAUGHT = new Set(["汉语", "中文", "英语", "英文", "日语", "法语", "德语", "俄语", "外语", "语文", "数学", "物理", "化学", "生物", "历史", "地理", "音乐", "美术", "体育", "舞蹈", "钢琴", "书法", "绘画", "画画", "课", "学生", "孩子", "小学", "中学", "大学"]);

/** Events and experiences that "teach" one by making one see (这件事教我…, 失败教人…). */
const LESSONS = /(?:事|事情|经历|教训|失败|挫折|历史|现实|生活|经验)$/u;
/** People one teaches, besides the pronouns (爷爷教孙子下象棋, 老师教长辈使用手机). */
const PUPILS = new Set([
  "孩子们", "学生们", "孙子", "孙女", "儿子", "女儿", "徒弟", "弟子", "学徒", "长辈", "晚辈", "老人", "老人家", "大家",
  "新人", "新手", "村民", "员工", "工人", "妈妈", "爸爸", "奶奶", "爷爷", "弟弟", "妹妹", "小朋友", "同学", "同学们", "朋友",
]);
/** What a thing makes one feel, after 教人 "makes one…" (真教人担心): 教 is jiào there, like 叫. */
const FELT = new Set(["担心", "难忘", "生气", "害怕", "感动", "佩服", "失望", "心疼", "头疼", "伤心", "难过", "着急", "放心", "羡慕", "心寒", "为难", "惊讶", "吃惊", "心酸", "遗憾", "感慨", "难以置信"]);

/**
 * 教 before what it teaches (教汉语, 在中学教音乐), before whom it teaches (教孙子下象棋), or a pronoun
 * and a verb (教我们做饭), is jiāo; 教 "religion" and its words (宗教, 教堂) are jiào, and so is 教 "to make"
 * before 人 and a feeling (真教人担心; 教人游泳 is jiāo).
 */
export function readingOfJiao(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1] ?? "";
  // A language is a word in 语 (西班牙语, 阿拉伯语).
  if (TAUGHT.has(next) || /^\p{Script=Han}{2,4}语$/u.test(next)) return "jiāo";
  const after = tokens[i + 2] ?? "";
  if (next === "人" && FELT.has(after)) return "jiào";
  // (A pronoun before a verb: 这件事教我们明白了… may be 教 "to make" in writing, but not before a skill.)
  // What happens teaches no skill: it makes one see (这件事教我明白了很多, 失败教人成长: jiào "to make",
  // as the model reads it).
  if (LESSONS.test(tokens[i - 1] ?? "")) return null;
  // (Or closing the request: 你教教我呗, 你教我吧.)
  const closes = after === "" || CLAUSE_END.test(after) || FINAL_PARTICLES.has(after);
  return PUPILS.has(next) || (PERSONS.has(next) && (closes || /^v/.test(tagOf(after) ?? ""))) ? "jiāo" : null;
}

/** Verbs above whose two-character tokens no dictionary has (扎起, 扎成, 背熟) are read as the verb and its complement. */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(["背", "调", "扎", "结"]);

/** After 种 "to plant": an aspect or result (种了, 种在, 种满) or what grows. */
const PLANTED_AFTER = new Set(["了", "着", "过", "在", "上", "下", "满", "出", "好", "完", "起来", "下去", "到"]);
const PLANTS = new Set(["树", "花", "菜", "草", "麦子", "小麦", "水稻", "稻子", "粮食", "庄稼", "玉米", "土豆", "棉花", "果树", "蔬菜", "瓜", "豆子", "茶", "竹子", "葡萄", "苹果", "树苗", "花草"]);
const COUNT_BEFORE = /[0-9０-９一二两三四五六七八九十百千几这那哪每各某多些]$/u;

/**
 * 种 the verb zhòng, "to plant": before an aspect or result (两亩地都种了麦子, 种在院子里) or a
 * plant, or after a person (他种的菜); after a count or demonstrative it is the measure word zhǒng "kind" (三种花), as in its
 * words (这种, 种子, 种类).
 */
const GROWERS = new Set([...PERSONS, "大家", "自己", "农民", "爷爷", "奶奶", "爸爸", "妈妈"]);

export function readingOfZhong(tokens: string[], i: number): string | null {
  const prev = tokens[i - 1] ?? "";
  if (COUNT_BEFORE.test(prev)) return null;
  const next = tokens[i + 1] ?? "";
  // After a person it is the predicate (他种的菜): a measure word needs a count (其他种, 本种 "species").
  // Before a count of what is planted (种几棵番茄, 种一些花): the verb; a kind follows a count.
  return PLANTED_AFTER.has(next) || PLANTS.has(next) || GROWERS.has(prev) || (COUNT_START.test(next) && next.length >= 2) ? "zhòng" : null;
}

/** A count opening a token (几棵, 一些, 两排). */
const COUNT_START = /^[一二两三四五六七八九十几][棵株排行亩片些盆颗粒]/u;
