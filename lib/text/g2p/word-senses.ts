import type { TagOf } from "./frames";
import { PAUSE as CLAUSE_END, SPINNING } from "./frame-words";
import { wordReadings } from "./word-readings";

// Words CC-CEDICT lists with several readings, one per sense (also 倒车 dào chē "to reverse" / dǎo chē
// "to change trains"), where the g2pM checkpoint (trained on
// encyclopedic text) does not see the sense: 明朝 Míng Cháo "Ming dynasty" / míng zhāo "tomorrow
// morning", 大夫 dà fū "senior official" / dài fu "doctor". The sense shows in the sentence: the
// words next to it and their parts of speech, and words of the same field anywhere in it (医院 for
// the doctor, 利率 for a rate cut). Each reading lists its cues; the reading with strictly more cues
// present wins, else (no cue, or a tie) the model decides as for any multi-reading word.
//
// A cue is a word ("医院"), a jieba tag ("@r": a pronoun), "#" (a number: 0.25, 百分之五, 三, 六点), or
// "^" / "$" (the clause starts before / ends after the word). `prev` and `next` test the
// neighbouring tokens, `near` every token of the sentence. Counter-cases for every cue are in
// tests/unit/text/pinyin-senses.test.ts.

interface SenseCues {
  reading: string;
  /**
   * English for a reading CC-CEDICT lacks for the word (一行 yī háng "a line; a trade", where it has
   * only yī xíng "party; delegation"): the cues may choose it, and the token takes this gloss.
   */
  gloss?: string;
  prev?: string[];
  next?: string[];
  near?: string[];
}

