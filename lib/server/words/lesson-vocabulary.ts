import "server-only";
import { db } from "@/lib/server/db";
import { hasWordStatus } from "@/lib/text/vocabulary";

export interface VocabularyItem {
  text: string;
  kind: "word" | "idiom" | "phrase";
  pinyin: string;
  gloss: string | null;
  hsk3: number | null;
  inGlossary: boolean;
  /** Occurrences in the lesson. */
  count: number;
  /** The first sentence the word appears in, for its cloze card. */
  sentenceIndex: number;
  sentenceText: string;
}

/**
 * Distinct vocabulary of a lesson as it reads now (after any correction), with how often each
 * word occurs and its first sentence. The caller has checked the lesson is readable.
 */
export async function lessonVocabulary(opts: { lessonId: string }): Promise<VocabularyItem[]> {
  const rows = await db.$queryRaw<(Omit<VocabularyItem, "count"> & { count: bigint })[]>`
    SELECT DISTINCT ON (t.value->>'text')
           t.value->>'text' AS text, t.value->>'kind' AS kind, coalesce(t.value->>'pinyin', '') AS pinyin,
           t.value->>'gloss' AS gloss, coalesce(t.value->>'hsk3', t.value->>'hsk')::int AS hsk3,
           (t.value->>'glossaryId') IS NOT NULL AS "inGlossary",
           count(*) OVER (PARTITION BY t.value->>'text') AS count,
           s.index AS "sentenceIndex", s.text AS "sentenceText"
    FROM "Sentence" s CROSS JOIN LATERAL jsonb_array_elements(s.tokens) WITH ORDINALITY AS t(value, pos)
    WHERE s."lessonId" = ${opts.lessonId}::uuid AND t.value->>'kind' IN ('word', 'idiom', 'phrase')
    ORDER BY t.value->>'text', s.index, t.pos`;
  return rows.filter(hasWordStatus).map((r) => ({ ...r, count: Number(r.count) }));
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
