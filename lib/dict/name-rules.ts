// Character and word classes behind the name rules of lib/text/merge-names.ts. Each list is about
// what a character usually does in running news text, not about any one transcript.

/** Common Chinese surnames (single-character), by frequency. */
export const SURNAMES = new Set([
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温俞柯鲁葛伍庞翟戚骆倪柳傅齐蒙祁",
]);

/**
 * Forms of address that follow a surname and nothing else of one character (王老师, 曾先生, 张医生):
 * not ranks like 经理 or 局长, which also follow a place or unit (区经理 "district manager").
 */
export const ADDRESS_AFTER_SURNAME = new Set([
  "老师", "先生", "女士", "小姐", "太太", "夫人", "医生", "大夫", "教授", "同学", "师傅", "阿姨", "叔叔",
  "伯伯", "大爷", "大妈", "大姐", "大哥", "同志", "博士", "律师",
  // One-character kin terms people use for each other (李姐, 王哥, 张叔).
  "姐", "哥", "叔", "姨", "婶",
]);

/**
 * Ranks that follow a bare surname as a way of addressing someone (王主任, 李局长, 刘经理), but also
 * follow a unit (区经理 "district manager"): a surname before them is only read so where the words
 * before show a person is meant (新来的盖主任, 这位解局长; lib/text/g2p/surnames.ts).
 */
export const RANKS_AFTER_SURNAME = new Set([
  "主任", "局长", "处长", "科长", "所长", "厂长", "院长", "校长", "部长", "书记", "经理", "总监",
  "主席", "市长", "县长", "省长", "村长", "队长", "班长", "组长", "馆长", "站长", "社长", "行长",
  "董事长", "总裁", "老板", "教练", "警官", "法官", "会计", "大使", "将军", "总理",
]);

/** Titles and roles that introduce a name: 发言人毛宁, 总统卢拉, 行长潘功胜. */
export const TITLES = new Set([
  "主席", "副主席", "总书记", "书记", "总理", "副总理", "总统", "副总统", "首相", "外长", "外交部长",
  "部长", "副部长", "国务卿", "国务委员", "发言人", "大使", "总领事", "行长", "委员长", "委员",
  "省长", "市长", "院长", "主任", "秘书长", "司长", "局长", "董事长", "总裁", "教授", "记者",
  "将军", "国王", "女王", "王储", "总督", "议长", "大臣", "外交大臣", "防长", "国防部长", "财长",
  "总干事", "特使", "代表", "先生", "女士", "博士", "同志", "元首", "领导人", "总司令", "参谋长",
]);

/**
 * Roles and callings that stand right before a person's name (学者任继愈, 画家仇英, 门将曾诚,
 * 名将种师道), the titles above among them.
 */
export const ROLES_BEFORE_NAME = new Set([
  ...TITLES,
  "学者", "画家", "作家", "诗人", "词人", "才子", "名将", "大将", "将领", "门将", "球员", "前锋", "后卫",
  "中锋", "队长", "教练", "主教练", "选手", "棋手", "运动员", "演员", "歌手", "导演", "编剧", "主持人",
  "作者", "科学家", "书法家", "思想家", "哲学家", "史学家", "文学家", "艺术家", "音乐家", "画师",
  "名医", "丞相", "宰相", "太守", "知府", "县令", "院士", "工程师", "企业家", "创始人",
  "审判长", "审判员", "法官", "检察官", "律师", "民警", "警官", "主播", "通讯员",
  "校长", "区长", "县长", "镇长", "乡长", "村长", "厂长", "所长", "站长", "经理", "总经理", "董事", "医生", "护士",
  "议员", "冠军", "得主", "获得者", "队员", "机长", "船长", "法人", "负责人", "志愿者", "村民", "市民",
]);

/**
 * Whether a token is a role or calling before a name (ROLES_BEFORE_NAME), or ends with one of two
 * characters or more (本台记者, 新闻发言人, 女法官).
 */
export function isRoleBeforeName(token: string): boolean {
  if (ROLES_BEFORE_NAME.has(token)) return true;
  for (let n = Math.min(token.length - 1, 5); n >= 2; n--) if (ROLES_BEFORE_NAME.has(token.slice(-n))) return true;
  return false;
}

/** Verbs that follow a speaker's name: 黄循财表示, 卢拉指出. */
export const SPEECH_VERBS = new Set([
  "表示", "说", "指出", "强调", "称", "介绍", "回答", "宣布", "会见", "会晤", "出席", "访问", "致电",
  "主持", "发表", "认为", "透露", "提出", "呼吁", "签署", "通电话", "举行", "致辞", "讲话",
]);

/**
 * Nouns that follow the name of a place or institution: 卡拉斯科机场, 哈佛大学, 利雅得市. Like a speech
 * verb after a person, one of these after a transliteration says it is a name.
 */
export const NAME_HEADS = new Set([
  "机场", "国际机场", "港", "市", "州", "省", "县", "镇", "岛", "湾", "湖", "河", "大学", "学院", "公司",
  "集团", "银行", "酒店", "宫", "广场", "大街", "街", "大道", "体育场", "球场", "基地",
]);

/**
 * Prepositions and verbs of place: a transliteration right after one (在卡拉斯科降落, 抵达卡拉斯科) is
 * the name of a place, as one before a place noun is.
 */
export const PLACE_BEFORE = new Set(["在", "到", "从", "往", "去", "抵达", "到达", "飞抵", "前往", "来自", "途经", "离开"]);

/** Single characters that are (almost) never part of a given name: particles, prepositions, pronouns. */
export const NOT_GIVEN = new Set([..."的了在和与是说也都就对把被向从到为以及或而但又还将要会能可这那其之于等称他她它我你们们着过吗呢吧啊"]);

/**
 * Characters of transliterated foreign names (泽连斯基, 朔尔茨, 斯塔默, 布林肯). A run of tokens
 * made only of these, where some token is a fragment rather than a word, is a name.
 */
export const TRANSLIT = new Set([
  ..."阿埃艾安奥巴拜班邦贝本比彼宾波伯博布查达戴丹道德迪蒂丁杜多厄恩法菲费芬冯夫弗福盖冈戈格古哈海汉赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库拉莱赖兰朗劳勒雷黎里利莉连林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米明莫默姆穆纳娜奈内尼宁纽努诺帕潘佩彭皮珀普奇齐恰乔切钦琴丘萨塞桑瑟森沙莎尚舍什施朔斯松苏索塔泰坦汤特滕提图托瓦万威维沃乌武西希锡谢辛休雅亚扬耶伊因英尤约泽扎詹哲芝佐茨兹尔娃鲍列",
]);

/** Characters that mark a transliteration on their own (rare in native words). */
export const TRANSLIT_MARKERS = new Set([..."斯尔茨基娃夫默蒂兹姆诺维塔泽朔肯卢伊尼亚克"]);
