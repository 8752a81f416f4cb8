import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { glossaryFileSchema, type GlossaryFile } from "@/lib/dict/glossary-schema";

const FILE = path.resolve(import.meta.dirname, "../../../lib/dict/data/glossary.json");
const raw: unknown = JSON.parse(fs.readFileSync(FILE, "utf8"));

// Set phrases, formulations, chengyu, proverbs and classical quotations of the seed transcript
// (Wang Yi's press conference, 7 March 2025), in the form in which they occur there (punctuation
// removed). Each must be a glossary term or one of an entry's variants.
const SEED_TERMS = [
  // opening remarks
  "一如既往", "阔步前行", "领航掌舵", "高质量发展", "变乱交织", "人类命运共同体", "初心不改",
  "人间正道", "时代潮流", "国际公平正义",
  // head-of-state diplomacy
  "元首外交", "亲自擘画", "身体力行", "历历在目", "和平共处五项原则", "中非合作论坛", "中阿合作论坛",
  "主场外交", "全球南方", "携手共进", "金砖", "守正创新", "中国式现代化", "热点难点问题",
  "中国人民抗日战争", "世界反法西斯战争", "上海合作组织", "双向奔赴", "相互成就",
  // China-Russia
  "内生动力", "永久睦邻友好", "合作共赢", "根本利益", "不结盟不对抗不针对第三方", "新型大国关系",
  "一时一事", "地缘博弈", "全面战略合作伙伴关系", "浴血奋战", "正确二战史观", "以联合国为核心的国际体系",
  "更加公正合理",
  // China's role in a turbulent world
  "动荡不安", "坚定不移", "站在历史正确的一边", "自强不息", "从不惹事更不怕事", "极限施压", "威胁讹诈",
  "众志成城", "中华民族伟大复兴", "中国特色热点问题解决之道", "团结自强", "和平发展", "行稳致远",
  "光明大道", "真正的多边主义", "以人类前途为怀以人民福祉为念", "共商共建共享", "全球治理",
  "联合国宪章的宗旨和原则", "平等有序的世界多极化", "高水平对外开放", "多边自由贸易体制",
  "普惠包容的经济全球化",
  // America First; the community with a shared future
  "美国优先", "实力地位", "丛林法则", "首当其冲", "公理胜强权", "强权即公理", "唯利是图", "恃强凌弱",
  "没有永远的朋友只有永远的利益", "命运与共", "地球村", "天下为公", "会当凌绝顶一览众山小",
  "三大全球倡议", "一带一路", "共建一带一路",
  // Global South
  "风起云涌", "风从南方起潮自南方来", "世界百年大变局", "此消彼长", "代表性和话语权", "话语权",
  "携手同行", "反殖反霸",
  "风云变幻", // occurs split: 无论国际风云如何变幻
  // Ukraine
  "政治解决", "四个应该", "穿梭外交", "和平之友", "客观公正", "错综复杂", "冰冻三尺非一日之寒",
  "非一日之功", "难得可贵", "建设性作用", "一国的安全不能建立在别国的不安全之上",
  "共同综合合作可持续的新安全观", "长治久安",
  // science and technology
  "异军突起", "两弹一星", "科技强国", "一片坦途", "无理打压", "哪里有封锁哪里就有突围", "哪吒闹海",
  "一飞冲天", "青山遮不住毕竟东流去", "小院高墙", "脱钩断链", "铁幕", "全球人工智能治理倡议",
  "人工智能能力建设普惠计划", "开放科学国际合作倡议", "不让任何一个国家掉队", "星辰大海",
  // China-US
  "相互尊重", "打压遏制", "两面人", "人道主义精神", "以怨报德", "行有不得反求诸己", "关税战", "贸易战",
  "互利共赢", "坚决反制", "和平共处", "共同繁荣", "相互尊重和平共处合作共赢", "正确相处之道",
  "大国担当", "新动能",
];

const HAN_ONLY = /[^\p{Script=Han}]/gu;
// Lowercase pinyin letters, tone-marked vowels and ü; no digits, no capitals.
const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

