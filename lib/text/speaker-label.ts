// "<speaker>：" at the start of a paragraph in a Q&A transcript: 塔斯社记者：, 王毅：, 主持人：, 问：
const MAX_LABEL = 20;
// Spaces may survive between Latin and Han ("CGTN 记者"), so single inner spaces are allowed.
const LABEL = /^([^\s，。！？；：:、“”‘’"（）()《》【】](?:[^\s，。！？；：:、“”‘’"（）()《》【】]| (?! )){0,19})[：:]/u;
// A colon after a reporting verb introduces reported speech ("王毅强调："), not a turn.
const REPORTING_VERB = /(?:说|说道|表示|指出|强调|认为|称|介绍|回答|透露|宣布|提到|呼吁|补充|问道|写道|谈到|坦言|主张|提出|希望|重申)$/u;
// Form-like field names that also end in a colon.
const NOT_SPEAKERS = new Set([
  "注", "注意", "备注", "附", "附件", "说明", "地址", "电话", "时间", "地点", "来源", "编辑", "责任编辑",
  "作者", "摘要", "关键词", "提示", "图", "编者按", "按", "原标题", "标题", "题目", "网址", "邮箱", "第一", "第二", "第三",
  "一是", "二是", "三是", "首先", "其次", "最后", "总之", "例如", "比如", "结论", "目标", "任务",
]);

/** The speaker label a paragraph starts with, without its colon, or null. */
export function speakerLabel(paragraph: string): string | null {
  const m = LABEL.exec(paragraph);
  if (!m) return null;
  const label = m[1];
  if ([...label].length > MAX_LABEL || REPORTING_VERB.test(label) || NOT_SPEAKERS.has(label)) return null;
  if (/^\d+$/.test(label)) return null; // times like 10:30
  return label;
}

const QUESTIONER = /记者|主持人|提问|网友|观众|听众|读者|^问$|^Q$|reporter|host|moderator/iu;
const ANSWERER = /发言人|^答$|^A$|spokes/iu;

/** Who asks by label alone: true (asks), false (answers), null (the label does not say). */
export function labelAsks(label: string): boolean | null {
  if (QUESTIONER.test(label)) return true;
  if (ANSWERER.test(label)) return false;
  return null;
}
