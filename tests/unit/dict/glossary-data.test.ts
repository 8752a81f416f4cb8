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

  it("has at least 300 entries", () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
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
