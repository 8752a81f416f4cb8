// Words news prose uses in a sense CC-CEDICT lacks or gives only for another field, where the
// sentence names what the sense is about: 政策落地 "the policy is put into effect", not "falls to
// the ground"; 经济回暖 "the economy picks up", not "the weather warms up again"; in a match,
// 破门 "to score", not "to burst open a door". Each sense has the
// words that call for it anywhere in the sentence (or right after the word); without one the
// dictionary's gloss stays (苹果落地, 气温回暖). Counter-cases: tests/unit/text/news-senses.test.ts.

interface NewsSense {
  gloss: string;
  /** Words in the sentence (a token equal to one, or ending in one of two characters or more). */
  near: readonly string[];
}

/** What policy words are about: plans and measures, and their effects. */
const POLICY = ["政策", "措施", "举措", "项目", "方案", "改革", "规划", "计划", "制度", "协议", "合作", "成果", "倡议", "见效", "生根", "实施", "部署", "要求"];
/** Economies and markets. */
const ECONOMY = ["经济", "市场", "消费", "楼市", "股市", "房地产", "需求", "行业", "产业", "出口", "进口", "投资", "制造业", "景气", "就业", "物价", "价格"];

/** A match and its parts. */
const SPORT = ["比赛", "进球", "球", "球队", "主队", "客队", "射门", "角球", "门将", "比分", "冠军", "半场", "上半场", "下半场", "联赛", "赛季", "决赛", "半决赛", "球员", "主教练", "教练", "积分榜", "胜局", "晋级"];

/** A stove and what is cooked on it. */
const COOKING = ["炒", "翻炒", "煮", "炖", "煎", "蒸", "焖", "烧", "炸", "锅", "锅里", "烧开", "煮沸", "关火", "转", "改", "收汁", "油", "汤"];

/** Phones and software. */
const SOFTWARE = ["下载", "安装", "商店", "上架", "手机", "软件", "用户", "更新", "卸载", "注册", "界面", "苹果", "安卓", "平台"];

const NEWS_SENSES: ReadonlyMap<string, NewsSense> = new Map([
  ["落地", { gloss: "to be put into effect; to take root (of a policy or project; lit. to land)", near: POLICY }],
  ["回暖", { gloss: "to pick up again (of an economy or market; lit. to warm up again)", near: ECONOMY }],
  ["降温", { gloss: "to cool down (of a market, demand or tension)", near: [...ECONOMY, "局势", "关系", "热度"] }],
  ["承压", { gloss: "to be under pressure", near: [...ECONOMY, "财政", "企业", "增长", "经营"] }],
  // A program on a phone (该应用已上架, 应用商店): CC-CEDICT's "(computing) app" comes last.
  ["应用", { gloss: "app; application (software)", near: SOFTWARE }],
  // The flame under a pot (大火快炒, 转小火炖): CC-CEDICT's 大火 is "conflagration", 小火 and 中火 it lacks.
  ["大火", { gloss: "high heat (in cooking)", near: COOKING }],
  ["中火", { gloss: "medium heat (in cooking)", near: COOKING }],
  ["小火", { gloss: "low heat (in cooking)", near: COOKING }],
  // A match: the goal scored, the win made safe (CC-CEDICT: "to burst open a door", "to lock (a door)").
  ["破门", { gloss: "to score a goal (in football, hockey etc)", near: SPORT }],
  ["锁定", { gloss: "to clinch; to secure (a win, a place)", near: SPORT }],
]);

/** The words that have a news sense (context-gloss.ts asks no other rule of its here about the rest). */
export const NEWS_SENSE_WORDS: ReadonlySet<string> = new Set(NEWS_SENSES.keys());

interface Token {
  text: string;
}

const endsWithWord = (token: string, cue: string) => cue.length >= 2 && token.length > cue.length && token.endsWith(cue);

/** The news sense of tokens[i] where its sentence names what it is about, else null. */
export function newsSenseGloss(tokens: readonly Token[], i: number): string | null {
  const sense = NEWS_SENSES.get(tokens[i].text);
  if (!sense) return null;
  for (let k = 0; k < tokens.length; k++) {
    if (k === i) continue;
    const t = tokens[k].text;
    if (sense.near.some((cue) => t === cue || endsWithWord(t, cue))) return sense.gloss;
  }
  return null;
}
