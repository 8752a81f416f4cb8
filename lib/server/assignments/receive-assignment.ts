import "server-only";
import { db } from "@/lib/server/db";
import { toDbCardType } from "@/lib/server/cards/card-row";
import { CARD_TYPES, cardTypesForNote, type CardType, type NoteKind } from "@/lib/srs/card-types";
import { newCardState } from "@/lib/srs/card-state";
import { memberAssignment } from "./assignment-access";

const RECEIVE_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

/**
 * A student opening an assignment receives its items as notes with their cards, exactly once per
 * item: a receipt is kept, so opening it again (or a second tab) adds nothing, and a note the
 * student deleted on purpose is not forced back. A word the student already has (saved from the
 * reader, or from the same lesson assigned in another class) is linked, not duplicated.
 */
export async function receiveAssignment(opts: { userId: string; assignmentId: string; now: Date }): Promise<{ received: number; created: number }> {
  const assignment = await memberAssignment(opts);
  return db.$transaction(async (tx) => {
    const items = await tx.assignmentItem.findMany({
      where: { assignmentId: assignment.id, receipts: { none: { userId: opts.userId } } },
      select: { id: true, kind: true, text: true, pinyin: true, meaning: true, sentenceIndex: true },
    });
    if (!items.length) return { received: 0, created: 0 };
    const sentenceIndices = [...new Set(items.map((i) => i.sentenceIndex).filter((i): i is number => i !== null))];
    const [sentences, settings, existing] = await Promise.all([
      tx.sentence.findMany({ where: { lessonId: assignment.lessonId, index: { in: sentenceIndices } }, select: { index: true, text: true } }),
      tx.schedulingSettings.findUnique({ where: { userId: opts.userId }, select: { enabledCardTypes: true } }),
      tx.note.findMany({ where: { userId: opts.userId, OR: items.map((i) => ({ kind: i.kind, text: i.text })) }, select: { kind: true, text: true } }),
    ]);
    const sentenceText = new Map(sentences.map((s) => [s.index, s.text]));
    const had = new Set(existing.map((n) => `${n.kind}:${n.text}`));
    const fresh = items.filter((i) => !had.has(`${i.kind}:${i.text}`));
    await tx.note.createMany({
      data: fresh.map((i) => ({
        userId: opts.userId,
        kind: i.kind,
        text: i.text,
        pinyin: i.pinyin,
        meaning: i.meaning,
        lessonId: assignment.lessonId,
        sentenceIndex: i.sentenceIndex,
        sentenceText: i.sentenceIndex === null ? null : (sentenceText.get(i.sentenceIndex) ?? null),
        tags: ["assignment"],
      })),
      skipDuplicates: true, // a concurrent open, or a save from the reader a moment ago
    });
    const notes = fresh.length
      ? await tx.note.findMany({ where: { userId: opts.userId, OR: fresh.map((i) => ({ kind: i.kind, text: i.text })) }, select: { id: true, kind: true, text: true, sentenceText: true } })
      : [];
    const enabled = settings ? settings.enabledCardTypes.map((t) => t.toLowerCase() as CardType) : [...CARD_TYPES];
    const state = newCardState(opts.now);
    await tx.card.createMany({
      data: notes.flatMap((n) => {
        const kind = n.kind.toLowerCase() as NoteKind;
        const types = cardTypesForNote({ kind, text: n.text, hasSentence: !!n.sentenceText?.includes(n.text) }, enabled);
        return types.map((t) => ({ noteId: n.id, userId: opts.userId, type: toDbCardType(t), ...state }));
      }),
      skipDuplicates: true,
    });
    const { count } = await tx.assignmentItemReceipt.createMany({ data: items.map((i) => ({ itemId: i.id, userId: opts.userId })), skipDuplicates: true });
    return { received: count, created: fresh.length };
    // A few hundred items took 3–4 s on a loaded 2-core machine: more than Prisma's default 5 s
    // leaves room for. Writing in fewer round trips is the real fix (docs/STATUS.md, issue 9).
  }, RECEIVE_TRANSACTION);
}
