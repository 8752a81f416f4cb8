import "server-only";
import pg from "pg";
import { decodeSentenceTokens } from "@/lib/text/token-codec";

/** The migration after which new sentence notes get a meaning when saved. */
export const MEANINGS_SINCE_MIGRATION = "20261130022221_teaching_translations_items_edits";
const BATCH = 500;

interface Row {
  id: string;
  text: string;
  sentence_text: string | null;
  /** As stored: the compact form (lib/text/token-codec.ts) or, for older lessons, token objects. */
  tokens: unknown;
  words: unknown;
  translation: string | null;
}

/**
 * Sentence notes saved before sentences had a meaning have an empty one, until their lesson is
 * edited. This fills them as a note saved today would be filled: the lesson sentence's English, else
 * the glosses of its key words; a sentence no longer in its lesson is segmented and glossed afresh.
 * Only notes unchanged since that migration are touched (updatedAt before it), so a meaning a
 * learner cleared on purpose stays empty, and a run that finds nothing to gloss is not repeated.
 * Idempotent, and one count when there is nothing left, so it runs after every migration
 * (scripts/db/prepare.ts: dev, start, db:migrate).
 */
export async function backfillSentenceMeanings(connectionString: string): Promise<{ checked: number; filled: number }> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const cutoff = await client.query<{ at: Date }>(
      `SELECT finished_at AS at FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [MEANINGS_SINCE_MIGRATION],
    );
    const since = cutoff.rows[0]?.at;
    if (!since) return { checked: 0, filled: 0 };
    const pending = `n.kind = 'SENTENCE' AND n.meaning = '' AND n."updatedAt" < $1`;
    const { rows: count } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Note" n WHERE ${pending}`, [since]);
    if (!count[0].n) return { checked: 0, filled: 0 };

    // Loaded only when there is work: the dictionary takes a moment.
    const { noteFields } = await import("./note-fields");
    let checked = 0;
    let filled = 0;
    let cursor = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const { rows } = await client.query<Row>(
        `SELECT n.id::text, n.text, s.text AS sentence_text, s.tokens, l.words, s.translation
         FROM "Note" n LEFT JOIN "Sentence" s ON s."lessonId" = n."lessonId" AND s.index = n."sentenceIndex"
         LEFT JOIN "Lesson" l ON l.id = s."lessonId"
         WHERE ${pending} AND n.id > $2::uuid ORDER BY n.id LIMIT ${BATCH}`,
        [since, cursor],
      );
      if (!rows.length) break;
      cursor = rows[rows.length - 1].id;
      const meanings = rows.map((r) => {
        const sentence = r.sentence_text !== null && r.tokens ? { text: r.sentence_text, tokens: decodeSentenceTokens(r.tokens, r.words), translation: r.translation } : null;
        return noteFields("sentence", r.text, sentence).meaning;
      });
      // updatedAt moves on even when no gloss was found, so the note is not looked at again.
      const res = await client.query(
        `UPDATE "Note" n SET meaning = v.meaning, "updatedAt" = now()
         FROM unnest($2::uuid[], $3::text[]) AS v(id, meaning)
         WHERE n.id = v.id AND ${pending}`,
        [since, rows.map((r) => r.id), meanings],
      );
      checked += res.rowCount ?? 0;
      filled += meanings.filter(Boolean).length;
    }
    return { checked, filled };
  } finally {
    await client.end();
  }
}
