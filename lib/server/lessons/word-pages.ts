import "server-only";
import { db } from "@/lib/server/db";
import { decodeSentenceTokens, tokenLength } from "@/lib/text/token-codec";
import { PAGE_CHARS } from "./get-lesson";

interface Placed {
  index: number;
  start: number;
  len: number;
}

/**
 * The reader page (0-based) where each word's first occurrence is, by the same cut as
 * getLessonPage: a sentence up to a page long is on the page where it starts; in a longer one each
 * token is on the page where it starts. So a list of the lesson's words (the study panel) can link
 * to the page that shows each of them. The caller has checked the lesson is readable.
 */
export async function wordPages(opts: { lessonId: string; words: { text: string; sentenceIndex: number }[] }): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  const indexes = [...new Set(opts.words.map((w) => w.sentenceIndex))];
  if (!indexes.length) return pages;
  const placed = await db.$queryRaw<Placed[]>`
    WITH s AS (
      SELECT index, char_length(text)::int AS len, (sum(char_length(text)) OVER (ORDER BY index) - char_length(text))::int AS start
      FROM "Sentence" WHERE "lessonId" = ${opts.lessonId}::uuid)
    SELECT index, start, len FROM s WHERE index = ANY(${indexes}::int[])`;
  const at = new Map(placed.map((p) => [p.index, p]));
  const long = placed.filter((p) => p.len > PAGE_CHARS).map((p) => p.index);
  const tokensOf = long.length ? await longSentenceTokens(opts.lessonId, long) : new Map<number, { text: string }[]>();
  for (const w of opts.words) {
    const p = at.get(w.sentenceIndex);
    if (!p) continue;
    pages.set(w.text, Math.floor((p.start + offsetIn(tokensOf.get(p.index), w.text)) / PAGE_CHARS));
  }
  return pages;
}

/** Where in its sentence the word's first token starts; 0 for a sentence on one page (it is placed by its start). */
function offsetIn(tokens: { text: string }[] | undefined, text: string): number {
  if (!tokens) return 0;
  let offset = 0;
  for (const t of tokens) {
    if (t.text === text) return offset;
    offset += tokenLength(t);
  }
  return 0;
}

async function longSentenceTokens(lessonId: string, indexes: number[]) {
  const [rows, lesson] = await Promise.all([
    db.sentence.findMany({ where: { lessonId, index: { in: indexes } }, select: { index: true, tokens: true } }),
    db.lesson.findUnique({ where: { id: lessonId }, select: { words: true } }),
  ]);
  return new Map(rows.map((r) => [r.index, decodeSentenceTokens(r.tokens, lesson?.words ?? null)]));
}
