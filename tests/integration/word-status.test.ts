// Word status in the reader (new / learning / known / ignored), the lesson counts, the "Study this
// lesson" list and "add the top N", against a real PostgreSQL.
import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { makeLog } from "../support/make-notes";
import { makeReadingsLesson, makeStatusLesson, READINGS_SENTENCES } from "../support/status-lesson";
import { tokenStatus } from "@/lib/srs/word-status";
import { saveNote } from "@/lib/server/notes/save-note";
import { deleteNote } from "@/lib/server/notes/delete-note";
import { getWordStatuses } from "@/lib/server/words/get-word-statuses";
import { getLessonWordView } from "@/lib/server/words/study-list";
import { addStudyItems } from "@/lib/server/words/add-study-items";
import { ignoreWord, unignoreWord } from "@/lib/server/words/ignore-word";
import { getLearnerLevel, setHskLevel } from "@/lib/server/words/learner-level";
import { listLessons } from "@/lib/server/lessons/list-lessons";

// 12:00 UTC; the default study day (UTC, starts 04:00) began at 04:00 today.
const NOW = new Date("2026-03-10T12:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

/** Marks every card of the user's note `text` reviewed at `at` (stable: R ≈ 1 now), with a log. */
async function reviewAll(userId: string, text: string, at: Date, stability = 100) {
  const cards = await db.card.findMany({ where: { userId, note: { text } } });
  for (const c of cards) {
    await db.card.update({ where: { id: c.id }, data: { state: 2, stability, lastReview: at } });
    await makeLog(userId, c.id, { review: at, rating: 3, state: 0 });
  }
  return cards;
}

describe("word status rules", () => {
  it("a learner with no notes sees every word as new; names, numbers and particles get no status", async () => {
    const user = await makeUser();
    const lesson = await makeStatusLesson(user.id);
    const view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    expect([...view.statuses.keys()].sort()).toEqual(["与时俱进", "发展", "和平", "坚持", "多边主义", "我们", "支持", "行", "行稳致远", "说", "银行"].sort());
    expect(view.statuses.has("的")).toBe(false);
    expect(view.statuses.has("王毅")).toBe(false);
    expect(view.counts).toEqual({ new: 11, learning: 0, known: 0, ignored: 0 });
    expect(await getWordStatuses({ userId: user.id, texts: [], now: NOW })).toEqual(new Map());
  });

  it("saved → learning; reviewed on an earlier day and remembered → known; first seen today → learning", async () => {
    const user = await makeUser();
    for (const text of ["我们", "支持", "和平", "发展", "坚持"]) await saveNote({ userId: user.id, text, kind: "word", now: ago(3 * DAY) });
    await reviewAll(user.id, "我们", ago(2 * DAY)); // known
    await reviewAll(user.id, "支持", ago(2 * HOUR)); // first reviewed today: not known yet
    await reviewAll(user.id, "和平", ago(9 * HOUR)); // 03:00 UTC today = before the 04:00 day start: yesterday's study day
    await reviewAll(user.id, "发展", ago(20 * DAY), 1); // forgotten: R far below 0.9
    // 坚持: saved, never reviewed.
    let s = await getWordStatuses({ userId: user.id, texts: ["我们", "支持", "和平", "发展", "坚持", "银行"], now: NOW });
    expect(Object.fromEntries(s)).toEqual({ 我们: "known", 支持: "learning", 和平: "known", 发展: "learning", 坚持: "learning", 银行: "new" });
    // Met an hour ago with a two-hour stability: remembered (R > 0.9) but first seen today.
    await reviewAll(user.id, "坚持", ago(HOUR), 2 / 24);
    s = await getWordStatuses({ userId: user.id, texts: ["坚持"], now: NOW });
    expect(s.get("坚持")).toBe("learning");

    // Tomorrow (after the next day start) the word first met today is known.
    expect((await getWordStatuses({ userId: user.id, texts: ["支持"], now: new Date(NOW.getTime() + 17 * HOUR) })).get("支持")).toBe("known");
    // The learner's own day start decides: with the day starting at 02:00, 03:00 today is today.
    await db.schedulingSettings.update({ where: { userId: user.id }, data: { dayStartHour: 2 } });
    expect((await getWordStatuses({ userId: user.id, texts: ["和平"], now: NOW })).get("和平")).toBe("learning");
  });

  it("one weak card makes a word learning; suspended cards are left out; a note whose cards are all suspended is still saved", async () => {
    const user = await makeUser();
    await saveNote({ userId: user.id, text: "我们", kind: "word", now: ago(5 * DAY) });
    await saveNote({ userId: user.id, text: "银行", kind: "word", now: ago(5 * DAY) });
    const cards = await reviewAll(user.id, "我们", ago(3 * DAY));
    expect(cards.length).toBeGreaterThan(1);
    await db.card.update({ where: { id: cards[0].id }, data: { stability: 0.5, lastReview: ago(20 * DAY) } });
    expect((await getWordStatuses({ userId: user.id, texts: ["我们"], now: NOW })).get("我们")).toBe("learning");
    await db.card.update({ where: { id: cards[0].id }, data: { suspended: true } });
    expect((await getWordStatuses({ userId: user.id, texts: ["我们"], now: NOW })).get("我们")).toBe("known");

    await db.card.updateMany({ where: { userId: user.id, note: { text: "银行" } }, data: { suspended: true } });
    expect((await getWordStatuses({ userId: user.id, texts: ["银行"], now: NOW })).get("银行")).toBe("learning");
  });

  it("ignored wins over a note; un-ignoring restores it; a deleted note makes the word new again", async () => {
    const user = await makeUser();
    const { note } = await saveNote({ userId: user.id, text: "支持", kind: "word", now: ago(DAY) });
    await ignoreWord({ userId: user.id, text: "支持", reason: "known" });
    await ignoreWord({ userId: user.id, text: "坚持", reason: "skip" });
    await ignoreWord({ userId: user.id, text: "坚持", reason: "skip" }); // twice: no error, one row
    let s = await getWordStatuses({ userId: user.id, texts: ["支持", "坚持"], now: NOW });
    expect(Object.fromEntries(s)).toEqual({ 支持: "ignored", 坚持: "ignored" });
    expect(await db.ignoredWord.count({ where: { userId: user.id } })).toBe(2);

    await unignoreWord({ userId: user.id, text: "支持" });
    s = await getWordStatuses({ userId: user.id, texts: ["支持"], now: NOW });
    expect(s.get("支持")).toBe("learning");
    await deleteNote({ userId: user.id, noteId: note.id });
    s = await getWordStatuses({ userId: user.id, texts: ["支持"], now: NOW });
    expect(s.get("支持")).toBe("new");

    // Another learner's notes and ignored words never leak into this learner's statuses.
    const other = await makeUser();
    expect((await getWordStatuses({ userId: other.id, texts: ["坚持"], now: NOW })).get("坚持")).toBe("new");
  });

  it("two notes for one text with different readings (行 háng / xíng) are judged together where only the text is known", async () => {
    const user = await makeUser();
    await db.note.create({ data: { userId: user.id, kind: "WORD", text: "行", pinyin: "háng", cards: { create: [{ userId: user.id, type: "RECOGNITION", due: NOW }] } } });
    await db.note.create({ data: { userId: user.id, kind: "PHRASE", text: "行", pinyin: "xíng", cards: { create: [{ userId: user.id, type: "RECOGNITION", due: NOW }] } } });
    const [hang] = await db.card.findMany({ where: { userId: user.id, note: { pinyin: "háng" } } });
    await db.card.update({ where: { id: hang.id }, data: { stability: 100, lastReview: ago(3 * DAY), state: 2 } });
    // xíng never reviewed: its note has no reviewed card, so only háng's cards decide: known.
    expect((await getWordStatuses({ userId: user.id, texts: ["行"], now: NOW })).get("行")).toBe("known");
    const [xing] = await db.card.findMany({ where: { userId: user.id, note: { pinyin: "xíng" } } });
    await db.card.update({ where: { id: xing.id }, data: { stability: 0.5, lastReview: ago(10 * DAY), state: 2 } });
    expect((await getWordStatuses({ userId: user.id, texts: ["行"], now: NOW })).get("行")).toBe("learning");
  });
});

describe("two readings of one written word (行 háng / xíng)", () => {
  it("each token of the lesson gets the status of the note with its reading; a reading never saved is new", async () => {
    const user = await makeUser();
    const lesson = await makeReadingsLesson(user.id);
    // The schema holds one note per kind and text: the two readings are a word and a phrase note.
    await db.note.create({ data: { userId: user.id, kind: "WORD", text: "行", pinyin: "háng", cards: { create: [{ userId: user.id, type: "RECOGNITION", due: NOW }] } } });
    await db.note.create({ data: { userId: user.id, kind: "PHRASE", text: "行", pinyin: "xíng", cards: { create: [{ userId: user.id, type: "RECOGNITION", due: NOW }] } } });
    const [hang] = await db.card.findMany({ where: { userId: user.id, note: { pinyin: "háng" } } });
    const [xing] = await db.card.findMany({ where: { userId: user.id, note: { pinyin: "xíng" } } });
    // háng: weak (R < 0.9 now) → learning; xíng: stable, first reviewed days ago → known.
    await db.card.update({ where: { id: hang.id }, data: { state: 2, stability: 0.5, lastReview: ago(10 * DAY) } });
    await db.card.update({ where: { id: xing.id }, data: { state: 2, stability: 100, lastReview: ago(3 * DAY) } });

    const statusesOf = async () => {
      const view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
      const statuses = Object.fromEntries(view.statuses);
      return READINGS_SENTENCES.flat()
        .filter((t) => t.kind === "word")
        .map((t) => `${t.text} ${t.pinyin}: ${tokenStatus(statuses, t.text, t.pinyin)}`);
    };
    expect(await statusesOf()).toEqual([
      "银行 yín háng: new",
      "两 liǎng: new",
      "行 háng: learning",
      "行动 xíng dòng: new",
      "这样 zhè yàng: new",
      "行 xíng: known",
      "不行 bù xíng: new",
      "行 Háng: learning", // another spelling of the same reading
    ]);
    // Judged on the text alone (a token without pinyin, the counts): both readings together.
    expect(tokenStatus(Object.fromEntries((await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW })).statuses), "行", null)).toBe("learning");

    // xíng deleted: its tokens are new again, háng's stay learning.
    await deleteNote({ userId: user.id, noteId: (await db.note.findFirstOrThrow({ where: { userId: user.id, pinyin: "xíng" } })).id });
    expect((await statusesOf()).filter((s) => s.startsWith("行 "))).toEqual(["行 háng: learning", "行 xíng: new", "行 Háng: learning"]);

    // Ignored applies to every reading.
    await ignoreWord({ userId: user.id, text: "行", reason: "known" });
    expect((await statusesOf()).filter((s) => s.startsWith("行 "))).toEqual(["行 háng: ignored", "行 xíng: ignored", "行 Háng: ignored"]);
  });

  it("a note whose reading is unknown counts for every reading", async () => {
    const user = await makeUser();
    const lesson = await makeReadingsLesson(user.id);
    await db.note.create({ data: { userId: user.id, kind: "WORD", text: "行", pinyin: "", cards: { create: [{ userId: user.id, type: "RECOGNITION", due: NOW }] } } });
    const statuses = Object.fromEntries((await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW })).statuses);
    expect([tokenStatus(statuses, "行", "háng"), tokenStatus(statuses, "行", "xíng"), tokenStatus(statuses, "行", null)]).toEqual(["learning", "learning", "learning"]);
  });
});