const SENSES: Record<string, SenseCues[]> = {
  转动: [
    // Spinning about an axis: a wheel, a fan, laps and speeds (叶轮转动一圈).
    { reading: "zhuàn dòng", near: [...SPINNING, "圈", "一圈", "圈数", "转速", "匀速", "绕", "轴", "每分钟", "飞速"] },
    // Turning a part of the body (转动脖子, 转动身子).
    { reading: "zhuǎn dòng", near: ["身子", "身体", "脖子", "脑袋", "头", "腰", "眼珠", "眼珠子", "眼睛", "手腕", "脚踝"] },
  ],
  明朝: [
    // The dynasty: a time in history, read with other dynasties, eras, years and reigns.
    {
      reading: "míng cháo",
      prev: ["在", "从", "到", "于", "自", "至", "与", "和", "如", "中国", "@v", "@p"],
      next: ["的", "时", "时期", "时代", "年间", "初年", "末年", "初期", "中期", "后期", "末期", "初", "末", "中叶", "以来", "以后", "之前", "灭亡", "建立", "皇帝", "人", "政府", "朝廷", "军", "@n"],
      near: ["朝代", "王朝", "清朝", "元朝", "宋朝", "唐朝", "汉朝", "皇帝", "年间", "洪武", "永乐", "嘉靖", "万历", "历史", "古代", "朝廷"],
    },
    // Tomorrow morning: a time adverbial before its subject or verb, beside other days and hours.
    {
      reading: "míng zhāo",
      next: ["@r", "就", "再", "便", "一早", "早上", "早起"],
      near: ["今朝", "今日", "今夜", "今晚", "今天", "明日", "明天", "天亮", "清晨", "启程"],
    },
  ],
  大夫: [
    // A doctor: illness, hospitals, seeing one, and the doctor's surname before it (王大夫).
    {
      reading: "dài fu",
      prev: ["看", "看看", "去看", "找", "请", "叫", "问", "当", "位", "个", "名", "@nr"],
      near: ["医院", "病", "生病", "看病", "病人", "诊所", "医生", "护士", "药", "吃药", "发烧", "感冒", "手术", "治疗", "治病", "诊断", "疼", "大夫说", "医术", "医德", "药方", "处方", "开药", "病情", "患者", "中医", "西医", "牙科"],
    },
    // The official of imperial China: courts, states, ranks and titles.
    {
      reading: "dà fū",
      prev: ["士", "卿", "光禄", "谏议", "御史", "中", "上", "下"],
      near: ["古代", "朝廷", "诸侯", "国君", "君主", "官", "官职", "官员", "春秋", "战国", "周朝", "封", "爵位", "卿", "赠", "拜", "任", "担任", "阶层"],
    },
  ],
  起来: [
    // The verb "to get up" after its subject, a time or an adverb (早上起来, 他起来了, 快起来):
    // CC-CEDICT's qǐ lai; after a verb or an adjective it is the complement, both syllables neutral.
    { reading: "qǐ lai", prev: ["^", "@t", "@r", "#", "早上", "早晨", "每天", "天天", "一早", "赶紧", "快", "没", "还没", "才", "刚", "不想"] },
    { reading: "qi lai", prev: ["@v", "@a", "了"] },
  ],
  长牙: [
    // Teething: a baby's first teeth, as it happens (开始长牙了, 宝宝正在长牙).
    {
      reading: "zhǎng yá",
      prev: ["开始", "又", "会", "在", "正在", "刚", "才", "没", "还没", "已经", "宝宝", "婴儿", "孩子"],
      next: ["了", "啦", "期", "时", "的时候", "晚"],
      near: ["宝宝", "婴儿", "乳牙", "出牙", "月龄", "个月"],
    },
    // A tusk: of an elephant, a boar, a walrus.
    { reading: "cháng yá", prev: ["的", "对", "根", "一对", "两根"], near: ["大象", "象", "野猪", "海象", "象牙", "猛犸"] },
  ],
  长毛: [
    // Mould growing on food left too long (面包长毛了), hair growing.
    {
      reading: "zhǎng máo",
      prev: ["开始", "又", "会", "容易", "都", "已经", "面包", "馒头", "食物", "米饭", "饭菜"],
      next: ["了", "啦"],
      near: ["发霉", "霉", "霉菌", "变质", "放久", "放了", "面包", "馒头"],
    },
    // Long-haired animals and wool.
    { reading: "cháng máo", next: ["狗", "猫", "兔", "羊", "犬", "品种", "的"], near: ["品种", "绒", "宠物"] },
  ],
  便宜: [
    // Cheap: after a degree word or a negation, with prices, money, buying and selling, or taking
    // advantage (占便宜). The model read 这件衣服很便宜 biàn yí (seventh session).
    {
      reading: "pián yi",
      prev: ["很", "非常", "挺", "真", "太", "最", "特别", "十分", "相当", "不", "比较", "更", "还", "占", "贪", "买", "又", "也"],
      next: ["了", "点", "一点", "多了", "得多", "的", "货"],
      // 占 with a complement between (谁也没占到便宜, 占了不少便宜).
      near: ["价格", "价钱", "钱", "块", "元", "买", "卖", "贵", "打折", "东西", "衣服", "商品", "超市", "市场", "店", "好吃", "实惠", "划算", "饭馆", "占", "贪"],
    },
    // Convenient; expedient: the literary sense (便宜行事 is a word of its own).
    {
      reading: "biàn yí",
      near: ["行事", "之计", "从事", "施行"],
    },
  ],
  地道: [
    // Authentic: an adjective after a degree word, describing a dish, an accent or a language.
    {
      reading: "dì dao",
      prev: ["很", "非常", "挺", "真", "太", "最", "特别", "十分", "相当", "不", "不够", "不太", "口", "一口"],
      near: ["菜", "味道", "风味", "口音", "口味", "普通话", "英语", "汉语", "中文", "北京话", "小吃", "正宗", "做法", "说", "讲"],
    },
    // A tunnel: a thing dug, entered, counted with 条, with an entrance.
    {
      reading: "dì dào",
      prev: ["挖", "修", "挖掘", "修建", "钻", "进入", "穿过", "钻进", "条", "一条", "这条", "那条", "@m", "@q"],
      next: ["里", "中", "内", "口", "入口", "出口", "战", "尽头"],
      near: ["挖", "挖掘", "战士", "抗日", "地下", "隧道", "地道战", "敌人", "入口", "出口"],
    },
  ],
  正当: [
    // Legitimate; proper: before what is claimed or done by right (正当权益, 正当理由, 不正当竞争).
    {
      reading: "zhèng dàng",
      // (Beside other words of what is lawful or proper: 规范、正当合法, 正当合理.)
      prev: ["不", "很", "是否", "合法", "完全", "、"],
      next: ["权益", "权利", "利益", "理由", "要求", "防卫", "手段", "途径", "行为", "竞争", "职业", "收入", "渠道", "程序", "关切", "诉求", "贸易", "经营", "的", "合法", "合理", "、"],
    },
    // Just when; timely: before a time or a stage of life (正当其时, 正当年, 正当…之际).
    {
      reading: "zhèng dāng",
      next: ["其时", "时", "年", "壮年", "盛年", "青春", "之际", "此时", "关键"],
    },
  ],
  调升: [
    // Raised: a rate, a price or a rating, by a number of points (汇率调升56个基点).
    {
      reading: "tiáo shēng",
      next: ["#", "了", "至"],
      near: ["利率", "价格", "税率", "油价", "电价", "汇率", "中间价", "评级", "预期", "基点", "百分点", "幅度", "标准", "价", "率"],
    },
    // Promoted: a person moved up a rank.
    { reading: "diào shēng", near: ["职务", "职位", "为", "担任", "部长", "局长", "处长", "主任", "经理", "副"] },
  ],
  下调: [
    // Lowered: prices, rates, forecasts, ratings, by a number of points.
    {
      reading: "xià tiáo",
      next: ["#", "了", "至"],
      near: ["#", "利率", "价格", "税率", "油价", "房价", "电价", "汇率", "评级", "预期", "预测", "目标", "存款", "贷款", "准备金", "准备金率", "工资", "费率", "基点", "百分点", "幅度", "标准", "上调", "增速", "指导价", "价", "率"],
    },
    // Transferred down: a person moved to a lower unit or to the grassroots.
    {
      reading: "xià diào",
      next: ["到"],
      near: ["基层", "干部", "总部", "部门", "单位", "岗位", "任职", "工作", "职务", "地方", "机关", "公司"],
    },
  ],
  倒车: [
    // Reversing a vehicle: into a garage or a parking space, with mirrors, the reverse gear, a driver.
    {
      reading: "dào chē",
      prev: ["慢慢", "慢慢地", "往后", "向后"],
      next: ["入库", "进", "出", "时", "镜", "雷达", "影像"],
      near: ["车库", "车位", "停车", "停车场", "停车位", "倒车镜", "后视镜", "倒车雷达", "倒挡", "方向盘", "司机", "泊车", "车尾", "撞", "驾校", "驾照", "考试", "科目"],
    },
    // Changing trains or buses: stations, lines, transfers, how many times.
    {
      reading: "dǎo chē",
      prev: ["两次", "一次", "几次", "中途", "还得", "不用", "需要"],
      near: ["换乘", "地铁", "地铁站", "公交", "公交车", "公交站", "火车", "火车站", "汽车站", "车站", "站", "转车", "号线", "线路", "趟", "中转", "长途", "大巴", "直达", "机场", "高铁"],
    },
  ],
  好学: [
    // Studious: said of a person, with diligence, curiosity and marks.
    {
      reading: "hào xué",
      prev: ["从小", "勤奋", "聪明", "刻苦", "谦虚", "勤劳", "一向", "自幼"],
      next: ["好问", "上进", "不倦", "的"],
      near: ["勤奋", "聪明", "上进", "成绩", "刻苦", "好问", "学生", "孩子", "读书", "求知", "从小", "自幼"],
    },
    // Easy to learn: said of a language, a skill or a subject, often asked or denied.
    {
      reading: "hǎo xué",
      prev: ["不", "不太", "挺", "容易"],
      next: ["吗", "吧", "呢"],
      near: ["中文", "汉语", "英语", "日语", "语言", "外语", "课程", "技术", "乐器", "钢琴", "软件", "难学", "入门", "上手"],
    },
  ],
  孙子: [
    // A grandson: someone's (他的孙子), beside the family, or in apposition before a name (孙子朱允炆).
    {
      reading: "sūn zi",
      prev: ["的", "@r", "个", "和", "给", "了", "长", "小"],
      next: ["@nr", "@nrfg", "今年", "出生", "和", "们", "辈"],
      near: ["爷爷", "奶奶", "姥姥", "外公", "外婆", "儿子", "女儿", "孙女", "儿媳", "皇位", "传位", "传给", "家里", "上学", "大学", "祖父", "祖母"],
    },
    // Sun Tzu, the strategist: his book, his age and his trade.
    {
      reading: "sūn zǐ",
      next: ["兵法", "说", "曰", "云"],
      near: ["兵法", "孙武", "兵家", "军事家", "战略", "春秋", "吴王", "阖闾", "孙膑", "谋攻", "知己知彼"],
    },
  ],
  精神: [
    // Lively, in good spirits: a person's state, after a degree word or before 好, 不错, 多了.
    {
      reading: "jīng shen",
      prev: ["很", "真", "挺", "特别", "非常", "不", "有", "可", "多", "看起来", "看上去", "显得"],
      next: ["好", "不错", "多了", "多", "起来", "头", "点", "劲"],
      near: ["孩子", "老人", "睡", "休息", "看起来", "看上去", "打扮"],
    },
    // Spirit, mind: ideas, culture, a meeting's spirit, the mental side.
    {
      reading: "jīng shén",
      prev: ["的", "@n", "@v", "会议", "民族", "时代", "工匠", "团队", "奋斗", "科学", "创新"],
      next: ["@n", "上", "文明", "病", "疾病", "状态", "世界", "力量", "面貌", "生活", "财富", "支柱", "家园", "和"],
      near: ["思想", "文化", "贯彻", "学习", "弘扬", "传承", "物质", "心理", "党", "会议", "理念", "价值"],
    },
  ],
  片子: [
    // A film (or an X-ray film): counted by 部, made, shown and watched, read by a doctor.
    {
      reading: "piān zi",
      prev: ["部", "这部", "那部", "一部", "几部", "新", "老", "拍", "看", "拍摄"],
      near: ["电影", "导演", "拍摄", "上映", "演员", "影院", "剧情", "票房", "镜头", "好看", "医生", "医院", "拍片", "检查"],
    },
    // A thin flake, a small piece: of iron, wood, glass, paper; cut and broken.
    {
      reading: "piàn zi",
      prev: ["铁", "碎", "木", "纸", "玻璃", "金属", "竹"],
      near: ["碎", "切", "刀", "削", "铁", "木头", "玻璃", "锋利"],
    },
  ],
  故事: [
    // A story: told, heard, counted, written, China's story to tell (讲好中国故事).
    {
      reading: "gù shi",
      prev: ["个", "一个", "讲", "讲好", "听", "说", "的", "这个", "那个", "整个", "些", "小", "老", "爱情", "童话", "民间", "中国", "@m", "@q", "@a", "@v"],
      next: ["的", "里", "中", "讲", "情节", "会", "片", "书", "最后", "$", "@n", "@v"],
      near: ["讲", "听", "讲述", "小说", "电影", "童话", "作家", "写"],
    },
    // Old practice, precedent: of rites and institutions, in history.
    { reading: "gù shì", near: ["典故", "旧例", "沿袭", "典章", "礼制", "旧制"] },
  ],
  告诉: [
    // To tell someone: a person or a clause follows.
    {
      reading: "gào su",
      next: ["@r", "@nr", "@n", "@ns", "@nz", "@v", "了", "过", "大家", "记者", "我们", "你们", "他们", "别人", "人们", "家人", "孩子"],
      near: ["说", "记者", "消息", "知道"],
    },
    // To press charges, in law: the injured party's complaint to a court.
    { reading: "gào sù", near: ["法院", "起诉", "自诉", "告诉才处理", "刑事", "受害人", "被害人"] },
  ],
  分量: [
    // Weight, importance: had, carried, of words and speeches (很有分量).
    { reading: "fèn liang", prev: ["有", "很有", "的", "够", "足", "重", "份"], near: ["话", "发言", "讲话", "文章", "意见", "声音", "作用"] },
    // A component (of a vector), in mathematics and physics.
    { reading: "fēn liàng", prev: ["向量", "矢量", "的"], near: ["向量", "矢量", "分解", "坐标", "方向", "信号", "频率"] },
  ],
  多少: [
    // How much, how many: a question on an amount (有多少人, 多少钱？).
    {
      reading: "duō shao",
      prev: ["有", "是", "要", "花", "花了", "值", "卖", "买", "等于", "几", "不知", "知道"],
      next: ["钱", "人", "个", "年", "次", "天", "元", "块", "岁", "吨", "公里", "？", "?", "呢", "$", "@q", "@n"],
    },
    // More or less, somewhat (多少有些, 多少会): before a verb or adverb of degree.
    { reading: "duō shǎo", next: ["有些", "有点", "有点儿", "会", "也", "还", "带", "受到", "都"] },
  ],
  大都: [
    // For the most part: before a predicate.
    { reading: "dà dōu", next: ["是", "有", "在", "会", "为", "不", "已", "已经", "来自", "@v", "@a", "@d"] },
    // Dadu, the Yuan capital (元大都): with the Yuan dynasty and its founders.
    { reading: "dà dū", prev: ["元", "的"], near: ["元朝", "元代", "忽必烈", "建都", "都城", "定都", "蒙古"] },
  ],
  生意: [
    // Business, trade: done, talked, good or bad, with shops and money.
    {
      reading: "shēng yi",
      prev: ["做", "谈", "的", "笔", "一笔", "门", "小", "大", "好"],
      next: ["人", "好", "不好", "兴隆", "红火", "很好", "伙伴", "上"],
      near: ["买卖", "店", "老板", "赚钱", "顾客", "商人", "市场"],
    },
    // Life, vitality (生意盎然): spring and growing things.
    { reading: "shēng yì", next: ["盎然"], near: ["春天", "春意", "生机", "万物", "草木"] },
  ],
  空地: [
    // Vacant land: a plot, counted, built on, parked on.
    { reading: "kòng dì", prev: ["片", "块", "一片", "一块", "的", "这片", "那块", "大片"], near: ["房子", "种", "停车", "建", "盖", "广场"] },
    // Air-to-surface, of missiles and weapons.
    { reading: "kōng dì", next: ["导弹", "武器", "协同", "一体"], near: ["导弹", "空空", "战机", "飞机"] },
  ],
  弹片: [
    // Shrapnel: of shells and bombs, wounding.
    { reading: "dàn piàn", near: ["炸弹", "爆炸", "炮弹", "炸", "受伤", "击中", "伤", "手榴弹", "炮击"] },
    // A plectrum or a reed: of instruments.
    { reading: "tán piàn", near: ["吉他", "弹奏", "琴", "乐器", "拨"] },
  ],
  琢磨: [
    // To ponder, to turn over in the mind: colloquial, with a thought or a person after it.
    // Doubled (琢磨琢磨) or after how carefully (好好琢磨) it is thinking too.
    { reading: "zuó mo", prev: ["好好", "仔细", "反复", "认真", "琢磨"], next: ["着", "一下", "了", "过", "@r", "怎么", "琢磨"], near: ["想", "心里", "仔细"] },
    // To carve and polish (jade); to polish a text.
    { reading: "zhuó mó", near: ["玉", "玉石", "雕", "雕琢", "工艺", "璞玉"] },
  ],
  着棋: [
    // A move in chess after 一 or a demonstrative (下了一着棋, 这一着棋): 着 is the move zhāo.
    { reading: "zhāo qí", gloss: "a move (in chess)", prev: ["一", "这一", "那一", "每一"] },
  ],
  服药: [
    // A dose of (Chinese) medicine after a count or a demonstrative (这服药, 三服药): 服 is its measure word fù.
    { reading: "fù yào", gloss: "a dose of (Chinese) medicine", prev: ["这", "那", "每", "#"] },
  ],
  字帖: [
    // A copybook of calligraphy, to practise from or copy.
    // (A book of them: 这本字帖, 一本字帖.)
    // (Copied: 临一页颜真卿的字帖.)
    { reading: "zì tiè", prev: ["本", "这本", "那本", "一本", "几本"], near: ["书法", "练", "练习", "临摹", "临", "描红", "毛笔", "写字", "练字", "钢笔", "楷书", "行书", "草书"] },
    // A short note left for someone.
    { reading: "zì tiě", near: ["留", "留下", "留了", "便条", "给你"] },
  ],
  一行: [
    // A line of work or of text: after a demonstrative, in 干一行爱一行, before what is written.
    { reading: "yī háng", gloss: "a line (of work or text); a trade", prev: ["这", "那", "哪", "本", "同", "干", "爱", "每", "入", "转"], next: ["字", "诗", "代码"] },
    // A party travelling together: after who leads it, before its number or its arrival.
    { reading: "yī xíng", prev: ["@n", "@nr", "@nt", "代表团", "及其"], next: ["@m", "人", "抵达", "到达", "访问", "于", "乘", "参观"] },
  ],
  卡住: [
    // Stuck in the throat (鱼刺卡住喉咙): qiǎ, which CC-CEDICT lacks for the pair.
    { reading: "qiǎ zhù", gloss: "to get stuck (in the throat)", near: ["喉咙", "嗓子", "鱼刺", "骨头", "鱼骨", "噎", "咽"] },
  ],
  结了: [
    // Bore (fruit): a plant and its fruit.
    { reading: "jiē le", gloss: "bore (fruit)", near: ["果子", "果实", "果", "葡萄", "苹果", "桃子", "桃", "桃儿", "梨", "枣", "柿子", "石榴", "果儿", "瓜", "树上", "树", "果树", "桃树", "苹果树", "枣树"] },
    // That's that; tied, formed, settled (结了婚, 结了账).
    { reading: "jié le", next: ["婚", "账", "冰", "仇", "案"] },
  ],
  找着: [
    // Looking for, in progress: after an adverb of progress.
    { reading: "zhǎo zhe", gloss: "looking for (in progress)", prev: ["正", "在", "正在", "还在", "一直", "到处"] },
    // Found: after a negation or before 了 (没找着, 找着了).
    { reading: "zhǎo zháo", prev: ["没", "没有", "不", "才"], next: ["了"] },
  ],
  背着: [
    // Carrying on the back: a bag, a child, a load, counted (背着一个包) or not.
    {
      reading: "bēi zhe",
      next: ["书包", "背包", "包", "双肩包", "孩子", "小孩", "婴儿", "行李", "口袋", "箱子", "筐", "枪", "吉他", "老人", "伤员", "@m", "@mq"],
    },
    // Behind someone's back, in secret: a person or a group kept unaware.
    {
      reading: "bèi zhe",
      next: ["父母", "家人", "家里人", "老师", "妻子", "丈夫", "老婆", "老公", "领导", "别人", "大家", "人", "众人", "同事"],
      near: ["偷偷", "偷偷地", "悄悄", "悄悄地", "私下", "瞒着", "秘密"],
    },
  ],
  不了: [
    // After a verb, the complement "unable to" (吃不了, 受不了); alone, a polite "no thanks".
    { reading: "bù liǎo", prev: ["@v", "@a", "@vn", "@vd", "@ad"] },
    { reading: "bù le", prev: ["^"], next: ["$"] },
  ],
};

