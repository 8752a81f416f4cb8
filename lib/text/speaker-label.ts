import { placeNames, publicFigures } from "@/lib/dict/names";
import { cedictEntries, isVocabulary } from "@/lib/dict/cedict";
import { TRANSLIT, TRANSLIT_MARKERS } from "@/lib/dict/name-rules";
// Speaker labels: "<speaker>：" at the start of a paragraph in a Q&A or interview (塔斯社记者：,
// 王毅：, 主持人：, 问：). A colon after a clause ("中方的立场是：", "主要有如下几种：") is far more
// common in running text than a label, so a label is accepted only when its words look like a
// speaker — a role, a personal name, 问/答 — and never on the colon alone. Whether the document
// really is a dialogue (the labels recur, or a label stands on its own line) is decided by
// turn-labels, which sees the whole document and also takes a short label the text keeps using as
// one (小雨：, a chat's nickname that is also "light rain").
const MAX_LABEL = 20;
// Spaces may survive between Latin and Han ("CGTN 记者"), so single inner spaces are allowed.
// A parenthesis may follow with a name or a role (主持人（李华）：, 张三（外交部发言人）：).
const LABEL = /^([^\s，。！？；：:、“”‘’"（）()《》【】](?:[^\s，。！？；：:、“”‘’"（）()《》【】]| (?! )){0,19}(?:[（(][^\s，。！？；：:（）()]{1,15}[）)])?)[：:]/u;
// Transcripts also set the label in lenticular brackets: "【记者】请问…".
const BRACKET_LABEL = /^【([^\s，。！？；：:【】]{1,20})】[：:]?\s*/u;
const PARENTHESIS = /^(.+?)[（(](.+)[）)]$/u;

// Words that name who is speaking in a transcript: a role or an office, possibly after an
// organisation ("外交部发言人", "塔斯社记者") and before a name ("外交部长王毅", "主持人 李红").
const ROLES = [
  "记者", "主持人", "主播", "发言人", "嘉宾", "网友", "观众", "听众", "读者", "提问者", "采访者", "受访者",
  "总书记", "主席", "副主席", "总统", "副总统", "总理", "副总理", "首相", "国务委员", "部长", "外长", "副部长",
  "司长", "局长", "处长", "大使", "公使", "参赞", "领事", "特使", "代表", "委员", "委员长", "书记", "省长",
  "市长", "县长", "区长", "主任", "院长", "校长", "所长", "社长", "秘书长", "董事长", "总经理", "经理", "总裁",
  "教授", "研究员", "学者", "专家", "博士", "老师", "教师", "学生", "医生", "律师", "法官", "检察官", "警官",
  "村民", "居民", "市民", "工人", "农民", "志愿者", "演员", "导演", "作家", "旁白", "解说", "画外音",
  "解说员", "评论员", "教练", "裁判",
];
const ENDS_IN_ROLE = new RegExp(`(?:${ROLES.join("|")})$`, "u");
// The common Chinese surnames (single and compound): a 2–3 character label that opens with one
// is most likely a personal name (王毅, 毛宁, 欧阳明). "中方", "主要", "目前" do not open with one.
const SURNAMES_1 =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
const SURNAMES_2 = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐"];
const HAN_NAME = new RegExp(`^(?:[${SURNAMES_1}]|${SURNAMES_2.join("|")})\\p{Script=Han}{1,2}$`, "u");
// How friends and colleagues are called in chats and scripts: 老/小 + a surname (老张, 小李), 阿 +
// one character (阿强, 阿姨). 小时, 小康, 老实 are words: see isNickname.
const NICKNAME = new RegExp(`^(?:[老小][${SURNAMES_1}]|阿\\p{Script=Han})$`, "u");
// Transliterated foreign names keep their middle dot (谢尔盖·拉夫罗夫); Latin names are capitalised.
const FOREIGN_NAME = /^\p{Script=Han}{1,6}(?:[·・•]\p{Script=Han}{1,8}){1,3}$/u;
const LATIN_NAME = /^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}$/;

/**
 * A personal name without a middle dot: a listed public figure (拉夫罗夫, 岸田文雄), or a run of 3–6
 * transliteration characters with at least two typical of names (斯, 尔, 夫…: 佩斯科夫), as
 * merge-names recognises them in running text.
 */
function isUndottedName(words: string): boolean {
  if (publicFigures().has(words)) return true;
  const chars = [...words];
  if (chars.length < 3 || chars.length > 6 || !chars.every((c) => TRANSLIT.has(c))) return false;
  if (chars.filter((c) => TRANSLIT_MARKERS.has(c)).length < 2) return false;
  // Country and place names are written with the same characters (阿尔巴尼亚, 克罗地亚); a run the
  // dictionaries know is such a name (the people they know are in the figures list or dotted).
  return !placeNames().has(words) && cedictEntries(words).length === 0;
}
const QA = /^(?:问|答|男|女|甲|乙|Q|A|Q\d{1,2}|A\d{1,2})$/u;
const LATIN_ROLE = /^(?:[A-Z]{2,8} ?)?(?:reporter|journalist|host|moderator|interviewer|spokesperson|spokesman|spokeswoman|question|answer)$/iu;

// Addressing the audience ("各位代表：", "同志们：", "尊敬的主席先生：") opens a speech; it names the
// listeners, not the speaker.
const VOCATIVE = /^(?:各位|诸位|尊敬的|亲爱的)|们$|^(?:女士们|先生们)/u;

