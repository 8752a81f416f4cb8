import "server-only";
import { AppError } from "@/lib/errors";
import { db, type Prisma } from "@/lib/server/db";
import { isId } from "@/lib/server/classes/class-errors";
import { lessonCandidates, preselectItems, MAX_ASSIGNMENT_ITEMS, type ItemCandidate } from "@/lib/text/assignment-candidates";
import { decodeSentenceTokens } from "@/lib/text/token-codec";
import { taughtAssignment } from "./assignment-access";

const toDbKind = (k: ItemCandidate["kind"]) => k.toUpperCase() as "WORD" | "IDIOM" | "PHRASE";

async function candidatesOf(tx: Prisma.TransactionClient, lessonId: string): Promise<ItemCandidate[]> {
  const sentences = await tx.sentence.findMany({ where: { lessonId }, orderBy: { index: "asc" }, select: { index: true, tokens: true } });
  const lesson = await tx.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { words: true } });
  return lessonCandidates(sentences.map((s) => ({ index: s.index, tokens: decodeSentenceTokens(s.tokens, lesson.words) })));
}

/** Called when a lesson is assigned: its idioms, set phrases and words at or above `minHsk`. */
export async function preselectAssignmentItems(tx: Prisma.TransactionClient, assignmentId: string, lessonId: string, minHsk: number): Promise<number> {
  const chosen = preselectItems(await candidatesOf(tx, lessonId), minHsk);
  const { count } = await tx.assignmentItem.createMany({
    data: chosen.map((c) => ({ assignmentId, kind: toDbKind(c.kind), text: c.text, pinyin: c.pinyin, meaning: c.meaning, sentenceIndex: c.sentenceIndex })),
    skipDuplicates: true,
  });
  return count;
}

export interface AssignmentItemsView {
  assignment: Awaited<ReturnType<typeof taughtAssignment>>;
  items: { id: string; kind: string; text: string; pinyin: string; meaning: string }[];
  /** Lesson vocabulary not on the list, for "add". */
  others: ItemCandidate[];
}

export async function getAssignmentItems(opts: { userId: string; assignmentId: string }): Promise<AssignmentItemsView> {
  const assignment = await taughtAssignment(opts);
  const [items, candidates] = await Promise.all([
    db.assignmentItem.findMany({
      where: { assignmentId: assignment.id },
      orderBy: [{ sentenceIndex: "asc" }, { createdAt: "asc" }],
      select: { id: true, kind: true, text: true, pinyin: true, meaning: true },
    }),
    candidatesOf(db, assignment.lessonId),
  ]);
  const taken = new Set(items.map((i) => `${i.kind.toLowerCase()}:${i.text}`));
  return {
    assignment,
    items: items.map((i) => ({ ...i, kind: i.kind.toLowerCase() })),
    others: candidates.filter((c) => !taken.has(`${c.kind}:${c.text}`)),
  };
}

/** Adds one of the lesson's words, idioms or phrases (given as "kind:text") to the list. */
export async function addAssignmentItem(opts: { userId: string; assignmentId: string; key: string }) {
  return db.$transaction(async (tx) => {
    const assignment = await taughtAssignment(opts, tx);
    const candidate = (await candidatesOf(tx, assignment.lessonId)).find((c) => `${c.kind}:${c.text}` === opts.key);
    if (!candidate) throw new AppError("INVALID_INPUT", "Choose a word, idiom or phrase of this lesson.", { fields: { item: "Choose a word of this lesson" } });
    if ((await tx.assignmentItem.count({ where: { assignmentId: assignment.id } })) >= MAX_ASSIGNMENT_ITEMS) {
      throw new AppError("INVALID_INPUT", `An assignment holds at most ${MAX_ASSIGNMENT_ITEMS} items.`, { fields: { item: "The list is full" } });
    }
    await tx.assignmentItem.createMany({
      data: [{ assignmentId: assignment.id, kind: toDbKind(candidate.kind), text: candidate.text, pinyin: candidate.pinyin, meaning: candidate.meaning, sentenceIndex: candidate.sentenceIndex }],
      skipDuplicates: true,
    });
    return { classId: assignment.classId };
  });
}

/** Removes an item; students who already received it keep their note (it is theirs). */
export async function removeAssignmentItem(opts: { userId: string; assignmentId: string; itemId: string }) {
  const assignment = await taughtAssignment(opts);
  const { count } = isId(opts.itemId) ? await db.assignmentItem.deleteMany({ where: { id: opts.itemId, assignmentId: assignment.id } }) : { count: 0 };
  if (!count) throw new AppError("NOT_FOUND", "Item not found.");
  return { classId: assignment.classId };
}
