import "server-only";
import { db } from "@/lib/server/db";
import type { LessonToken } from "@/lib/text/build-lesson";
import { hasWordStatus, lessonVocabularyOf, type VocabularyItem } from "@/lib/text/vocabulary";

export type { VocabularyItem };

/**
 * Distinct vocabulary of a lesson as it reads now (after any correction), with how often each
 * word occurs and its first sentence. The caller has checked the lesson is readable.
 */
export async function lessonVocabulary(opts: { lessonId: string }): Promise<VocabularyItem[]> {
  const sentences = await db.sentence.findMany({ where: { lessonId: opts.lessonId }, orderBy: { index: "asc" }, select: { index: true, text: true, tokens: true } });
  return lessonVocabularyOf(sentences.map((s) => ({ ...s, tokens: s.tokens as unknown as LessonToken[] })));
}

/** Distinct vocabulary texts per lesson, for the counts on the lessons list. */
export async function lessonVocabularyTexts(opts: { lessonIds: string[] }): Promise<Map<string, string[]>> {
  const byLesson = new Map<string, string[]>(opts.lessonIds.map((id) => [id, []]));
  if (!opts.lessonIds.length) return byLesson;
  const rows = await db.$queryRaw<{ lessonId: string; text: string; kind: string }[]>`
    SELECT DISTINCT s."lessonId" AS "lessonId", t->>'text' AS text, t->>'kind' AS kind
    FROM "Sentence" s CROSS JOIN LATERAL jsonb_array_elements(s.tokens) AS t
    WHERE s."lessonId" = ANY(${opts.lessonIds}::uuid[]) AND t->>'kind' IN ('word', 'idiom', 'phrase')`;
  const seen = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!hasWordStatus(r)) continue;
    let texts = seen.get(r.lessonId);
    if (!texts) seen.set(r.lessonId, (texts = new Set()));
    // One text with two kinds in one lesson (a word and, elsewhere, a phrase) is one word.
    if (!texts.has(r.text)) {
      texts.add(r.text);
      byLesson.get(r.lessonId)?.push(r.text);
    }
  }
  return byLesson;
}