// "张三说：" and "王毅表示：" report speech inside running text; a turn label names the speaker alone.
// A role that ends in the same character (解说 "commentator") is no report.
const REPORTS_SPEECH = /(?:说|说道|表示|指出|强调|认为|称|声称|介绍|回答|答道|问道|透露|坦言|直言|回应)$/u;
const reportsSpeech = (words: string) => REPORTS_SPEECH.test(words) && !QA.test(words) && !ENDS_IN_ROLE.test(words);

const isWord = isVocabulary;
// 时间, 高度, 文化 open with a surname too: a label alone is a name when no dictionary knows it as
// a word (a recurring one still counts in detect-structure: 高峰).
const isNickname = (words: string) => NICKNAME.test(words) && (words[0] === "阿" || !isWord(words));

/**
 * Whether a label's words name a speaker: 问/答, a role (with its organisation or name), or a name;
 * with a parenthesis, either part (主持人（李华）, 李华（主持人）).
 */
export function looksLikeSpeaker(label: string): boolean {
  const parts = PARENTHESIS.exec(label);
  if (parts) return looksLikeSpeaker(parts[1]) || looksLikeSpeaker(parts[2]);
  const words = label.replace(/ /g, "");
  if (VOCATIVE.test(words)) return false;
  if (reportsSpeech(words)) return false;
  if (QA.test(label) || LATIN_ROLE.test(label) || LATIN_NAME.test(label)) return true;
  if ((HAN_NAME.test(words) && !isWord(words)) || FOREIGN_NAME.test(words) || isUndottedName(words) || isNickname(words)) return true;
  // "<organisation><role>", "<name><role>" (王毅外长) or "<organisation><role><name>" (外交部长王毅).
  if (ENDS_IN_ROLE.test(words)) return true;
  const lastWord = label.slice(label.lastIndexOf(" ") + 1);
  if (lastWord !== label && LATIN_NAME.test(lastWord) && ENDS_IN_ROLE.test(label.slice(0, label.lastIndexOf(" ")).replace(/ /g, ""))) return true;
  for (const n of [2, 3, 4, 5, 6]) {
    const name = words.slice(-n);
    if ((HAN_NAME.test(name) || FOREIGN_NAME.test(name) || isUndottedName(name)) && ENDS_IN_ROLE.test(words.slice(0, -n))) return true;
  }
  return false;
}

export interface LabelCandidate {
  label: string;
  /** Where the label starts in the paragraph (1 inside 【】; else 0). */
  at?: number;
  /** The paragraph after the label and its colon. */
  rest: string;
}

/**
 * The "<label>：" a paragraph starts with, whatever its words; null otherwise. A colon followed by
 * an opening quotation mark introduces a quotation ("张三说：“…”"), not a turn.
 */
export function labelAt(paragraph: string): LabelCandidate | null {
  const bracket = BRACKET_LABEL.exec(paragraph);
  if (bracket) return { label: bracket[1], at: 1, rest: paragraph.slice(bracket[0].length) };
  const m = LABEL.exec(paragraph);
  if (!m) return null;
  const label = m[1];
  if ([...label].length > MAX_LABEL) return null;
  const rest = paragraph.slice(m[0].length).trimStart();
  if (/^[“‘「『"]/u.test(rest)) return null;
  return { label, rest };
}

/** The "<label>：" a paragraph starts with when it looks like a speaker; null otherwise. */
export function speakerLabel(paragraph: string): LabelCandidate | null {
  const c = labelAt(paragraph);
  return c && looksLikeSpeaker(c.label) ? c : null;
}

// Short labels that may still name a speaker, though their words do not say so (小雨 "light rain",
// 阿强, a user name): 1–4 Han characters or a user name, without function words, not an item of a
// list (第一, 一是, 其二, 3) and not an address or reported speech. The text decides (detect-structure):
// such a label counts when it recurs, or once inside a dialogue.
const SHORT_LABEL = /^(?:\p{Script=Han}{1,4}|[A-Za-z][A-Za-z0-9_.-]{0,15})$/u;
const FUNCTION_CHARS = /[的了是在与也都就对把被这那我你他她它吗呢吧啊或而但如因所]/u;
const LIST_ITEM = /^第|[0-9一二三四五六七八九十]是$|^其[一二三四五六七八九十]$|^[0-9零〇一二三四五六七八九十百]+$/u;

/** Whether a short label may name a speaker when the text shows it is a turn label. */
export function mayNameSpeaker(label: string): boolean {
  return SHORT_LABEL.test(label) && !FUNCTION_CHARS.test(label) && !LIST_ITEM.test(label) && !VOCATIVE.test(label) && !reportsSpeech(label);
}

const QUESTIONER = /记者|主持人|主播|提问|网友|观众|听众|读者|采访者|^问$|^Q\d*$|reporter|journalist|host|moderator|interviewer|question/iu;
const ANSWERER = /发言人|受访者|^答$|^A\d*$|spokes|answer/iu;

/** Who asks by label alone: true (asks), false (answers), null (the label does not say). */
export function labelAsks(label: string): boolean | null {
  if (QUESTIONER.test(label)) return true;
  if (ANSWERER.test(label)) return false;
  return null;
}
