import "server-only";
import { db } from "@/lib/server/db";
import type { LessonToken } from "@/lib/text/build-lesson";
import type { DroppedLine } from "@/lib/text/dropped-line";
import { decodeSentenceTokens, tokenLength } from "@/lib/text/token-codec";
import { isLessonId, readableLessonWhere } from "./lesson-access";

/**
 * Characters per reader page. The reader's HTML is about 500 bytes per character (the ruby pinyin
 * per character in the HTML, and the same tree again in the page's RSC payload) plus ~60 kB of
 * page and study list, so a page stays under 500 kB whatever the lesson (`npm run bench:reader`).
 */
export const PAGE_CHARS = 800;

export interface ReaderSentence {
  index: number;
  paragraph: number;
  speaker: string | null;
  role: "question" | "answer" | null;
  /** The sentence, or for a sentence longer than a page, the part of it on this page. */
  text: string;
  tokens: LessonToken[];
  /** The sentence's English (aligned or corrected); null without one. */
  translation: string | null;
}

export interface ReaderLesson {
  id: string;
  title: string;
  dateline: string | null;
  isOwner: boolean;
  /** 0-based page shown, clamped to the lesson. */
  page: number;
  pageCount: number;
  sentenceCount: number;
  sentences: ReaderSentence[];
  /** Lines the pipeline left out, with reasons; shown under the title. */
  dropped: DroppedLine[];
}

interface Layout {
  index: number;
  start: number;
  len: number;
}

// Pages are cut by character offset in the lesson: a sentence up to a page long belongs to the page
// where it starts; a longer one (a text without punctuation is one "sentence") is cut between tokens,
// each token on the page where it starts. So no page is empty and none holds much more than 2 pages.
const LAYOUT = (lessonId: string) => db.$queryRaw<{ sentenceCount: number; pageCount: number }[]>`
  WITH s AS (
    SELECT char_length(text) AS len, sum(char_length(text)) OVER (ORDER BY index) - char_length(text) AS start
    FROM "Sentence" WHERE "lessonId" = ${lessonId}::uuid)
  SELECT count(*)::int AS "sentenceCount",
         (COALESCE(max(CASE WHEN len <= ${PAGE_CHARS} THEN start / ${PAGE_CHARS} ELSE (start + len - 1) / ${PAGE_CHARS} END), 0) + 1)::int AS "pageCount"
  FROM s`;

const ON_PAGE = (lessonId: string, page: number) => db.$queryRaw<Layout[]>`
  WITH s AS (
    SELECT index, char_length(text)::int AS len, (sum(char_length(text)) OVER (ORDER BY index) - char_length(text))::int AS start
    FROM "Sentence" WHERE "lessonId" = ${lessonId}::uuid)
  SELECT index, start, len FROM s
  WHERE (len <= ${PAGE_CHARS} AND start / ${PAGE_CHARS} = ${page})
     OR (len > ${PAGE_CHARS} AND start < ${(page + 1) * PAGE_CHARS} AND start + len > ${page * PAGE_CHARS})
  ORDER BY index`;

/** One page of a lesson the user may read; null when missing or not theirs to read. */
export async function getLessonPage(opts: { userId: string; lessonId: string; page: number }): Promise<ReaderLesson | null> {
  if (!isLessonId(opts.lessonId)) return null;
  const lesson = await db.lesson.findFirst({
    where: { id: opts.lessonId, ...readableLessonWhere(opts.userId) },
    select: { id: true, title: true, dateline: true, ownerId: true, droppedLines: true },
  });
  if (!lesson) return null;
  const [{ sentenceCount, pageCount }] = await LAYOUT(lesson.id);
  const page = Math.min(Math.max(0, Math.floor(opts.page) || 0), pageCount - 1);
  const layout = await ON_PAGE(lesson.id, page);
  const [rows, words] = await Promise.all([
    db.sentence.findMany({
      where: { lessonId: lesson.id, index: { in: layout.map((l) => l.index) } },
      orderBy: { index: "asc" },
      select: { index: true, paragraph: true, speaker: true, role: true, text: true, tokens: true, translation: true },
    }),
    db.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { words: true } }).then((l) => l.words),
  ]);
  const byIndex = new Map(layout.map((l) => [l.index, l]));
  const sentences = rows.map((s) => {
    const tokens = decodeSentenceTokens(s.tokens, words);
    const at = byIndex.get(s.index)!;
    const sentence: ReaderSentence = { ...s, role: s.role === "question" || s.role === "answer" ? s.role : null, tokens };
    return at.len > PAGE_CHARS ? partOnPage(sentence, at.start, page) : sentence;
  });
  const dropped = Array.isArray(lesson.droppedLines) ? (lesson.droppedLines as unknown as DroppedLine[]) : [];
  return { id: lesson.id, title: lesson.title, dateline: lesson.dateline, isOwner: lesson.ownerId === opts.userId, page, pageCount, sentenceCount, sentences, dropped };
}

function partOnPage(sentence: ReaderSentence, start: number, page: number): ReaderSentence {
  const from = page * PAGE_CHARS;
  const to = from + PAGE_CHARS;
  let offset = start;
  const tokens = sentence.tokens.filter((t) => {
    const at = offset;
    offset += tokenLength(t);
    return at >= from && at < to;
  });
  return { ...sentence, text: tokens.map((t) => t.text).join(""), tokens };
}

/** The first page of a lesson (callers that only need access and the opening text). */
export function getLesson(opts: { userId: string; lessonId: string }): Promise<ReaderLesson | null> {
  return getLessonPage({ ...opts, page: 0 });
}

/** Every sentence of a lesson the user may read, unpaged (the owner's correction page edits any of them). */
export async function getWholeLesson(opts: { userId: string; lessonId: string }): Promise<ReaderLesson | null> {
  if (!isLessonId(opts.lessonId)) return null;
  const lesson = await db.lesson.findFirst({
    where: { id: opts.lessonId, ...readableLessonWhere(opts.userId) },
    select: {
      id: true,
      title: true,
      dateline: true,
      ownerId: true,
      droppedLines: true,
      words: true,
      sentences: { orderBy: { index: "asc" }, select: { index: true, paragraph: true, speaker: true, role: true, text: true, tokens: true, translation: true } },
    },
  });
  if (!lesson) return null;
  const sentences = lesson.sentences.map((s): ReaderSentence => ({
    ...s,
    role: s.role === "question" || s.role === "answer" ? s.role : null,
    tokens: decodeSentenceTokens(s.tokens, lesson.words),
  }));
  const dropped = Array.isArray(lesson.droppedLines) ? (lesson.droppedLines as unknown as DroppedLine[]) : [];
  const { id, title, dateline } = lesson;
  return { id, title, dateline, isOwner: lesson.ownerId === opts.userId, page: 0, pageCount: 1, sentenceCount: sentences.length, sentences, dropped };
}
