// News datelines: "新华社北京3月7日电", "本报北京3月7日电（记者 张三）", "中新网上海1月5日讯",
// "（中央社记者王大明台北1日电）" (traditional text is read as its simplified copy), and the
// reporter credit that web pages set on its own line under the headline: "（记者 张三 李四）".
const NUM = "[0-9一二三四五六七八九十〇]";
const DATELINE = new RegExp(
  `^[（(]?(?:新华社|中新社|本报|人民网|央视网|新华网|中新网|中国日报网|[\\p{Script=Han}]{1,8}(?:社|网|报|台))` +
    // The month may be left out (新华社北京7日电, 中央社记者王大明台北1日电); 电话, 电视 are no dateline.
    `[\\p{Script=Han}]{0,10}?(?:${NUM}{1,2}月)?${NUM}{1,3}日(?:电|讯)(?![话视脑影子力池梯器线网邮])` +
    `(?:\\s*[（(](?:记者|通讯员)[^（）()]{0,30}[）)])?[）)]?`,
  "u",
);
// The whole line is the credit: no sentence punctuation, names only after 记者/通讯员.
// Bracketed, or after the outlet, or ending in 报道: "记者会现场直击" is a heading, not a credit.
const CREDIT_BODY = "(?:特约)?(?:(?:记者|通讯员)[\\p{Script=Han}\\s、·]{2,30}?|评论员[\\p{Script=Han}]{0,4}?)";
const REPORTER_CREDIT = new RegExp(
  `^(?:[（(]${CREDIT_BODY}(?:报道)?[）)]|(?:本报|新华社|中新社|人民日报|光明日报|经济日报|[\\p{Script=Han}]{1,6}(?:社|报|网|台))${CREDIT_BODY}(?:报道)?|${CREDIT_BODY}报道)$`,
  "u",
);

// A lead without a date: "本报讯", "【明报专讯】" (Hong Kong papers), "（新华网讯）"; not 讯息, 讯号.
const UNDATED_LEAD = /^(?:【\p{Script=Han}{1,8}(?:专讯|讯)】|[（(]?(?:本报|\p{Script=Han}{1,6}(?:报|社|网))(?:专讯|讯)(?![息号问])[）)]?)/u;

/** The dateline a paragraph starts with, and the text after it. */
export function splitDateline(paragraph: string): { dateline: string; rest: string } | null {
  const m = DATELINE.exec(paragraph) ?? UNDATED_LEAD.exec(paragraph);
  if (!m) return null;
  return { dateline: m[0].trim(), rest: paragraph.slice(m[0].length).replace(/^[\s，：:]+/u, "") };
}

// A date on a line of its own under the headline: "2026年5月12日", "2026年5月12日 星期二".
const DATE_LINE = /^(?:\d{4}|[〇一二三四五六七八九零]{4})年\d{1,2}月\d{1,2}日(?:\s*(?:星期|周)[一二三四五六日天])?$/u;

export function isDateLine(paragraph: string): boolean {
  return DATE_LINE.test(paragraph.trim());
}

/** Whether a paragraph is only a reporter credit ("（记者 张三 李四）", "本报记者 王五"). */
export function isReporterCredit(paragraph: string): boolean {
  return paragraph.length <= 40 && REPORTER_CREDIT.test(paragraph.trim());
}