/** A number, or a clock time (六点, 7点半): 早上六点起来. */
const NUMBER = /^(?:[0-9０-９.．%％]+|[〇零一二两三四五六七八九十百千万亿]+|百分之.*|[0-9一二两三四五六七八九十]+点(?:半|钟|多)?)$/u;

function matches(cue: string, token: string | undefined, tagOf: TagOf): boolean {
  if (cue === "^" || cue === "$") return token === undefined || CLAUSE_END.test(token);
  if (token === undefined) return false;
  if (cue === "#") return NUMBER.test(token) || /[0-9０-９]/u.test(token);
  if (cue.startsWith("@")) return !CLAUSE_END.test(token) && tagOf(token) === cue.slice(1);
  return token === cue;
}

/**
 * A compound jieba keeps whole that ends in a cue word of two characters or more is a kind of it
 * (存款准备金率 is a 准备金率, 贷款利率 a 利率): it counts as the cue nearby.
 */
function endsWithWord(token: string | undefined, cue: string): boolean {
  return token !== undefined && cue.length >= 2 && token.length > cue.length && /^\p{Script=Han}+$/u.test(cue) && token.endsWith(cue);
}

/** Number of this reading's cues present around token i. */
function score(cues: SenseCues, tokens: string[], i: number, tagOf: TagOf): number {
  let n = 0;
  if (cues.prev?.some((c) => matches(c, tokens[i - 1], tagOf))) n++;
  if (cues.next?.some((c) => matches(c, tokens[i + 1], tagOf))) n++;
  for (const c of cues.near ?? []) if (tokens.some((t, k) => k !== i && (matches(c, t, tagOf) || endsWithWord(t, c)))) n++;
  return n;
}

