import { beforeAll, describe, expect, it } from "vitest";
import { dictTag, getSegmenter } from "@/lib/text/segment";
import { complementReading, placeReading, placeReadingsInside } from "@/lib/text/g2p/verb-frames";
import { mainVerbReading, noVerbReading, notVerbReading, onlyClassifierReading, onlyVerbReading } from "@/lib/text/g2p/reading-kinds";
import { surnameOnlyReading, surnameReading } from "@/lib/text/g2p/surnames";
import { syllableOf } from "../../support/syllables";

// Readings chosen from a character's grammatical place (lib/text/g2p/verb-frames.ts) and from
// surname contexts (lib/text/g2p/surnames.ts), on sentences of our own cut by the real segmenter.
// Counter-cases check that each rule stays silent where the other reading is right.

describe("reading kinds from CC-CEDICT", () => {
  it("finds the one verb reading and the one classifier reading", () => {
    expect(onlyVerbReading("种")).toBe("zhòng");
    expect(onlyVerbReading("缝")).toBe("féng");
    expect(onlyVerbReading("卷")).toBe("juǎn");
    expect(onlyClassifierReading("宿")).toBe("xiǔ");
    expect(onlyClassifierReading("担")).toBe("dàn");
    expect(onlyClassifierReading("扇")).toBe("shàn");
  });

  it("answers nothing where several readings are verbs or classifiers, or none", () => {
    expect(onlyVerbReading("背")).toBeNull(); // bēi and bèi are both verbs
    expect(onlyVerbReading("倒")).toBeNull();
    expect(onlyClassifierReading("卷")).toBeNull(); // juǎn and juàn are both classifiers
    expect(onlyClassifierReading("长")).toBeNull();
    expect(onlyVerbReading("的")).toBeNull();
  });

  it("finds the reading that is not a verb only beside one that is first of all a verb", () => {
    expect(notVerbReading("冲")).toBe("chòng"); // chōng "to dash against"
    expect(notVerbReading("闷")).toBeNull(); // mēn is "stuffy" first, a verb only later
    expect(notVerbReading("差")).toBeNull(); // four readings
  });

  it("does not count dialect or bound-form senses as verbs (干 gān)", () => {
    expect(onlyVerbReading("干")).toBe("gàn");
  });
});

