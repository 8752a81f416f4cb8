import "server-only";
import type { Prisma } from "@/lib/server/db";
import { sentenceMeaning } from "@/lib/text/sentence-meaning";
import type { SentenceState } from "./sentence-state";

const sentencePinyin = (s: SentenceState) => s.tokens.map((t) => t.pinyin).filter(Boolean).join(" ");

/**
 * Carries a lesson correction to every learner's notes saved from that lesson. Cards are not
 * touched (their faces are drawn from the note), so review history and schedules stay as they are.
 * - a sentence note follows its sentence's new text, pinyin and meaning; a learner's own wording of
 *   the meaning (anything but what the lesson gave) is kept;
 * - word notes follow a corrected reading or gloss of their word in this lesson;
 * - every note's context sentence follows the new text.
 */
export async function propagateToNotes(tx: Prisma.TransactionClient, lessonId: string, before: SentenceState, after: SentenceState): Promise<void> {
  if (before.text !== after.text) {
    // A learner who already has a note with the new text keeps both (the unique index forbids merging them).
    await tx.$executeRaw`
      UPDATE "Note" n SET text = ${after.text}, "sentenceText" = ${after.text}, "updatedAt" = now()
      WHERE n."lessonId" = ${lessonId}::uuid AND n.kind = 'SENTENCE' AND n.text = ${before.text}
        AND NOT EXISTS (SELECT 1 FROM "Note" o WHERE o."userId" = n."userId" AND o.kind = 'SENTENCE' AND o.text = ${after.text})`;
    await tx.$executeRaw`
      UPDATE "Note" SET "sentenceText" = ${after.text}, "updatedAt" = now()
      WHERE "lessonId" = ${lessonId}::uuid AND "sentenceText" = ${before.text}`;
  }
  const [oldMeaning, newMeaning] = [sentenceMeaning(before), sentenceMeaning(after)];
  const [oldPinyin, newPinyin] = [sentencePinyin(before), sentencePinyin(after)];
  if (oldMeaning !== newMeaning || oldPinyin !== newPinyin) {
    await tx.$executeRaw`
      UPDATE "Note" SET pinyin = ${newPinyin},
        meaning = CASE WHEN meaning IN (${oldMeaning}, '') THEN ${newMeaning} ELSE meaning END, "updatedAt" = now()
      WHERE "lessonId" = ${lessonId}::uuid AND kind = 'SENTENCE' AND text = ${after.text}`;
  }
  // Same tokens (a reading or gloss corrected): compare position by position, since a word can occur
  // twice and only one occurrence was corrected. Otherwise (merge, split, new text) by word.
  const samePlaces = before.tokens.length === after.tokens.length && before.tokens.every((t, i) => t.text === after.tokens[i].text);
  const firstOf = new Map<string, (typeof before.tokens)[number]>();
  for (const t of before.tokens) if (!firstOf.has(t.text)) firstOf.set(t.text, t);
  for (const [i, t] of after.tokens.entries()) {
    const was = samePlaces ? before.tokens[i] : firstOf.get(t.text);
    if (!was || t.kind === "punct") continue;
    if (was.pinyin !== t.pinyin && t.pinyin) {
      await tx.$executeRaw`
        UPDATE "Note" SET pinyin = ${t.pinyin}, "updatedAt" = now()
        WHERE "lessonId" = ${lessonId}::uuid AND kind <> 'SENTENCE' AND text = ${t.text}`;
    }
    if (was.gloss !== t.gloss && t.gloss) {
      await tx.$executeRaw`
        UPDATE "Note" SET meaning = ${t.gloss}, "updatedAt" = now()
        WHERE "lessonId" = ${lessonId}::uuid AND kind <> 'SENTENCE' AND text = ${t.text}`;
    }
  }
}
