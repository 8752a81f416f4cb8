import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { NoteEditor } from "@/components/notes/note-editor";
import { NoteCards } from "@/components/notes/note-cards";
import { DeleteNoteButton } from "@/components/notes/delete-note-button";
import { requireUser } from "@/lib/server/auth/guard";
import { getNote, type NoteDetail } from "@/lib/server/notes/get-note";
import { isUuid } from "@/lib/server/notes/is-uuid";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Note" };

async function findNote(userId: string, id: string): Promise<NoteDetail | null> {
  if (!isUuid(id)) return null;
  try {
    return await getNote({ userId, noteId: id });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }
}

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/notes/${id}`);
  const note = await findNote(user.id, id);
  if (!note) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-2 text-sm">
        <Link href="/notes" className="text-brand-700 underline">
          ← My notes
        </Link>
      </p>
      <PageHeader title={note.text} subtitle={`${note.kind.toLowerCase()}${note.lesson ? ` · from ${note.lesson.title}` : ""}`} />
      {note.sentenceText ? <p className="font-han mb-6 rounded-md bg-stone-100 px-3 py-2 text-stone-700">{note.sentenceText}</p> : null}
      <section className="mb-8">
        <NoteEditor note={{ id: note.id, text: note.text, pinyin: note.pinyin, meaning: note.meaning, tags: note.tags }} />
      </section>
      <section className="mb-8">
        <h2 className="mb-2 text-lg font-semibold">Cards</h2>
        <NoteCards noteId={note.id} cards={note.cards.map((c) => ({ ...c, due: c.due.toISOString() }))} />
      </section>
      <section className="mb-8">
        <DeleteNoteButton noteId={note.id} text={note.text} />
      </section>
    </div>
  );
}
