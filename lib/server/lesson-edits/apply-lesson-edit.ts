import "server-only";
import { AppError } from "@/lib/errors";
import { db, type Prisma } from "@/lib/server/db";
import { isId } from "@/lib/server/classes/class-errors";
import { parseInput } from "@/lib/server/classes/class-errors";
import { moveAlignmentBoundary, spanText, type Span } from "@/lib/text/align-translation";
import { countHan } from "@/lib/text/pinyin-syllables";
import { mergeTokens, rebuildSentenceTokens, splitToken } from "@/lib/text/rebuild-sentence";
import { lessonEditSchema, type LessonEditInput } from "@/lib/validation/lesson-edits";
import { propagateToNotes } from "./propagate-to-notes";
import { recountLesson } from "./recount-lesson";
import { sentenceStateSelect, toState, writeStates, type SentenceState } from "./sentence-state";

export const lessonNotFound = () => new AppError("NOT_FOUND", "Lesson not found.");
const invalid = (message: string, field = "form") => new AppError("INVALID_INPUT", message, { fields: { [field]: message } });

/** The lesson, only when the caller owns it: anyone else's lesson is "not found". */
export async function ownedLesson(tx: Prisma.TransactionClient, userId: string, lessonId: string) {
  const lesson = isId(lessonId)
    ? await tx.lesson.findFirst({ where: { id: lessonId, ownerId: userId }, select: { id: true, englishSentences: true } })
    : null;
  if (!lesson) throw lessonNotFound();
  // Serialises edits of one lesson, so two tabs cannot interleave before/after snapshots.
  await tx.$executeRaw`SELECT 1 FROM "Lesson" WHERE id = ${lesson.id}::uuid FOR UPDATE`;
  return lesson;
}

async function loadStates(tx: Prisma.TransactionClient, lessonId: string, indices: number[]): Promise<SentenceState[]> {
  const rows = await tx.sentence.findMany({ where: { lessonId, index: { in: indices } }, select: sentenceStateSelect, orderBy: { index: "asc" } });
  if (rows.length !== indices.length) throw invalid("This sentence is no longer in the lesson; reload the page.");
  return rows.map(toState);
}

function orFail<T>(result: T | string): T {
  if (typeof result === "string") throw invalid(result);
  return result;
}

function tokenEdit(s: SentenceState, input: Extract<LessonEditInput, { op: "token" }>): SentenceState {
  const token = s.tokens[input.tokenIndex];
  if (!token || token.kind === "punct") throw invalid("No such word in this sentence; reload the page.");
  if (input.pinyin === undefined && input.gloss === undefined && input.kind === undefined) throw invalid("Change the pinyin, the gloss or the kind.");
  if (input.pinyin !== undefined && input.pinyin.split(" ").length !== countHan(token.text)) {
    throw invalid(`${token.text} has ${countHan(token.text)} Chinese characters: write one syllable for each.`, "pinyin");
  }
  const tokens = s.tokens.slice();
  tokens[input.tokenIndex] = { ...token, ...(input.pinyin !== undefined && { pinyin: input.pinyin }), ...(input.gloss !== undefined && { gloss: input.gloss }), ...(input.kind !== undefined && { kind: input.kind }) };
  return { ...s, tokens };
}

/** The new states of the sentences an edit touches (one, or two for an alignment move). */
function nextStates(input: LessonEditInput, states: SentenceState[], english: string[]): SentenceState[] {
  const [s] = states;
  switch (input.op) {
    case "token":
      return [tokenEdit(s, input)];
    case "merge":
      return [{ ...s, tokens: orFail(mergeTokens(s.tokens, input.tokenIndex)) }];
    case "split":
      return [{ ...s, tokens: orFail(splitToken(s.tokens, input.tokenIndex, input.at)) }];
    case "text":
      if (!/\p{Script=Han}/u.test(input.text)) throw invalid("A sentence must contain Chinese characters.", "text");
      if (input.text === s.text) throw invalid("The text is unchanged.", "text");
      return [{ ...s, text: input.text, tokens: rebuildSentenceTokens(input.text) }];
    case "translation":
      return [{ ...s, translation: input.translation || null }];
    case "alignment": {
      const [a, b] = states;
      const span = (x: SentenceState): Span | null => (x.enStart !== null && x.enEnd !== null ? [x.enStart, x.enEnd] : null);
      const moved = orFail(moveAlignmentBoundary([span(a), span(b)], 0, input.direction === "take" ? 1 : -1, english.length));
      return [a, b].map((x, k) => ({ ...x, enStart: moved[k]?.[0] ?? null, enEnd: moved[k]?.[1] ?? null, translation: spanText(english, moved[k]) }));
    }
  }
}

/** Stores the new states, carries them to learners' notes and records the edit, all or nothing. */
export async function commitEdit(
  tx: Prisma.TransactionClient,
  opts: { lessonId: string; userId: string; kind: string; before: SentenceState[]; after: SentenceState[] },
) {
  await writeStates(tx, opts.lessonId, opts.after);
  for (let k = 0; k < opts.after.length; k++) await propagateToNotes(tx, opts.lessonId, opts.before[k], opts.after[k]);
  if (opts.kind !== "translation" && opts.kind !== "alignment") await recountLesson(tx, opts.lessonId);
  return tx.lessonEdit.create({
    data: {
      lessonId: opts.lessonId,
      userId: opts.userId,
      kind: opts.kind,
      sentenceIndex: opts.before[0].index,
      before: opts.before as unknown as object[],
      after: opts.after as unknown as object[],
    },
    select: { id: true, kind: true, sentenceIndex: true, createdAt: true },
  });
}

/**
 * One correction by the lesson's owner: a token's pinyin, gloss or kind, a merge or split, a
 * sentence's text (re-run through the pipeline for that sentence only), its translation, or the
 * alignment boundary with the next sentence. Stored as an edit (who, when, before, after).
 */
export async function applyLessonEdit(opts: { userId: string; lessonId: string; input: unknown }) {
  const input = parseInput(lessonEditSchema, opts.input);
  return db.$transaction(async (tx) => {
    const lesson = await ownedLesson(tx, opts.userId, opts.lessonId);
    const indices = input.op === "alignment" ? [input.sentenceIndex, input.sentenceIndex + 1] : [input.sentenceIndex];
    if (input.op === "alignment" && !lesson.englishSentences.length) throw invalid("This lesson has no English version to align.");
    const before = await loadStates(tx, lesson.id, indices);
    const after = nextStates(input, before, lesson.englishSentences);
    const edit = await commitEdit(tx, { lessonId: lesson.id, userId: opts.userId, kind: input.op, before, after });
    return { edit, sentences: after };
  });
}