describe("lib/dict/data/glossary.json", () => {
  const parsed = glossaryFileSchema.safeParse(raw);

  it("matches glossaryFileSchema", () => {
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 10)).toEqual([]);
  });

  const file = (parsed.success ? parsed.data : { version: "", description: "", entries: [] }) as GlossaryFile;
  const entries = file.entries;

  it("has a version and a description", () => {
    expect(file.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(file.description.length).toBeGreaterThan(100);
  });

  it("has at least 500 entries", () => {
    expect(entries.length).toBeGreaterThanOrEqual(500);
  });

  // A variant is the same expression written another way (punctuated, shortened, lengthened): it
  // shares the entry's English. A different expression is an entry of its own with its own English.
  const byForm = new Map<string, (typeof entries)[number]>();
  for (const e of entries) for (const f of [e.term, ...(e.variants ?? [])]) byForm.set(f.replace(HAN_ONLY, ""), e);

  it("gives each formerly mis-rendered variant its own English", () => {
    const expected: Record<string, string> = {
      爱国者治澳: "patriots administering Macao",
      澳人治澳: "Macao people administering Macao",
      一个中国: "one China",
      零和思维: "zero-sum thinking",
      台湾同胞: "Taiwan compatriots",
      中国智慧: "Chinese wisdom",
      政治互信: "political mutual trust",
      敢于斗争: "dare to struggle",
      本国优先: "putting one's own country first",
      新时代全面战略协作伙伴关系: "comprehensive strategic partnership of coordination for a new era",
      全面战略协作伙伴关系: "comprehensive strategic partnership of coordination",
    };
    for (const [form, english] of Object.entries(expected)) expect([form, byForm.get(form)?.english]).toEqual([form, english]);
    expect(byForm.get("新时代全面战略合作伙伴关系")?.english).not.toMatch(/coordination/);
  });

  it("gives every variant in other words than its term an English of its own, and lists no variant twice", () => {
    const lacking = entries.flatMap((e) => (e.variants ?? []).filter((v) => v.replace(HAN_ONLY, "") !== e.term && !e.variantEnglish?.[v]));
    expect(lacking).toEqual([]);
    const twice = entries.flatMap((e) => (e.variants ?? []).filter((v, i, all) => all.indexOf(v) !== i));
    expect(twice).toEqual([]);
    // Same words as the term (punctuation aside): the term's English, no English of its own.
    const redundant = entries.flatMap((e) => Object.keys(e.variantEnglish ?? {}).filter((v) => v.replace(HAN_ONLY, "") === e.term));
    expect(redundant).toEqual([]);
  });

  it("does not lend a formulation's English to plain words", () => {
    for (const word of ["打压", "互信"]) expect([word, byForm.get(word)?.term ?? null]).toEqual([word, null]);
  });

  it("keeps variants close to their term (at least half the characters of the shorter in the longer)", () => {
    const far = entries.flatMap((e) =>
      (e.variants ?? []).filter((v) => {
        const a = [...v.replace(HAN_ONLY, "")];
        const b = [...e.term];
        const share = (x: string[], y: string[]) => x.filter((c) => y.includes(c)).length / x.length;
        return Math.max(share(a, b), share(b, a)) < 0.5;
      }),
    );
    expect(far).toEqual([]);
  });

  it("glosses long phrases literally by meaningful parts, not character by character", () => {
    const perCharacter = entries.filter((e) => e.kind === "phrase" && [...e.term].length >= 6 && e.literal.split(" + ").length >= [...e.term].length);
    expect(perCharacter.map((e) => `${e.term}: ${e.literal}`)).toEqual([]);
    expect(byForm.get("人类命运共同体")?.literal).toBe("humankind + destiny + community");
  });

  it("has every core formulation that was missing (issue 7)", () => {
    const required = [
      "以习近平同志为核心的党中央", "两个结合", "独立自主的和平外交政策", "反分裂国家法", "联大第2758号决议",
      "台湾问题是中国核心利益中的核心", "对话而不对抗", "亚洲安全观", "上海精神", "丝路精神", "中非命运共同体",
      "亚太命运共同体", "和平赤字", "治理赤字", "八项行动", "二十国集团", "亚太经合组织", "战略自主", "战略定力",
      "不首先使用核武器", "南海仲裁案", "旧金山愿景", "两国方案", "稳定健康可持续", "以进促稳先立后破",
      "两个毫不动摇", "八项规定", "全国统一大市场", "制度型开放", "涉台", "稳中向好", "国之大者", "钉钉子精神",
      "急难愁盼", "真抓实干", "善作善成", "踏石留印抓铁有痕", "撸起袖子加油干", "中巴经济走廊", "中欧班列",
      "共同但有区别的责任", "粗暴干涉", "严重关切", "空谈误国实干兴邦",
    ];
    expect(required.filter((t) => !byForm.has(t.replace(HAN_ONLY, "")))).toEqual([]);
  });

  it("has unique ids and unique terms", () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(entries.map((e) => e.id))).toEqual([]);
    expect(dup(entries.map((e) => e.term))).toEqual([]);
  });

  it("does not use a variant that is also another entry's term", () => {
    const terms = new Set(entries.map((e) => e.term));
    const clashes = entries.flatMap((e) =>
      (e.variants ?? []).filter((v) => terms.has(v.replace(HAN_ONLY, "")) && v.replace(HAN_ONLY, "") !== e.term),
    );
    expect(clashes).toEqual([]);
  });

  it("writes pinyin as lowercase tone-marked syllables, one per Han character", () => {
    const bad = entries.filter((e) => {
      const syllables = e.pinyin.split(" ");
      return (
        syllables.length !== [...e.term].length ||
        !syllables.every((s) => SYLLABLE.test(s)) ||
        /\d/.test(e.pinyin) ||
        // neutral-tone syllables (e.g. 石头 shí tou) carry no mark, but most must
        syllables.filter((s) => TONE_MARK.test(s)).length < Math.ceil(syllables.length / 2)
      );
    });
    expect(bad.map((e) => `${e.term} ${e.pinyin}`)).toEqual([]);
  });

  it("derives ids from toneless pinyin", () => {
    const strip = (s: string) => s.normalize("NFD").replace(/u\u0308/g, "v").replace(/[\u0300-\u036f]/g, "");
    const bad = entries.filter((e) => e.id.replace(/-/g, "") !== strip(e.pinyin).replace(/ /g, ""));
    expect(bad.map((e) => `${e.id} ${e.pinyin}`)).toEqual([]);
  });

  it("fills every text field", () => {
    const bad = entries.filter((e) => !e.english.trim() || !e.literal.trim() || e.note.trim().length < 20);
    expect(bad.map((e) => e.term)).toEqual([]);
  });

  it("covers every set phrase and idiom of the seed transcript", () => {
    const known = new Set<string>();
    for (const e of entries) {
      known.add(e.term);
      for (const v of e.variants ?? []) known.add(v.replace(HAN_ONLY, ""));
    }
    expect(new Set(SEED_TERMS).size).toBe(SEED_TERMS.length);
    expect(SEED_TERMS.filter((t) => !known.has(t))).toEqual([]);
  });

  it("is sorted by kind, then id", () => {
    const key = (e: (typeof entries)[number]) => `${e.kind === "idiom" ? 0 : 1}:${e.id}`;
    const keys = entries.map(key);
    expect(keys).toEqual([...keys].sort());
  });
});