describe("honest counts", () => {
  it("the lessons list counts new / learning / known with the same rules", async () => {
    const user = await makeUser();
    await makeStatusLesson(user.id);
    for (const text of ["我们", "支持"]) await saveNote({ userId: user.id, text, kind: "word", now: ago(3 * DAY) });
    await reviewAll(user.id, "我们", ago(2 * DAY));
    await reviewAll(user.id, "支持", ago(HOUR)); // first seen today: not known
    await ignoreWord({ userId: user.id, text: "说", reason: "known" });
    const [item] = await listLessons({ userId: user.id, now: NOW });
    expect(item.wordCount).toBe(11);
    expect(item.counts).toEqual({ new: 8, learning: 1, known: 1, ignored: 1 });
    expect(item.knownCount).toBe(1);
  });
});

describe("study this lesson", () => {
  it("lists idioms and set phrases first, then new words above the learner's level, by importance in the lesson", async () => {
    const user = await makeUser();
    const lesson = await makeStatusLesson(user.id);
    expect(await getLearnerLevel({ userId: user.id })).toEqual({ level: 0, chosen: false });
    let view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    // Glossary phrases (importance 1 + 2) before the idiom (1); then words: 和平/发展 occur twice.
    expect(view.study.map((i) => i.text).slice(0, 3)).toEqual(["多边主义", "行稳致远", "与时俱进"]);
    expect(view.study.map((i) => i.text).slice(3, 5).sort()).toEqual(["发展", "和平"]);
    expect(view.study).toHaveLength(11);
    expect(view.study.find((i) => i.text === "坚持")).toMatchObject({ pinyin: "jiān chí", gloss: "to persist", sentenceIndex: 1, count: 1 });

    await setHskLevel({ userId: user.id, level: 2 });
    view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    expect(view.level).toEqual({ level: 2, chosen: true });
    // HSK 1–2 words drop out; idioms and phrases stay whatever their level.
    expect(view.study.map((i) => i.text).sort()).toEqual(["与时俱进", "坚持", "多边主义", "行", "行稳致远", "银行"].sort());

    await ignoreWord({ userId: user.id, text: "银行", reason: "skip" });
    view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    expect(view.study.map((i) => i.text)).not.toContain("银行");
  });

  it("add the top N: one note per word with its sentence (so a cloze card), idempotent, all-or-nothing on bad input", async () => {
    const user = await makeUser();
    const lesson = await makeStatusLesson(user.id);
    await ignoreWord({ userId: user.id, text: "坚持", reason: "skip" });
    const top = (await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW })).study.slice(0, 4).map((i) => i.text);
    const texts = [...top, "坚持"];
    const first = await addStudyItems({ userId: user.id, lessonId: lesson.id, texts, now: NOW });
    expect(first.added.sort()).toEqual([...texts].sort());
    const notes = await db.note.findMany({ where: { userId: user.id }, include: { cards: true } });
    expect(notes).toHaveLength(5);
    for (const n of notes) {
      expect(n.lessonId).toBe(lesson.id);
      expect(n.sentenceText).toContain(n.text);
      expect(n.cards.map((c) => c.type)).toContain("CLOZE");
    }
    expect(notes.find((n) => n.text === "行稳致远")).toMatchObject({ kind: "PHRASE", sentenceIndex: 1 });
    // Adding a word set aside un-sets it.
    expect(await db.ignoredWord.count({ where: { userId: user.id } })).toBe(0);

    // The same click again (double submit, retry): nothing new.
    const again = await addStudyItems({ userId: user.id, lessonId: lesson.id, texts, now: NOW });
    expect(again).toEqual({ added: [], alreadySaved: expect.arrayContaining(texts) });
    expect(await db.note.count({ where: { userId: user.id } })).toBe(5);
    expect(await db.card.count({ where: { userId: user.id } })).toBe(notes.reduce((n, x) => n + x.cards.length, 0));

    const view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    for (const t of texts) expect(view.statuses.get(t)).toBe("learning");
    expect(view.study.map((i) => i.text)).not.toEqual(expect.arrayContaining(texts.slice(0, 1)));

    // A word that is not in the lesson refuses the whole request, and nothing is saved.
    await expect(addStudyItems({ userId: user.id, lessonId: lesson.id, texts: ["银行", "不存在的词"], now: NOW })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.note.count({ where: { userId: user.id, text: "银行" } })).toBe(0);
  });

  it("another learner's private lesson is answered like a missing one", async () => {
    const owner = await makeUser();
    const stranger = await makeUser();
    const lesson = await makeStatusLesson(owner.id);
    await expect(addStudyItems({ userId: stranger.id, lessonId: lesson.id, texts: ["和平"], now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addStudyItems({ userId: stranger.id, lessonId: "nope", texts: ["和平"], now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.note.count({ where: { userId: stranger.id } })).toBe(0);
  });

  it("a lesson corrected after words were saved: statuses follow the text, and words no longer in it cannot be added", async () => {
    const user = await makeUser();
    const lesson = await makeStatusLesson(user.id);
    await addStudyItems({ userId: user.id, lessonId: lesson.id, texts: ["银行"], now: ago(3 * DAY) });
    // The teacher corrects sentence 2: 银行 is gone, 共赢 is new.
    await db.sentence.update({
      where: { lessonId_index: { lessonId: lesson.id, index: 2 } },
      data: {
        text: "合作共赢。",
        tokens: [
          { text: "合作", pinyin: "hé zuò", gloss: "cooperation", kind: "word", hsk: 2, hsk2: null, hsk3: 2, traditional: null, glossaryId: null },
          { text: "共赢", pinyin: "gòng yíng", gloss: "win-win", kind: "word", hsk: 7, hsk2: null, hsk3: 7, traditional: null, glossaryId: null },
          { text: "。", pinyin: null, gloss: null, kind: "punct", hsk: null, hsk2: null, hsk3: null, traditional: null, glossaryId: null },
        ],
      },
    });
    const view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    expect(view.statuses.has("银行")).toBe(false);
    expect(view.statuses.get("共赢")).toBe("new");
    expect(view.counts.learning).toBe(0);
    await expect(addStudyItems({ userId: user.id, lessonId: lesson.id, texts: ["与时俱进"], now: NOW })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // The saved note keeps its own sentence copy and still shows wherever 银行 appears.
    expect((await getWordStatuses({ userId: user.id, texts: ["银行"], now: NOW })).get("银行")).toBe("learning");
  });

  it("derives the level from what the learner saved or marked known", async () => {
    const user = await makeUser();
    const { hsk3LevelSizes, hsk3Level } = await import("@/lib/dict/hsk");
    const size1 = hsk3LevelSizes().get(1)!;
    // Half of HSK 1 marked known (a bulk insert, as an "I know this" on each would be).
    const level1: string[] = [];
    const data = JSON.parse((await import("node:fs")).readFileSync("lib/dict/data/hsk/new/1.json", "utf8")) as { s: string }[];
    for (const r of data) if (hsk3Level(r.s) === 1 && level1.length < Math.ceil(size1 / 2)) level1.push(r.s);
    await db.ignoredWord.createMany({ data: level1.map((text) => ({ userId: user.id, text, reason: "KNOWN" as const })), skipDuplicates: true });
    expect(await getLearnerLevel({ userId: user.id })).toEqual({ level: 1, chosen: false });
  });
});
