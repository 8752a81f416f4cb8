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
  { reason: "editor credit", test: (l) => l.length <= 30 && /^[（(]?(?:责任编辑|责编|编辑)[：:]\s*[^，。]{1,12}[）)]?$/u.test(l) },
];

/** The reason a line is page furniture, or null when it is text. */
export function noiseReason(line: string): string | null {
  for (const rule of RULES) if (rule.test(line)) return rule.reason;
  return null;
}

/** Photo credits end a caption block: the caption text just above them goes with them. */
export function isPhotoCredit(reason: string | null): boolean {
  return reason === "photo credit";
}
