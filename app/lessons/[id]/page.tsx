import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DroppedLines } from "@/components/reader/dropped-lines";
import { LessonText } from "@/components/reader/lesson-text";
import { ReaderShell } from "@/components/reader/reader-shell";
import { lessonScript } from "@/components/reader/lesson-script";
import { requireUser } from "@/lib/server/auth/guard";
import { getLesson } from "@/lib/server/lessons/get-lesson";
import { getReaderDefaults } from "@/lib/server/lessons/reader-defaults";
import { savedNoteKeys } from "@/lib/server/lessons/saved-note-keys";
import { getLessonWordView } from "@/lib/server/words/study-list";
import { StudyPanel } from "@/components/reader/study-panel";
import { WordStatusCounts } from "@/components/reader/word-status-counts";
import { WordStatusFrame } from "@/components/reader/word-status-frame";

export const metadata: Metadata = { title: "Reader" };

export default async function ReaderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/lessons/${id}`);
  const [lesson, defaults] = await Promise.all([getLesson({ userId: user.id, lessonId: id }), getReaderDefaults({ userId: user.id })]);
  if (!lesson) notFound();
  const [saved, words] = await Promise.all([
    savedNoteKeys({ userId: user.id, lessonId: lesson.id }),
    getLessonWordView({ userId: user.id, lessonId: lesson.id, now: new Date(), allSentences: lesson.sentences }),
  ]);
  return (
    <article>
      <Link href="/lessons" className="text-sm text-brand-700 hover:underline">
        ← Lessons
      </Link>
      <h1 className="font-han mt-2 text-2xl font-semibold leading-snug sm:text-3xl">{lesson.title}</h1>
      {lesson.dateline ? <p className="font-han mt-1 text-stone-600">{lesson.dateline}</p> : null}
      {lesson.isOwner ? (
        <Link href={`/lessons/${lesson.id}/edit`} className="mt-1 inline-block text-sm text-brand-700 hover:underline">
          Correct this lesson (words, text, English)
        </Link>
      ) : null}
      <p className="mt-1 text-xs text-stone-500">
        {lesson.sentences.length} sentences · tap a word for its meaning; <span className="rounded bg-amber-100 px-1">idioms</span> and{" "}
        <span className="rounded bg-sky-100 px-1">set phrases</span> are highlighted
      </p>
      <DroppedLines dropped={lesson.dropped} />
      <WordStatusCounts counts={words.counts} className="mt-1 text-xs text-stone-600" />
      <div className="mt-3">
        <StudyPanel
          lessonId={lesson.id}
          items={words.study.map(({ text, kind, pinyin, gloss, hsk3, count, sentenceText }) => ({ text, kind, pinyin, gloss, hsk3, count, sentenceText }))}
          total={words.studyTotal}
          level={words.level}
        />
      </div>
      <div className="mt-4">
        <WordStatusFrame>
          <ReaderShell lessonId={lesson.id} defaults={defaults} saved={saved} hasEnglish={lesson.sentences.some((s) => s.translation)} script={lessonScript(lesson.sentences)}>
            <LessonText sentences={lesson.sentences} statuses={Object.fromEntries(words.statuses)} />
          </ReaderShell>
        </WordStatusFrame>
      </div>
    </article>
  );
}
