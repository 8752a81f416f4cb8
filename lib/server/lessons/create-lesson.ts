import "server-only";
import { db, type Prisma } from "@/lib/server/db";
import { buildLesson, type LessonDraft } from "@/lib/text/build-lesson";
import type { DroppedLine } from "@/lib/text/dropped-line";
import { checkLessonInput } from "@/lib/text/lesson-text-problem";
import { translateDraft, type SentenceTranslation } from "@/lib/text/attach-translation";
import { checkEnglishText } from "@/lib/text/english-input";
import { encodeLessonTokens } from "@/lib/text/token-codec";

export interface CreateLessonOptions {
  ownerId: string;
  text: string;
  title?: string;
  visibility?: "PRIVATE" | "CLASSES";
  /** The official English version of the same text, aligned sentence by sentence. */
  english?: string | null;
  onProgress?: (done: number, total: number) => void;
}

/** Sentences per INSERT: 10 parameters each stays far below PostgreSQL's 65,535 per statement. */
const SENTENCES_PER_INSERT = 1000;
/**
 * A 200,000-character lesson is written in well under a second alone, but three at once on two
 * busy cores took ~10 s: Prisma's default 5 s limit for interactive transactions failed them all.
 */
export const STORE_TRANSACTION = { timeout: 120_000, maxWait: 15_000 } as const;

export interface CreatedLesson {
  id: string;
  title: string;
  sentenceCount: number;
  /** What the pipeline left out and why (navigation, share bar, …), as shown in the reader. */
  dropped: DroppedLine[];
}

/** Runs the pipeline in this process and stores the lesson (seed, CLI, tests; the web app uses the job queue). */
export async function createLesson(opts: CreateLessonOptions): Promise<CreatedLesson> {
  const text = checkLessonInput(opts.text);
  const draft = buildLesson(text, { title: opts.title?.trim() || undefined, onProgress: opts.onProgress });
  return storeLesson(opts.ownerId, text, draft, opts.visibility ?? "PRIVATE", opts.english);
}

export async function storeLesson(ownerId: string, sourceText: string, draft: LessonDraft, visibility: "PRIVATE" | "CLASSES", english?: string | null): Promise<CreatedLesson> {
  return db.$transaction((tx) => insertLesson(tx, { ownerId, sourceText, draft, visibility, english }), STORE_TRANSACTION);
}

/** The lesson row and its sentences, in the caller's transaction, in batched INSERTs. */
export async function insertLesson(
  tx: Prisma.TransactionClient,
  opts: { ownerId: string; sourceText: string; draft: LessonDraft; visibility: "PRIVATE" | "CLASSES"; english?: string | null },
): Promise<CreatedLesson> {
  const { draft } = opts;
  const translated = translateDraft(draft, checkEnglishText(opts.english));
  const title = draft.title.slice(0, 200) || "Untitled lesson";
  const created = await tx.lesson.create({
    data: {
      ownerId: opts.ownerId,
      title,
      dateline: draft.dateline,
      visibility: opts.visibility,
      sourceText: opts.sourceText,
      characterCount: draft.stats.characters,
      tokenCount: draft.stats.tokens,
      hskProfile: draft.stats.hskProfile,
      droppedLines: draft.dropped as unknown as object[],
      englishSentences: translated.englishSentences,
    },
    select: { id: true },
  });
  await insertSentences(tx, created.id, draft, translated.sentences);
  return { id: created.id, title, sentenceCount: draft.sentences.length, dropped: draft.dropped };
}

/**
 * The lesson's sentences and its word list (lib/text/token-codec.ts), in the caller's transaction;
 * `translations` (from translateDraft) gives each sentence its aligned English, none → no English.
 */
export async function insertSentences(tx: Prisma.TransactionClient, lessonId: string, draft: LessonDraft, translations?: SentenceTranslation[]): Promise<void> {
  const encoded = encodeLessonTokens(draft.sentences);
  await tx.lesson.update({ where: { id: lessonId }, data: { words: encoded.words as unknown as object[] }, select: { id: true } });
  for (let start = 0; start < draft.sentences.length; start += SENTENCES_PER_INSERT) {
    await tx.sentence.createMany({
      data: draft.sentences.slice(start, start + SENTENCES_PER_INSERT).map((s, i) => ({
        lessonId,
        index: s.index,
        paragraph: s.paragraph,
        speaker: s.speaker,
        role: s.role,
        text: s.text,
        tokens: encoded.sentences[start + i],
        ...translations?.[s.index],
      })),
    });
  }
}
