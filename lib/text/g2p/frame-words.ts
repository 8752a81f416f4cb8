// Word classes the frames (frames.ts, de-frames.ts) read their context by: one definition each.

/** A token that is punctuation closing or opening a clause. */
export const CLAUSE_END = /^[，。！？；：、,.!?;:…—（）()「」『』“”"]+$/u;

/** The same, or white space (the object, sense and verb frames read a space as a pause too). */
export const PAUSE = /^[，。！？；：、,.!?;:…—（）()「」『』“”"\s]+$/u;

/** jieba's verb tags (v, vn, vd, vg, vi). */
export const isVerbTag = (tag: string | null) => tag !== null && /^v[ndgi]?$/.test(tag);

/** jieba's tags of adjectives, adverbs and descriptive words. */
export const DEGREE_OR_ADJECTIVE = /^(a|ad|ag|an|d|z|zg)$/;

/** Degree adverbs (很, 太, 非常, 有点…): an adjective follows them (有点长 cháng, 太干了 gān). */
export const DEGREE: ReadonlySet<string> = new Set(["很", "太", "更", "最", "非常", "特别", "比较", "挺", "较", "极", "十分", "相当", "越来越", "多么", "这么", "那么", "有点", "有些", "有点儿", "稍微", "过于", "格外"]);

/** Words for a class something belongs to (蔷薇科, 汉藏语系, 一类): 属 before them is the verb. */
export const CATEGORY_END = /[科目纲门属族类系种]$/u;

/** The twelve animals of the zodiac (属猴 "born in the year of the monkey"). */
export const ZODIAC: ReadonlySet<string> = new Set([..."鼠牛虎兔龙蛇马羊猴鸡狗猪"]);

/** Aspect particles (了, 着, 过): what follows a verb and no noun, locative or given name. */
export const ASPECT_PARTICLES: ReadonlySet<string> = new Set(["了", "着", "过"]);

/** Numerals and demonstratives a measure word follows (一场, 两场, 这场, 几场). */
export const COUNT_OPENERS: ReadonlySet<string> = new Set([..."一二两三四五六七八九十几这那每"]);

/** Particles that close a spoken sentence (还我呀, 衣服还没干呢): after them nothing follows the predicate. */
export const FINAL_PARTICLES: ReadonlySet<string> = new Set(["呀", "啊", "吧", "呢", "嘛", "啦", "哦", "嘞", "哈", "呗", "喽", "咯"]);

/** Things that spin: their 转 and 转动 are zhuàn (everyday-frames.ts readingOfZhuan, word-senses.ts). */
export const SPINNING: ReadonlySet<string> = new Set([
  "洗衣机", "滚筒", "风扇", "电扇", "电风扇", "风车", "车轮", "轮子", "轮胎", "陀螺", "齿轮", "螺旋桨", "马达", "电机",
  "发动机", "涡轮", "叶轮", "叶片", "磨盘", "石磨", "转盘", "摩天轮", "转椅", "地球", "指针", "表针", "秒针", "唱片", "硬盘",
]);
