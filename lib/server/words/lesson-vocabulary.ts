import "server-only";
import { decodeSentenceTokens } from "@/lib/text/token-codec";
import { db } from "@/lib/server/db";
import { hasWordStatus, lessonVocabularyOf, type VocabularyItem } from "@/lib/text/vocabulary";

export type { VocabularyItem };

/**
 * Distinct vocabulary of a lesson as it reads now (after any correction), with how often each
 * word occurs and its first sentence. The caller has checked the lesson is readable.
 */
export async function lessonVocabulary(opts: { lessonId: string }): Promise<VocabularyItem[]> {
  return (await lessonVocabularyAndReadings(opts)).items;
}

/** The vocabulary, and each distinct reading of its words in the lesson (行 háng in 银行, xíng in 不行). */
export async function lessonVocabularyAndReadings(opts: { lessonId: string }): Promise<{ items: VocabularyItem[]; readings: WordReading[] }> {
  const [sentences, lesson] = await Promise.all([
    db.sentence.findMany({ where: { lessonId: opts.lessonId }, orderBy: { index: "asc" }, select: { index: true, text: true, tokens: true } }),
    db.lesson.findUnique({ where: { id: opts.lessonId }, select: { words: true } }),
  ]);
  const decoded = sentences.map((s) => ({ ...s, tokens: decodeSentenceTokens(s.tokens, lesson?.words ?? null) }));
  return { items: lessonVocabularyOf(decoded), readings: lessonReadingsOf(decoded) };
}

export interface WordReading {
  text: string;
  pinyin: string | null;
}

/** Distinct (text, pinyin) of the words that take a status. */
export function lessonReadingsOf(sentences: readonly { tokens: readonly { text: string; kind: string; pinyin: string | null }[] }[]): WordReading[] {
  const seen = new Map<string, WordReading>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!t.pinyin || !hasWordStatus(t)) continue;
      const key = `${t.text}\u001f${t.pinyin}`;
      if (!seen.has(key)) seen.set(key, { text: t.text, pinyin: t.pinyin });
    }
  }
  return [...seen.values()];
}

/** Distinct vocabulary texts per lesson, for the counts on the lessons list. */
export async function lessonVocabularyTexts(opts: { lessonIds: string[] }): Promise<Map<string, string[]>> {
  const byLesson = new Map<string, string[]>(opts.lessonIds.map((id) => [id, []]));
  if (!opts.lessonIds.length) return byLesson;
  const rows = await db.$queryRaw<{ lessonId: string; text: string; kind: string }[]>`
    SELECT DISTINCT v."lessonId", v.text, v.kind FROM (
      -- The lesson's word list (lib/text/token-codec.ts), or for lessons stored before it, its sentences' tokens.
      SELECT l.id AS "lessonId", t->>'text' AS text, t->>'kind' AS kind
      FROM "Lesson" l CROSS JOIN LATERAL jsonb_array_elements(l.words) AS t
      WHERE l.id = ANY(${opts.lessonIds}::uuid[]) AND l.words IS NOT NULL
      UNION ALL
      SELECT s."lessonId", t->>'text', t->>'kind'
      FROM "Sentence" s JOIN "Lesson" l ON l.id = s."lessonId" AND l.words IS NULL
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(s.tokens) = 'array' THEN s.tokens ELSE '[]'::jsonb END) AS t
      WHERE s."lessonId" = ANY(${opts.lessonIds}::uuid[])
    ) v WHERE v.kind IN ('word', 'idiom', 'phrase')`;
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
