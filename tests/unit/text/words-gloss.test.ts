import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson, type LessonToken } from "@/lib/text/build-lesson";
import { getSegmenter } from "@/lib/text/segment";
import { detectScript } from "@/lib/text/script";
import { glossaryEntry, glossaryForms } from "@/lib/dict/glossary";
import { lookupWord } from "@/lib/dict/lookup";

const FIXTURES = path.join(import.meta.dirname, "../../fixtures/texts");
const HAN = /\p{Script=Han}/u;
const tokensOf = (text: string) => buildLesson(text).sentences.flatMap((s) => s.tokens);
const fixture = (file: string) => fs.readFileSync(path.join(FIXTURES, file), "utf8");
const find = (tokens: LessonToken[], text: string) => {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text} in ${tokens.map((x) => x.text).join("|")}`);
  return t;
};

describe("idioms from lexicons", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("marks chengyu in running text written for this test, with an English gloss", () => {
    const tokens = tokensOf(
      "政府对群众有求必应，统筹兼顾各方利益。两国人民水乳交融。我们不能作壁上观。那里宛如世外桃源，百姓休养生息，安之若素。",
    );
    for (const idiom of ["有求必应", "统筹兼顾", "水乳交融", "作壁上观", "世外桃源", "休养生息", "安之若素"]) {
      const t = find(tokens, idiom);
      expect(t.kind, idiom).toBe("idiom");
      // English from CC-CEDICT where it has the idiom; else the popover says none exists.
      if (lookupWord(idiom).definitions.length) expect(t.gloss, idiom).toBeTruthy();
    }
    expect(find(tokens, "统筹兼顾").gloss).toBeTruthy();
  });

  it("a four-character compound in no idiom source is a word (counter-cases)", () => {
    const tokens = tokensOf(
      "当今世界变乱交织，精彩画面不断。今年以来，我们突出重点，安全形势稳定，相互支持，任务艰巨。双方举行会谈。",
    );
    for (const w of ["当今世界", "精彩画面", "今年以来", "突出重点", "安全形势", "相互支持", "任务艰巨", "举行会谈"]) {
      const t = tokens.find((x) => x.text === w);
      if (t) expect(t.kind, w).toBe("word");
    }
    expect(tokens.filter((t) => t.kind === "idiom").map((t) => t.text)).toEqual([]);
  });
});

describe("glossary phrases across punctuation", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("joins a punctuated phrase into one token with the glossary's reading and kind", () => {
    const tokens = tokensOf("正如古人所说，会当凌绝顶，一览众山小。中国坚持不结盟、不对抗、不针对第三方。");
    expect(find(tokens, "会当凌绝顶，一览众山小")).toMatchObject({ kind: "idiom", pinyin: glossaryEntry("会当凌绝顶一览众山小")!.pinyin });
    expect(find(tokens, "不结盟、不对抗、不针对第三方").kind).toBe("phrase");
    expect(lookupWord("会当凌绝顶，一览众山小").glossary?.term).toBe("会当凌绝顶一览众山小");
  });

  it("short lists are not glued into a glossary term (counter-case)", () => {
    const tokens = tokensOf("我们要深化改革、开放市场。");
    expect(tokens.filter((t) => t.text.includes("、")).map((t) => t.text)).toEqual(["、"]);
  });

  it("a variant in other words shows its own English, never the term's", () => {
    let checked = 0;
    for (const [form, entry] of glossaryForms()) {
      if (form === entry.term || form.replace(/[^\p{Script=Han}]/gu, "") === entry.term || form.length > 12) continue;
      const own = entry.variantEnglish?.[form] ?? null;
      const token = tokensOf(`${form}。`).find((t) => t.text === form);
      if (token) {
        expect([form, token.glossaryId, token.gloss], form).toEqual([form, own ? entry.id : null, own ?? token.gloss]);
        checked++;
      }
      expect(lookupWord(form).glossary?.english ?? null, form).toBe(own);
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("gloss sense in context", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("picks the sense the neighbours call for", () => {
    const t = tokensOf("王毅同俄罗斯外长举行会谈。双方就中俄关系交换意见。作为常任理事国，中方负有责任。该法案干涉内政。他把问题说清楚了。");
    expect(t.find((x) => x.text === "同")!.gloss).toBe("with; together with");
    expect(t.find((x) => x.text === "就")!.gloss).toMatch(/^with regard to/);
    expect(t.find((x) => x.text === "作为")!.gloss).toMatch(/^as \(in the capacity of\)/);
    expect(t.find((x) => x.text === "该")!.gloss).toMatch(/^that; the said/);
    expect(t.find((x) => x.text === "把")!.gloss).toMatch(/object before the verb/);
  });

  it("keeps the default where the context says otherwise (counter-cases)", () => {
    const t = tokensOf("明天我就去北京同他们举行会谈。我们该如何应对？他该休息了。");
    expect(t.find((x) => x.text === "就")!.gloss).not.toMatch(/^with regard to/);
    for (const g of t.filter((x) => x.text === "该").map((x) => x.gloss)) expect(g).toMatch(/^should/);
  });

  it("glosses 被 before its doer or verb as the passive, a 被 on its own as the noun", () => {
    expect(tokensOf("这个方案被美方拒绝了。").find((x) => x.text === "被")!.gloss).toMatch(/^\(marks the passive\)/);
    expect(tokensOf("他被批评了。").find((x) => x.text === "被")!.gloss).toMatch(/^\(marks the passive\)/);
    expect(tokensOf("床上有一床被。").find((x) => x.text === "被")!.gloss).toMatch(/^quilt/);
  });

  it("puts common senses before specialised ones", () => {
    const t = tokensOf("美方不要渲染中国威胁。");
    expect(t.find((x) => x.text === "渲染")!.gloss).not.toMatch(/computing/);
    expect(lookupWord("把").definitions.findIndex((d) => /baby/.test(d))).toBeGreaterThan(3);
  });

  it("every Han token of our own texts has a gloss or is a name or number (≥ 95%)", () => {
    let han = 0;
    let covered = 0;
    for (const f of fs.readdirSync(FIXTURES).filter((x) => x.startsWith("words-"))) {
      for (const t of tokensOf(fixture(f))) {
        if (!HAN.test(t.text)) continue;
        han++;
        if (t.gloss || t.kind === "name" || t.kind === "number") covered++;
      }
    }
    expect(covered / han).toBeGreaterThanOrEqual(0.95);
  });
});

describe("traditional input", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("detects the script, keeps the characters as written and analyses like simplified", () => {
    const text = fixture("words-traditional.txt");
    expect(detectScript(text)).toBe("traditional");
    const lesson = buildLesson(text);
    expect(lesson.script).toBe("traditional");
    const tokens = lesson.sentences.flatMap((s) => s.tokens);
    expect(lesson.sentences.map((s) => s.tokens.map((t) => t.text).join("")).join("")).toBe(text.replace(/\s/g, ""));
    expect(find(tokens, "中華人民共和國")).toMatchObject({ pinyin: "zhōng huá rén mín gòng hé guó", simplified: "中华人民共和国" });
    expect(find(tokens, "一國兩制")).toMatchObject({ kind: "phrase", pinyin: "yī guó liǎng zhì" });
    expect(find(tokens, "一國兩制").gloss).toBeTruthy();
    expect(find(tokens, "我們")).toMatchObject({ pinyin: "wǒ men", traditional: "我們", simplified: "我们" });
  });

  it("gives the same readings and glosses as the simplified text", () => {
    const traditional = buildLesson(fixture("words-traditional.txt")).sentences.flatMap((s) => s.tokens);
    const simplified = buildLesson("中华人民共和国坚持一国两制方针。我们同各国一道，推动构建人类命运共同体。外交部发言人表示，台湾是中国领土不可分割的一部分。").sentences.flatMap((s) => s.tokens);
    expect(traditional.map((t) => [t.pinyin, t.gloss, t.kind])).toEqual(simplified.map((t) => [t.pinyin, t.gloss, t.kind]));
  });

  it("a mixed paste goes by sentence: a traditional sentence in a simplified lesson is analysed like simplified", () => {
    const lesson = buildLesson("外交部发言人表示，我们同各国一道推动合作。这个问题的关键在于双方能否坚持对话，发展两国关系。\n台灣記者報導，我們將持續推動經濟轉型。");
    expect(lesson.script).toBe("simplified");
    const [simplifiedSentence, , traditionalSentence] = lesson.sentences;
    expect(find(traditionalSentence.tokens, "記者")).toMatchObject({ pinyin: "jì zhě", traditional: "記者", simplified: "记者" });
    expect(find(traditionalSentence.tokens, "我們")).toMatchObject({ pinyin: "wǒ men", simplified: "我们" });
    expect(find(traditionalSentence.tokens, "經濟").gloss).toMatch(/econom/);
    expect(traditionalSentence.tokens.map((t) => t.text).join("")).toBe("台灣記者報導，我們將持續推動經濟轉型。");
    // The simplified sentence is left as written (counter-case).
    expect(find(simplifiedSentence.tokens, "我们")).toMatchObject({ pinyin: "wǒ men", traditional: "我們", simplified: "我们" });
  });

  it("simplified and script-neutral text count as simplified (counter-cases)", () => {
    expect(detectScript("我们在这里讨论两岸关系。")).toBe("simplified");
    expect(detectScript("中国人民")).toBe("simplified");
    expect(buildLesson("我们同各国一道。").script).toBe("simplified");
  });
});

describe("function words glossed by their grammar", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("和 between nouns is 'and', not 'to make peace' (a Taiwan pronunciation note is not an obscure sense)", () => {
    expect(find(tokensOf("中国和美国举行会谈。"), "和").gloss).toMatch(/^\(joining two nouns\) and/);
  });

  it("在 before a place is 'at; in', before a verb the progressive, alone the verb (counter-case)", () => {
    expect(find(tokensOf("我们在北京见面。"), "在").gloss).toMatch(/^at; in/);
    expect(find(tokensOf("他在看书。"), "在").gloss).toMatch(/in progress/);
    expect(find(tokensOf("你在吗？"), "在").gloss).toMatch(/^to exist/);
  });

  it("等 after a list is 'and so on', after a pronoun 'to wait for' (counter-case)", () => {
    expect(find(tokensOf("中国、俄罗斯等国家出席。"), "等").gloss).toMatch(/^and so on/);
    expect(find(tokensOf("我等你。"), "等").gloss).toMatch(/^to wait for/);
  });
});
