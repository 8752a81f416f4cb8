// The reader pages long lessons: every page is small, pages together are exactly the lesson, a text
// without punctuation (one 60,000-character "sentence") is cut between tokens, older lessons stored
// token by token still read, and each learner's page is remembered.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createLesson } from "@/lib/server/lessons/create-lesson";
import { getLessonPage, PAGE_CHARS } from "@/lib/server/lessons/get-lesson";
import { getReadingPage, saveReadingPage } from "@/lib/server/lessons/reading-position";
import { wordPages } from "@/lib/server/lessons/word-pages";
import { lessonVocabulary } from "@/lib/server/words/lesson-vocabulary";
import { db, makeUser } from "../support/db";
import { makeRawLesson } from "../support/foreign-cases/lessons";

const SEED = readFileSync(path.resolve(import.meta.dirname, "../fixtures/wang-yi-press-conference-2025-03-07.txt"), "utf8");
const repeat = (text: string, chars: number) => [...text.repeat(Math.ceil(chars / [...text].length))].slice(0, chars).join("");
let owner = "";

beforeAll(async () => {
  owner = (await makeUser()).id;
});

async function allPages(lessonId: string) {
  const first = (await getLessonPage({ userId: owner, lessonId, page: 0 }))!;
  const pages = [first];
  for (let p = 1; p < first.pageCount; p++) pages.push((await getLessonPage({ userId: owner, lessonId, page: p }))!);
  return pages;
}

/** Each word of the lesson is placed on the first page that shows it (the study panel links there). */
async function expectWordPages(lessonId: string, pages: Awaited<ReturnType<typeof allPages>>) {
  const vocabulary = await lessonVocabulary({ lessonId });
  const placed = await wordPages({ lessonId, words: vocabulary });
  expect(placed.size).toBe(vocabulary.length);
  for (const v of vocabulary) {
    const shown = pages.findIndex((p) => p.sentences.some((s) => s.tokens.some((t) => t.text === v.text)));
    expect(placed.get(v.text), v.text).toBe(shown);
  }
  return placed;
}

async function wholeText(lessonId: string) {
  const sentences = await db.sentence.findMany({ where: { lessonId }, orderBy: { index: "asc" }, select: { text: true } });
  return sentences.map((s) => s.text).join("");
}

describe("the paged reader", () => {
  it("cuts a long lesson into pages of about PAGE_CHARS characters that together are exactly the lesson", async () => {
    const { id } = await createLesson({ ownerId: owner, text: repeat(SEED + "\n", 40_000) });
    const pages = await allPages(id);
    const total = [...(await wholeText(id))].length;
    expect(pages[0].pageCount).toBeGreaterThanOrEqual(Math.floor(total / PAGE_CHARS));
    expect(pages[0].pageCount).toBeLessThanOrEqual(Math.ceil(total / PAGE_CHARS));
    for (const p of pages) {
      const chars = p.sentences.reduce((n, s) => n + [...s.text].length, 0);
      expect(chars).toBeGreaterThan(0);
      expect(chars).toBeLessThanOrEqual(2 * PAGE_CHARS);
    }
    expect(pages.flatMap((p) => p.sentences.map((s) => s.text)).join("")).toBe(await wholeText(id));
    expect(pages.flatMap((p) => p.sentences.map((s) => s.index))).toEqual([...Array(pages[0].sentenceCount).keys()]);
    // Tokens come back whole (pinyin, kind), and a page past the end shows the last page.
    expect(pages[0].sentences[0].tokens.some((t) => t.pinyin && t.kind === "word")).toBe(true);
    expect((await getLessonPage({ userId: owner, lessonId: id, page: 10_000 }))!.page).toBe(pages.length - 1);
    expect(Math.max(...(await expectWordPages(id, pages)).values())).toBeGreaterThan(0);
  }, 120_000);

  it("cuts a text without punctuation between tokens", async () => {
    const han = SEED.replace(/[^\p{Script=Han}]/gu, "");
    const { id } = await createLesson({ ownerId: owner, text: repeat(han, 60_000) });
    const pages = await allPages(id);
    expect(pages[0].sentenceCount).toBe(1);
    expect(pages.length).toBe(Math.ceil(60_000 / PAGE_CHARS));
    for (const p of pages) {
      expect(p.sentences).toHaveLength(1);
      expect([...p.sentences[0].text].length).toBeLessThanOrEqual(PAGE_CHARS + 10);
      expect(p.sentences[0].text).toBe(p.sentences[0].tokens.map((t) => t.text).join(""));
    }
    expect(pages.map((p) => p.sentences[0].text).join("")).toBe(await wholeText(id));
    // In one long sentence a word is on the page where its first token starts.
    expect(Math.max(...(await expectWordPages(id, pages)).values())).toBeGreaterThan(0);
  }, 120_000);

  it("stores a token's text, reading, gloss and levels once per lesson, not once per occurrence", async () => {
    const { id } = await createLesson({ ownerId: owner, text: repeat(SEED + "\n", 20_000) });
    const [{ bytes, chars }] = await db.$queryRaw<{ bytes: number; chars: number }[]>`
      SELECT (pg_column_size(l.words) + sum(pg_column_size(s.tokens)))::int AS bytes, l."characterCount" AS chars
      FROM "Lesson" l JOIN "Sentence" s ON s."lessonId" = l.id WHERE l.id = ${id}::uuid GROUP BY l.id`;
    console.log(`tokens of a 20,000-character lesson: ${(bytes / chars).toFixed(1)} bytes per Han character (words list + sentence token lists)`);
    expect(bytes / chars).toBeLessThan(15); // was ~83 bytes per character as JSON objects
  }, 120_000);

  it("still reads lessons stored in the older token-by-token format", async () => {
    const lesson = await makeRawLesson(owner);
    const page = await getLessonPage({ userId: owner, lessonId: lesson.id, page: 0 });
    expect(page).toMatchObject({ page: 0, pageCount: 1, sentenceCount: 1 });
    expect(page!.sentences[0].tokens.map((t) => t.text)).toEqual(["我们", "支持", "和平", "。"]);
  });

  it("remembers each learner's page per lesson", async () => {
    const lesson = await makeRawLesson(owner);
    const other = await makeUser();
    expect(await getReadingPage({ userId: owner, lessonId: lesson.id })).toBe(0);
    await saveReadingPage({ userId: owner, lessonId: lesson.id, page: 3 });
    await saveReadingPage({ userId: owner, lessonId: lesson.id, page: 4 });
    expect(await getReadingPage({ userId: owner, lessonId: lesson.id })).toBe(4);
    expect(await getReadingPage({ userId: other.id, lessonId: lesson.id })).toBe(0);
  });
});