/**
 * The reading of the multi-reading word tokens[i] its context points to, or null when the context
 * says nothing clear (the model decides then). The result is one of `readings`, or a reading the
 * cues give with a gloss of its own.
 */
export function senseReading(tokens: string[], i: number, tagOf: TagOf, readings: string[][]): string[] | null {
  const senses = SENSES[tokens[i]];
  if (!senses) return null;
  let best: SenseCues | null = null;
  let bestScore = 0;
  let tie = false;
  for (const sense of senses) {
    const s = score(sense, tokens, i, tagOf);
    if (s > bestScore) [best, bestScore, tie] = [sense, s, false];
    else if (s === bestScore && s > 0) tie = true;
  }
  if (!best || tie) return null;
  return readings.find((r) => r.join(" ") === best.reading) ?? (best.gloss ? best.reading.split(" ") : null);
}

/** Words whose cues may choose a reading their dictionary entry lacks (pinyin.ts asks them even with one reading). */
export const SENSE_WORDS: ReadonlySet<string> = new Set(Object.keys(SENSES));

/** The gloss the cues give a reading CC-CEDICT lacks for the word, or null. */
export function senseGloss(word: string, pinyin: string | null): string | null {
  return SENSES[word]?.find((sense) => sense.reading === pinyin)?.gloss ?? null;
}

