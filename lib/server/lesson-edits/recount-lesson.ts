import "server-only";
import type { Prisma } from "@/lib/server/db";
import type { LessonToken } from "@/lib/text/build-lesson";
import { decodeSentenceTokens } from "@/lib/text/token-codec";
import { countHan } from "@/lib/text/pinyin-syllables";

// The kinds buildLesson counts in a lesson's HSK profile.
const VOCABULARY = new Set(["word", "idiom", "phrase"]);

/**
 * A lesson's stored counts from its sentences, counted as buildLesson counts a new lesson (Han
 * characters, non-punctuation tokens, distinct words per HSK 3.0 level). The lesson-edits test
 * checks that recounting an unedited lesson gives exactly what import stored.
 */
export function lessonCounts(sentences: { text: string; tokens: Pick<LessonToken, "text" | "kind" | "hsk3">[] }[]) {
  let characterCount = 0;
  let tokenCount = 0;
  const levelOf = new Map<string, number | null>();
  for (const s of sentences) {
    characterCount += countHan(s.text);
    for (const t of s.tokens) {
      if (t.kind !== "punct") tokenCount++;
      if (VOCABULARY.has(t.kind)) levelOf.set(t.text, t.hsk3);
    }
  }
  const hskProfile: Record<string, number> = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7": 0, none: 0 };
  for (const level of levelOf.values()) hskProfile[level === null ? "none" : String(level)]++;
  return { characterCount, tokenCount, hskProfile };
}

/** Stores the lesson's counts again after a correction (or its undo) changed its sentences. */
export async function recountLesson(tx: Prisma.TransactionClient, lessonId: string): Promise<void> {
  const [sentences, lesson] = await Promise.all([
    tx.sentence.findMany({ where: { lessonId }, orderBy: { index: "asc" }, select: { text: true, tokens: true } }),
    tx.lesson.findUnique({ where: { id: lessonId }, select: { words: true } }),
  ]);
  // Tokens are stored compactly (lib/text/token-codec.ts): read them through the codec.
  const counts = lessonCounts(sentences.map((s) => ({ text: s.text, tokens: decodeSentenceTokens(s.tokens, lesson?.words ?? null) })));
  await tx.lesson.update({ where: { id: lessonId }, data: counts });
}