describe("a polyphone read by its grammatical place", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it.each([
    // A verb before its complement, 着/过, an object, in V了V, before 了 + object.
    ["他在院子里种满了玫瑰。", "种", 0, "zhòng"],
    ["爸爸说他要种西瓜。", "种", 0, "zhòng"],
    ["她把海报卷起来放进抽屉。", "卷", 0, "juǎn"],
    ["邮票粘在信封上。", "粘", 0, "zhān"],
    ["她往桌上铺了一块桌布。", "铺", 0, "pū"],
    ["工人们正在铺地砖。", "铺", 0, "pū"],
    ["天太热，她拿着扇子扇了扇。", "扇", 1, "shān"],
    ["天太热，她拿着扇子扇了扇。", "扇", 2, "shān"],
    // An adverb closing its clause is its verb reading.
    ["借来的东西要按时还。", "还", 0, "huán"],
    ["这本书你什么时候还？", "还", 0, "huán"],
    // The first character of a verb + complement no dictionary has, and the complement hǎo.
    ["奶奶把裤子缝好了。", "缝", 0, "féng"],
    ["奶奶把裤子缝好了。", "好", 0, "hǎo"],
    ["她把纸粘好了。", "好", 0, "hǎo"],
    ["大家屏住了呼吸。", "屏", 0, "bǐng"],
    // After a degree word, the reading that is not a verb.
    ["他这话说得太冲了。", "冲", 0, "chòng"],
    ["这茶有点冲。", "冲", 0, "chòng"],
    // A classifier after a numeral.
    ["我们在山上住了两宿。", "宿", 0, "xiǔ"],
    ["他挑来一担柴。", "担", 0, "dàn"],
    ["这间屋子有三扇窗户。", "扇", 0, "shàn"],
  ])("%s: %s (#%i) is %s", (sentence, ch, nth, expected) => {
    expect(syllableOf(sentence, ch, nth)).toBe(expected);
  });

  it.each([
    // Other readings stay where the place says nothing or says otherwise.
    ["他还上了大学。", "还", 0, "hái"], // an adverb before a verb, not huán
    ["这件衣服干了。", "干", 0, "gān"], // 了 closing the clause: adjectives take it too
    ["他们一行五人去了上海。", "行", 0, "xíng"], // 一行 "a party" is a word
    ["这种病很少见。", "种", 0, "zhǒng"],
    ["这门课很好学。", "好", 0, "hǎo"], // 好 after 很 is not a complement (the word 好学 is read as a word; 他从小就很好学 is hào by its sense cues)
    ["这个菜很好。", "好", 0, "hǎo"],
    ["大水冲了龙王庙。", "冲", 0, "chōng"], // no degree word
    ["他再也没上过学。", "没", 0, "méi"],
    ["他还在。", "还", 0, "hái"], // 还 before a word is the adverb
    ["你明天还来吗？", "还", 0, "hái"], // a function word (negative prefix), not mò "to drown"
  ])("counter-case %s: %s (#%i) stays %s", (sentence, ch, nth, expected) => {
    expect(syllableOf(sentence, ch, nth)).toBe(expected);
  });

  it("stays silent where the evidence is not clear", () => {
    // 了 closing the clause: 干 could be the adjective.
    expect(placeReading(["衣服", "干", "了", "。"], 1, dictTag)).toBeNull();
    // An adverb reading before a verb (还 hái), whatever follows.
    expect(placeReading(["他", "还", "上", "了", "大学"], 1, dictTag)).toBeNull();
    // After a verb + 着 or 的, the character begins the object (摆着空花瓶), not a predicate.
    expect(placeReading(["家里", "摆", "着", "空", "花瓶"], 3, dictTag)).toBeNull();
    expect(placeReading(["井", "下", "的", "钻", "头"], 3, dictTag)).toBeNull();
    // After a numeral, a character without a classifier reading is not made one (一长串).
    expect(placeReadingsInside(["一长串"], 0, [..."一长串"], dictTag).size).toBe(0);
    expect(placeReading(["两", "卷", "书"], 1, dictTag)).toBeNull(); // two classifier readings
    // An adverb before an opening quote goes on: 更 is not read as gēng "to change".
    expect(placeReading(["感觉", "更", "“", "真实", "”"], 1, dictTag)).toBeNull();
    // A locative or a function word is not a verb (洞穴中出来 is "out of the cave", not zhòng).
    expect(placeReading(["洞穴", "中", "出来"], 1, dictTag)).toBeNull();
    expect(placeReading(["三", "和", "四"], 1, dictTag)).toBeNull();
    expect(onlyVerbReading("没")).toBeNull();
    // A noun before 在/上 is a subject or a place (王妻在宫中, 角上), not a verb with its complement.
    expect(placeReading(["王", "妻", "在", "宫中"], 1, dictTag)).toBeNull();
    // After 在 (a preposition far more than "-ing"), a character begins a place, not a predicate.
    expect(placeReading(["在", "禅", "智寺"], 1, dictTag)).toBeNull();
    // A sense marked Taiwanese does not make a verb reading (歪 wǎi "to sprain (Tw)").
    expect(onlyVerbReading("歪")).toBeNull();
    // 好 before its object is not the complement (好 hào 学 would be; 好 hǎo 人 too): left alone.
    expect(complementReading(["他", "写", "好", "字"], 2, dictTag)).toBeNull();
    expect(complementReading(["很", "好", "。"], 1, dictTag)).toBeNull();
  });
});