/** Words with sense cues, and the readings a word's cues choose among (for tests). */
export const wordsWithSenses = (): string[] => Object.keys(SENSES);
export const senseReadingsOf = (word: string): string[] => (SENSES[word] ?? []).map((sense) => sense.reading);

/** The longest word with sense cues, in code units (all are BMP characters). */
const MAX_SENSE_WORD = Math.max(...Object.keys(SENSES).map((word) => word.length));

/**
 * A word of several readings with sense cues inside a token no dictionary has (正当权益: 正当 zhèng
 * dàng "legitimate" before 权益): read by its cues as if the token were cut around it. Fills `fixed`.
 */
export function sensesInsideToken(tokens: string[], t: number, tokenChars: string[], start: number, tagOf: TagOf, fixed: (string | null | undefined)[]): void {
  const n = tokenChars.length;
  for (let length = Math.min(n - 1, MAX_SENSE_WORD); length >= 2; length--) {
    for (let at = 0; at + length <= n; at++) {
      const word = tokenChars.slice(at, at + length).join("");
      if (!SENSE_WORDS.has(word)) continue;
      const readings = wordReadings(word)?.readings;
      if (!readings || readings.length < 2) continue;
      const before = tokenChars.slice(0, at).join("");
      const after = tokenChars.slice(at + length).join("");
      // Characters before the word that make no word of their own end in the one beside it (真受|不了:
      // 受 "to bear" is what 不了 follows).
      const lead = at > 1 && tagOf(before) === null ? [tokenChars.slice(0, at - 1).join(""), tokenChars[at - 1]] : before ? [before] : [];
      const cut = [...tokens.slice(0, t), ...lead, word, ...(after ? [after] : []), ...tokens.slice(t + 1)];
      const reading = senseReading(cut, t + lead.length, tagOf, readings);
      if (reading) reading.forEach((syllable, k) => (fixed[start + at + k] ??= syllable));
    }
  }
}
