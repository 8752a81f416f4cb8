// Lines that are page furniture, not text: photo credits, page markers, end marks. Each rule is
// general newspaper layout, not something seen once. Lines are tested after normalizeLine.
interface NoiseRule {
  reason: string;
  test: (line: string) => boolean;
}

const SENTENCE_PUNCT = /[，。！？；]/;

const RULES: NoiseRule[] = [
  {
    // "新华社记者 刘大伟 摄", "（新华社记者 李学仁 摄）", "本报记者 张三 摄", "张三 李四 摄"
    reason: "photo credit",
    test: (l) =>
      l.length <= 40 &&
      !SENTENCE_PUNCT.test(l) &&
      /^[（(]?[^（()）]*?(?:\s|记者|通讯员)摄[）)]?$/u.test(l),
  },
  {
    // "（新华社发）", "（新华社发 王鹏 摄）", "（资料图片）", "（图片来源：视觉中国）", "图片来源：…"
    reason: "photo credit",
    test: (l) =>
      l.length <= 40 &&
      (/^[（(][^（()）]{0,20}?(?:社|网|报)发[^（()）]{0,20}[）)]$/u.test(l) ||
        /^[（(]?(?:资料图片|图片来源[：:][^）)]*|图[：:][^）)]*)[）)]?$/u.test(l)),
  },
  {
    // "（下转A06版）", "(上接第3版)", "转第5页", "第3版", "A06版"
    reason: "page marker",
    test: (l) =>
      /^[（(]?\s*(?:(?:下|上)?(?:转|接)\s*)?(?:第\s*)?[A-Za-z]?\s*[0-9一二三四五六七八九十]{1,3}\s*(?:版|页|面)\s*[）)]?$/u.test(l) ||
      /^[-—–]{1,3}\s*\d{1,3}\s*[-—–]{1,3}$/.test(l),
  },
  { reason: "end mark", test: (l) => /^[（(]完[）)]$/.test(l) },
  {
    // Web-page metadata: "2024-11-16 来源：新华网", "发布时间：2024-11-16 10:30", "2024-11-16 10:30:05"
    reason: "source line",
    test: (l) =>
      l.length <= 60 &&
      (/^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)?(?:来源|发布时间|发布日期|字号|浏览次数)[：:]/u.test(l) ||
        /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.test(l)),
  },
  {
    // "责任编辑：张三", "【责任编辑：李四】", "编辑：张三 校对：李四", "（编辑 王五）"
    reason: "editor credit",
    test: (l) =>
      l.length <= 60 &&
      !/[，。！？]/u.test(l) &&
      /^[（(【\[]?(?:责任编辑|责编|编辑|校对|审核|审校|终审|监制|值班编辑|编审|主编|制作|策划|统筹|文字|视频)\s*[：: ]\s*\S/u.test(l),
  },
  // Web-page furniture. Each rule also requires the line to be short and free of sentence
  // punctuation: a sentence that mentions sharing, copyright or navigation stays text.
  {
    // "首页 > 时政 > 正文", "当前位置：首页>新闻>国内", "您现在的位置： 首页 » 新闻"
    reason: "navigation",
    test: (l) =>
      l.length <= 80 &&
      !SENTENCE_PUNCT.test(l) &&
      (/^(?:当前位置|您的位置|您现在的位置|所在位置|位置)[：:]/u.test(l) ||
        (l.split(/\s*(?:>|＞|›|»|→|\/)\s*/u).length >= 3 && /^(?:首页|主页|网站首页)/u.test(l.trim()))),
  },
  {
    // A menu bar: five or more short items separated by spaces or bars ("首页 新闻 时政 国际 财经").
    reason: "navigation",
    test: (l) => {
      if (l.length > 80 || SENTENCE_PUNCT.test(l)) return false;
      const items = l.split(/\s*[|｜丨]\s*|\s+/u).filter(Boolean);
      return items.length >= 5 && items.every((w) => /^\p{Script=Han}{1,4}$/u.test(w));
    },
  },
  {
    // "分享到：微信 微博 QQ空间", "分享：", "微信 微博 QQ"
    reason: "share bar",
    test: (l) =>
      l.length <= 50 &&
      !SENTENCE_PUNCT.test(l) &&
      (/^(?:分享到|分享至|分享\s*[：:])/u.test(l) || /^(?:(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣|人人网|Facebook|Twitter|X)\s*){3,}$/iu.test(l)),
  },
  {
    // "版权所有 © 新华网", "Copyright © 2024", "京ICP备12345678号", "京公网安备 11010502000001号"
    reason: "copyright",
    test: (l) =>
      l.length <= 160 &&
      !/[。！？]/u.test(l) &&
      /ICP备|ICP证|公网安备|©|Copyright|版权所有|互联网新闻信息服务许可证|违法和不良信息举报|未经.{0,6}(?:授权|许可).{0,12}(?:转载|复制|使用)/iu.test(l),
  },
  {
    // "扫一扫在手机打开当前页", "扫描二维码关注我们", "长按识别二维码"
    reason: "QR prompt",
    test: (l) => l.length <= 40 && !SENTENCE_PUNCT.test(l) && /扫一扫|扫码|二维码|长按识别/u.test(l),
  },
  {
    // "【纠错】", "【打印】 【关闭】", "打印本页 关闭窗口", "字号：大 中 小", "返回顶部", "上一篇："
    reason: "page buttons",
    test: (l) =>
      l.length <= 60 &&
      (/^(?:[【[]\s*(?:纠错|打印|关闭|收藏|评论|打印本页|关闭窗口|返回顶部|字号|大|中|小|我要纠错|推荐|复制链接|进入专题)\s*[】\]]\s*)+$/u.test(l) ||
        (!SENTENCE_PUNCT.test(l) &&
          (/^(?:(?:打印本页|关闭窗口|返回顶部|收藏本文|我要评论|打印|关闭|纠错|返回|登录|注册|点赞)\s*)+$/u.test(l) ||
            /^(?:字号|字体)[：:]\s*(?:大|中|小|\s)+$/u.test(l) ||
            /^(?:评论|跟帖|阅读|点赞)\s*[（(]?\d+[）)]?$/u.test(l)))),
  },
  {
    // Links to neighbouring articles: "上一篇：…", "下一篇：…"
    reason: "related links",
    test: (l) => l.length <= 80 && /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[：:]?/u.test(l) && !/[。！？]$/u.test(l),
  },
];

// Headers of a list of links ("相关新闻", "推荐阅读"): the header and the short lines under it go.
const LINK_LIST_HEADER = /^[【[]?(?:相关新闻|相关阅读|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|热点推荐|热门推荐|猜你喜欢|更多新闻|更多阅读|往期回顾|精彩推荐|热门文章|最新新闻|相关专题)[】\]]?[：:]?$/u;

export function isLinkListHeader(line: string): boolean {
  return LINK_LIST_HEADER.test(line.trim());
}

/** A line in a list of links: short, and not a sentence (no final full stop, no comma). */
export function isLinkLine(line: string): boolean {
  return line.length <= 50 && !/[。！？]$/u.test(line) && !/[，；]/u.test(line);
}

// Buttons glued to the end of the last paragraph: "…举行会谈。【纠错】".
const TRAILING_BUTTONS = /(?:\s*【(?:纠错|打印|关闭|收藏|我要纠错|责任编辑[：:][^】]{1,20})】)+\s*$/u;

/** The line without buttons glued to its end, and the buttons, or null when there are none. */
export function splitTrailingButtons(line: string): { text: string; buttons: string } | null {
  if (!line.includes("】")) return null; // every button closes with one
  const m = TRAILING_BUTTONS.exec(line);
  if (!m || m.index === 0) return null;
  return { text: line.slice(0, m.index), buttons: m[0].trim() };
}

/** The reason a line is page furniture, or null when it is text. */
export function noiseReason(line: string): string | null {
  for (const rule of RULES) if (rule.test(line)) return rule.reason;
  return null;
}

/** Photo credits end a caption block: the caption text just above them goes with them. */
export function isPhotoCredit(reason: string | null): boolean {
  return reason === "photo credit";
}
