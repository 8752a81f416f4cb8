import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonEditor } from "@/components/lesson-editor/lesson-editor";
import { requireUser } from "@/lib/server/auth/guard";
import { getWholeLesson } from "@/lib/server/lessons/get-lesson";
import { listLessonEdits } from "@/lib/server/lesson-edits/list-lesson-edits";

export const metadata: Metadata = { title: "Correct lesson" };

export default async function EditLessonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/lessons/${id}/edit`);
  const lesson = await getWholeLesson({ userId: user.id, lessonId: id });
  // Only the owner corrects a lesson; anyone else sees the same page as for a missing lesson.
  if (!lesson || !lesson.isOwner) notFound();
  const edits = await listLessonEdits({ userId: user.id, lessonId: lesson.id });
  return (
    <article>
      <Link href={`/lessons/${lesson.id}`} className="text-sm text-brand-700 hover:underline">
        ← Back to the reader
      </Link>
      <h1 className="font-han mt-2 text-2xl font-semibold">Correct “{lesson.title}”</h1>
      <p className="mt-1 text-sm text-stone-600">
        Tap a word to fix its pinyin, gloss or kind, merge or split it. Every edit is kept in the history and can be undone; your students&apos; saved notes and
        cards follow it without losing their reviews.
      </p>
      <div className="mt-4">
        <LessonEditor
          lessonId={lesson.id}
          hasEnglish={lesson.sentences.some((s) => s.translation)}
          sentences={lesson.sentences.map((s) => ({ index: s.index, text: s.text, tokens: s.tokens, translation: s.translation }))}
          history={edits.map((e) => ({ ...e, createdAt: e.createdAt.toISOString(), undone: e.undoneAt !== null, undoneAt: undefined }))}
        />
      </div>
    </article>
  );
}