describe("a character whose readings are all verbs, in a verb's place", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("knows the reading that is first of all a verb, where the others are first of all something else", () => {
    expect(mainVerbReading("背")).toBe("bēi"); // bèi is first "the back of a body"
    expect(mainVerbReading("系")).toBe("jì"); // xì is also "system; department"
    expect(mainVerbReading("教")).toBe("jiāo"); // jiào is first "(bound form) to teach; a religion"
    expect(mainVerbReading("露")).toBe("lòu"); // lù is first "dew"
    // Both readings are first of all verbs (dǎo "to fall", dào "to invert"); 蒙 méng is also "drizzle; mist".
    expect(mainVerbReading("倒")).toBeNull();
    expect(mainVerbReading("蒙")).toBeNull();
  });

  it("reads it as that verb before a complement, 着 or 了 with an object", () => {
    expect(syllableOf("请系好安全带。", "系")).toBe("jì");
    expect(syllableOf("她把丝带系在树枝上。", "系")).toBe("jì");
    expect(syllableOf("他把课本背到学校去了。", "背")).toBe("bēi");
    expect(syllableOf("他一紧张就露了馅。", "露")).toBe("lòu");
  });

  it("reads it as that verb before a personal pronoun, its object", () => {
    expect(syllableOf("老师教我们唱歌。", "教")).toBe("jiāo");
    expect(syllableOf("妈妈背他回家。", "背")).toBe("bēi");
    expect(syllableOf("系他的鞋带。", "系")).toBe("jì");
    // Conjunctions and prepositions before a pronoun keep their own readings (counter-cases).
    expect(syllableOf("我和他是朋友。", "和")).toBe("hé");
    expect(syllableOf("我给他打了电话。", "给")).toBe("gěi");
  });

  it("stays silent where jieba knows the character as something else, or outside a verb's place (counter-cases)", () => {
    // 圈 is a classifier to jieba (q): its verb reading juān is not taken before a noun.
    expect(syllableOf("他跑出了最快圈速。", "圈")).toBe("quān");
    expect(syllableOf("桌子上蒙上了一层灰。", "蒙")).toBe("méng");
    expect(syllableOf("这个系的学生很多。", "系")).toBe("xì");
  });
});

describe("an adjective between a numeral and a classifier", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("takes the reading that is not a verb", () => {
    expect(noVerbReading("长")).toBe("cháng");
    expect(syllableOf("门口排着一长排自行车。", "长")).toBe("cháng");
    expect(syllableOf("他拿出一长串钥匙。", "长")).toBe("cháng");
  });

  it("stays silent without a classifier after it, or for a character jieba does not know as an adjective (counter-cases)", () => {
    expect(syllableOf("她的头发一长就去剪。", "长")).toBe("zhǎng");
    expect(placeReading(["第", "2", "踏", "火", "行"], 2, dictTag)).toBeNull();
  });
});

describe("surnames", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("knows the surname readings CC-CEDICT and pinyin-pro agree on", () => {
    expect(surnameOnlyReading("曾")).toBe("zēng");
    expect(surnameOnlyReading("单")).toBe("shàn");
    expect(surnameOnlyReading("解")).toBe("xiè");
    expect(surnameOnlyReading("仇")).toBe("qiú");
    expect(surnameOnlyReading("区")).toBe("ōu");
    expect(surnameOnlyReading("王")).toBeNull(); // same reading as the common word
  });

  it.each([
    ["他的曾祖父姓单。", "单", 0, "shàn"],
    ["我们的校长姓解。", "解", 0, "xiè"],
    ["她姓曾，是湖南人。", "曾", 0, "zēng"],
    ["曾国藩的家书很有名。", "曾", 0, "zēng"],
    ["单田芳讲的评书很好听。", "单", 0, "shàn"],
  ])("%s: %s (#%i) is %s", (sentence, ch, nth, expected) => {
    expect(syllableOf(sentence, ch, nth)).toBe(expected);
  });

  it.each([
    ["他曾在北京工作。", "曾", 0, "céng"],
    ["曾经有一位姓解的老师。", "曾", 0, "céng"],
    ["单位里只有他一个人。", "单", 0, "dān"],
    ["他单独去了。", "单", 0, "dān"],
    ["请在表格上写下姓名。", "姓", 0, "xìng"],
    ["他的曾用名叫小明。", "曾", 0, "céng"],
  ])("counter-case %s: %s (#%i) stays %s", (sentence, ch, nth, expected) => {
    expect(syllableOf(sentence, ch, nth)).toBe(expected);
  });

  it("does not take jieba's nr tag on phrases for a person's name", () => {
    // jieba's dictionary tags 曾用名 nr; its rest is not a given name.
    expect(surnameReading(["他", "的", "曾用名"], 2, () => "nr")).toBeNull();
    expect(surnameReading(["曾效力"], 0, (w) => (w === "曾效力" ? "nr" : w === "效力" ? "v" : null))).toBeNull();
    expect(surnameReading(["姓名"], 0, dictTag)).toBeNull();
  });
});
