import "server-only";
import { db } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CardType as DbCardType, NoteKind as DbNoteKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { CARD_TYPES, cardTypesForNote, type CardType, type NoteKind } from "@/lib/srs/card-types";
import { newCardState } from "@/lib/srs/card-state";
import { decodeSentenceTokens } from "@/lib/text/token-codec";
import { readableLessonWhere, isLessonId } from "@/lib/server/lessons/lesson-access";
import { inferNoteKind, noteFields } from "./note-fields";

export interface SaveNoteOptions {
  userId: string;
  text: string;
  kind?: NoteKind;
  lessonId?: string;
  sentenceIndex?: number;
  now: Date;
}

const noteSelect = {
  id: true,
  kind: true,
  text: true,
  pinyin: true,
  meaning: true,
  lessonId: true,
  sentenceIndex: true,
  sentenceText: true,
  createdAt: true,
} as const;
const cardSelect = { id: true, type: true, due: true, state: true } as const;

type NoteRow = Prisma.NoteGetPayload<{ select: typeof noteSelect }>;
type CardRow = Prisma.CardGetPayload<{ select: typeof cardSelect }>;

function present(note: NoteRow, cards: CardRow[]) {
  return {
    note: { ...note, kind: note.kind.toLowerCase() as NoteKind },
    cards: cards.map((c) => ({ ...c, type: c.type.toLowerCase() as CardType })),
  };
}

export type SavedNote = ReturnType<typeof present> & { created: boolean };

async function findExisting(userId: string, kind: DbNoteKind, text: string): Promise<SavedNote | null> {
  const note = await db.note.findUnique({
    where: { userId_kind_text: { userId, kind, text } },
    select: { ...noteSelect, cards: { select: cardSelect, orderBy: { createdAt: "asc" } } },
  });
  if (!note) return null;
  const { cards, ...rest } = note;
  return { ...present(rest, cards), created: false };
}

async function sourceSentence(userId: string, lessonId: string | undefined, sentenceIndex: number | undefined) {
  if (!lessonId) return null;
  const lesson = isLessonId(lessonId)
    ? await db.lesson.findFirst({ where: { id: lessonId, ...readableLessonWhere(userId) }, select: { id: true } })
    : null;
  if (!lesson) throw new AppError("NOT_FOUND", "Lesson not found.");
  if (sentenceIndex === undefined) return null;
  const sentence = await db.sentence.findUnique({
    where: { lessonId_index: { lessonId, index: sentenceIndex } },
    select: { text: true, tokens: true, translation: true, lesson: { select: { words: true } } },
  });
  if (!sentence) throw new AppError("NOT_FOUND", "Sentence not found in this lesson.");
  return { text: sentence.text, tokens: decodeSentenceTokens(sentence.tokens, sentence.lesson.words), translation: sentence.translation };
}

/**
 * Saves a word, idiom, phrase or sentence as a note with its cards (one per card type the note
 * allows and the user has enabled), all in one transaction. Saving the same text and kind again
 * returns the existing note unchanged (`created: false`).
 */
export async function saveNote(opts: SaveNoteOptions): Promise<SavedNote> {
  const text = opts.text.trim();
  const kind = opts.kind ?? inferNoteKind(text);
  const dbKind = kind.toUpperCase() as DbNoteKind;
  const sentence = await sourceSentence(opts.userId, opts.lessonId, opts.sentenceIndex);

  const existing = await findExisting(opts.userId, dbKind, text);
  if (existing) return existing;

  const settings = await db.schedulingSettings.findUnique({ where: { userId: opts.userId }, select: { enabledCardTypes: true } });
  const enabled = settings ? settings.enabledCardTypes.map((t) => t.toLowerCase() as CardType) : [...CARD_TYPES];
  const sentenceText = sentence?.text ?? null;
  const types = cardTypesForNote({ kind, text, hasSentence: !!sentenceText && sentenceText.includes(text) }, enabled);
  const { pinyin, meaning } = noteFields(kind, text, sentence);
  const state = newCardState(opts.now);

  try {
    return await db.$transaction(async (tx) => {
      const note = await tx.note.create({
        data: {
          userId: opts.userId,
          kind: dbKind,
          text,
          pinyin,
          meaning,
          lessonId: opts.lessonId ?? null,
          sentenceIndex: sentence ? opts.sentenceIndex : null,
          sentenceText,
        },
        select: noteSelect,
      });
      await tx.card.createMany({
        data: types.map((t) => ({ noteId: note.id, userId: opts.userId, type: t.toUpperCase() as DbCardType, ...state })),
      });
      const cards = await tx.card.findMany({ where: { noteId: note.id }, select: cardSelect });
      cards.sort((a, b) => CARD_TYPES.indexOf(a.type.toLowerCase() as CardType) - CARD_TYPES.indexOf(b.type.toLowerCase() as CardType));
      return { ...present(note, cards), created: true };
    });
  } catch (e) {
    // Two saves of the same text at once: the unique index lets one win; the other gets its note.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const raced = await findExisting(opts.userId, dbKind, text);
      if (raced) return raced;
    }
    throw e;
  }
}
