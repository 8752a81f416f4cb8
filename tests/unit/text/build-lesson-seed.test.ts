import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson, type LessonDraft } from "@/lib/text/build-lesson";
import { rubyGroups } from "@/lib/text/ruby-groups";
import { NUMBER_RUN } from "@/lib/text/number-reading";
import { glossaryEntry } from "@/lib/dict/glossary";

const SEED = path.join(import.meta.dirname, "../../fixtures/wang-yi-press-conference-2025-03-07.txt");
const HAN = /\p{Script=Han}/gu;
const HAN_OR_DIGIT = /[\p{Script=Han}0-9]/u;

describe("buildLesson on the seed press conference", () => {
  let lesson: LessonDraft;
  const progress: [number, number][] = [];
  beforeAll(() => {
    lesson = buildLesson(fs.readFileSync(SEED, "utf8"), { onProgress: (d, t) => progress.push([d, t]) });
  }, 60_000);

  const sentence = (needle: string) => {
    const s = lesson.sentences.find((x) => x.text.includes(needle));
    if (!s) throw new Error(`no sentence contains ${needle}`);
    return s;
  };

  it("finds title and dateline and keeps them out of the sentences", () => {
    expect(lesson.title).toBe("王毅就中国外交政策和对外关系回答中外记者提问");
    expect(lesson.dateline).toBe("新华社北京3月7日电");
    expect(lesson.sentences[0].text.startsWith("3月7日，十四届全国人大三次会议")).toBe(true);
  });

  it("rejoins the broken sentence and the question split by a photo", () => {
    expect(sentence("消融化解也非一日之功").text).toBe("同时也要看到，这场危机根源错综复杂，冰冻三尺非一日之寒，消融化解也非一日之功。");
    const q = sentence("中国外交又将发挥什么作用");
    expect(q.text).toBe("2025年的国际形势可能更加变乱交织，中国外交又将发挥什么作用？");
    expect(q).toMatchObject({ speaker: "新华社记者", role: "question" });
    expect(lesson.sentences.some((s) => s.text.includes("刘大伟") || s.text.includes("下转"))).toBe(false);
    expect(lesson.dropped.map((d) => d.reason)).toEqual(["photo caption", "photo credit", "page marker"]);
  });

  it("knows who speaks each sentence, also in later paragraphs of a turn", () => {
    expect(sentence("中俄关系每年都会被问到")).toMatchObject({ speaker: "王毅", role: "answer" });
    expect(sentence("冰冻三尺非一日之寒")).toMatchObject({ speaker: "王毅", role: "answer" });
    expect(sentence("DeepSeek异军突起")).toMatchObject({ speaker: "CGTN记者", role: "question" });
    expect(sentence("您如何看待中俄关系")).toMatchObject({ speaker: "塔斯社记者", role: "question" });
    expect(lesson.sentences[0]).toMatchObject({ speaker: null, role: null });
  });

  it("marks glossary phrases and idioms", () => {
    const tokens = lesson.sentences.flatMap((s) => s.tokens);
    const community = tokens.find((t) => t.text === "人类命运共同体");
    expect(community).toMatchObject({ kind: "phrase", glossaryId: glossaryEntry("人类命运共同体")!.id });
    expect(tokens.find((t) => t.text === "此消彼长")).toMatchObject({ kind: "idiom", pinyin: "cǐ xiāo bǐ zhǎng" });
    expect(tokens.find((t) => t.text === "外交部长")?.pinyin).toBe("wài jiāo bù zhǎng");
    expect(tokens.find((t) => t.text === "王毅")).toMatchObject({ kind: "name", pinyin: "wáng yì" });
    expect(tokens.find((t) => t.text === "DeepSeek")).toMatchObject({ kind: "other", pinyin: null });
    expect(tokens.find((t) => t.text === "2025年")).toMatchObject({ kind: "number", pinyin: "èr líng èr wǔ nián" });
  });

  it("joins the nine punctuated glossary phrases of the seed into single tokens", () => {
    const tokens = lesson.sentences.flatMap((s) => s.tokens);
    const phrases = [
      "会当凌绝顶，一览众山小",
      "青山遮不住，毕竟东流去",
      "行有不得，反求诸己",
      "没有永远的朋友，只有永远的利益",
      "从不惹事，更不怕事",
      "不结盟、不对抗、不针对第三方",
      "风从南方起，潮自南方来",
      "哪里有封锁，哪里就有突围",
      "以人类前途为怀，以人民福祉为念",
    ];
    for (const p of phrases) {
      const token = tokens.find((t) => t.text === p);
      expect(token, p).toBeDefined();
      expect(["idiom", "phrase"], p).toContain(token!.kind);
    }
  });

  it("keeps every sentence's text in its tokens and a syllable for every Han character and number", () => {
    for (const s of lesson.sentences) {
      expect(s.tokens.map((t) => t.text).join("")).toBe(s.text);
      for (const t of s.tokens) {
        const han = t.text.match(HAN)?.length ?? 0;
        if (han === 0 && !new RegExp(NUMBER_RUN.source, "u").test(t.text)) expect(t.pinyin).toBeNull();
        else {
          // Each Han character (or er-hua pair) and each number has its own non-empty reading.
          const groups = rubyGroups(t.text, t.pinyin!);
          expect(groups, t.text).not.toBeNull();
          for (const g of groups!) if (HAN_OR_DIGIT.test(g.text)) expect(g.pinyin, t.text).toMatch(/\S/);
        }
        if (t.pinyin) expect(t.pinyin).toBe(t.pinyin.toLowerCase());
      }
    }
  });

  it("numbers sentences and reports progress and stats", () => {
    expect(lesson.sentences.map((s) => s.index)).toEqual(lesson.sentences.map((_, i) => i));
    expect(progress.at(-1)).toEqual([lesson.sentences.length, lesson.sentences.length]);
    const han = lesson.sentences.reduce((n, s) => n + (s.text.match(HAN)?.length ?? 0), 0);
    expect(lesson.stats.characters).toBe(han);
    expect(Object.keys(lesson.stats.hskProfile)).toEqual(["1", "2", "3", "4", "5", "6", "7", "none"]);
    expect(lesson.stats.hskProfile["1"]).toBeGreaterThan(50);
    const withGloss = lesson.sentences.flatMap((s) => s.tokens).filter((t) => t.kind === "word" && t.gloss);
    expect(withGloss.length).toBeGreaterThan(1000);
  });
});
