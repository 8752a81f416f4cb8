import "server-only";
import { db } from "@/lib/server/db";
import { toDbCardType } from "@/lib/server/cards/card-row";
import { CARD_TYPES, cardTypesForNote, type CardType, type NoteKind } from "@/lib/srs/card-types";
import { newCardState } from "@/lib/srs/card-state";
import { memberAssignment } from "./assignment-access";

// Room for a few hundred items on a loaded machine (each note's cards refresh ItemProgress and
// LessonProgress through triggers).
const RECEIVE_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

/**
 * A student opening an assignment receives its items as notes with their cards, exactly once per
 * item: a receipt is kept, so opening it again (or a second tab) adds nothing, and a note the
 * student deleted on purpose is not forced back. A word the student already has (saved from the
 * reader, or from the same lesson assigned in another class) is linked, not duplicated.
 */
export async function receiveAssignment(opts: { userId: string; assignmentId: string; now: Date }): Promise<{ received: number; created: number }> {
  const assignment = await memberAssignment(opts);
  // Two statements: the notes and receipts in one (the items not yet received, minus the words the
  // student already has), then the cards, whose types are decided here (lib/srs/card-types).
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ received: number; notes: CreatedNote[] | null; enabled: string[] | null }[]>`
      WITH items AS (
        SELECT ai.id, ai.kind, ai.text, ai.pinyin, ai.meaning, ai."sentenceIndex" FROM "AssignmentItem" ai
        WHERE ai."assignmentId" = ${assignment.id}::uuid
          AND NOT EXISTS (SELECT 1 FROM "AssignmentItemReceipt" r WHERE r."itemId" = ai.id AND r."userId" = ${opts.userId}::uuid)
      ),
      created AS (
        INSERT INTO "Note" ("userId", kind, text, pinyin, meaning, "lessonId", "sentenceIndex", "sentenceText", tags, "updatedAt")
        SELECT ${opts.userId}::uuid, i.kind, i.text, i.pinyin, i.meaning, ${assignment.lessonId}::uuid, i."sentenceIndex", s.text, ARRAY['assignment'], now()
        FROM items i LEFT JOIN "Sentence" s ON s."lessonId" = ${assignment.lessonId}::uuid AND s.index = i."sentenceIndex"
        WHERE NOT EXISTS (SELECT 1 FROM "Note" n WHERE n."userId" = ${opts.userId}::uuid AND n.kind = i.kind AND n.text = i.text)
        -- A concurrent open, or a save from the reader a moment ago.
        ON CONFLICT DO NOTHING
        RETURNING id, kind, text, "sentenceText"
      ),
      receipts AS (
        INSERT INTO "AssignmentItemReceipt" ("itemId", "userId") SELECT id, ${opts.userId}::uuid FROM items
        ON CONFLICT DO NOTHING RETURNING 1
      )
      SELECT (SELECT count(*)::int FROM receipts) AS received,
             (SELECT json_agg(created) FROM created) AS notes,
             (SELECT s."enabledCardTypes"::text[] FROM "SchedulingSettings" s WHERE s."userId" = ${opts.userId}::uuid) AS enabled`;
    const notes = row?.notes ?? [];
    const enabled = row?.enabled ? row.enabled.map((t) => t.toLowerCase() as CardType) : [...CARD_TYPES];
    const state = newCardState(opts.now);
    if (notes.length) {
      await tx.card.createMany({
        data: notes.flatMap((n) => {
          const kind = n.kind.toLowerCase() as NoteKind;
          const types = cardTypesForNote({ kind, text: n.text, hasSentence: !!n.sentenceText?.includes(n.text) }, enabled);
          return types.map((t) => ({ noteId: n.id, userId: opts.userId, type: toDbCardType(t), ...state }));
        }),
        skipDuplicates: true,
      });
    }
    return { received: row?.received ?? 0, created: notes.length };
  }, RECEIVE_TRANSACTION);
}

interface CreatedNote {
  id: string;
  kind: string;
  text: string;
  sentenceText: string | null;
}
