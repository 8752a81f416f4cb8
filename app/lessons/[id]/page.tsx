import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DroppedLines } from "@/components/reader/dropped-lines";
import { LessonText } from "@/components/reader/lesson-text";
import { ReaderShell } from "@/components/reader/reader-shell";
import { lessonScript } from "@/components/reader/lesson-script";
import { LessonPager } from "@/components/reader/lesson-pager";
import { requireUser } from "@/lib/server/auth/guard";
import { getLessonPage } from "@/lib/server/lessons/get-lesson";
import { getReadingPage, saveReadingPage } from "@/lib/server/lessons/reading-position";
import { getReaderDefaults } from "@/lib/server/lessons/reader-defaults";
import { savedNoteKeys } from "@/lib/server/lessons/saved-note-keys";
import { getLessonWordView } from "@/lib/server/words/study-list";
import { StudyPanel } from "@/components/reader/study-panel";
import { WordStatusCounts } from "@/components/reader/word-status-counts";
import { WordStatusFrame } from "@/components/reader/word-status-frame";
import { sentenceExcerpt } from "@/lib/text/excerpt";

export const metadata: Metadata = { title: "Reader" };

// Long lessons are read a page at a time (lib/server/lessons/get-lesson.ts); without ?page= the
// reader opens where this learner left off, and each page opened is remembered.
export default async function ReaderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/lessons/${id}`);
  const asked = Number.parseInt(query.page ?? "", 10);
  const wanted = Number.isFinite(asked) && asked >= 1 ? asked - 1 : null;
  const page = wanted ?? (await getReadingPage({ userId: user.id, lessonId: id }).catch(() => 0));
  const [lesson, defaults] = await Promise.all([getLessonPage({ userId: user.id, lessonId: id, page }), getReaderDefaults({ userId: user.id })]);
  if (!lesson) notFound();
  if (lesson.pageCount > 1) await saveReadingPage({ userId: user.id, lessonId: lesson.id, page: lesson.page });
  // The study list covers the whole lesson (a page holds only part of it), so it reads the lesson's word list itself.
  const [saved, words] = await Promise.all([
    savedNoteKeys({ userId: user.id, lessonId: lesson.id }),
    getLessonWordView({ userId: user.id, lessonId: lesson.id, now: new Date(), allSentences: lesson.pageCount === 1 ? lesson.sentences : undefined }),
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
        {lesson.sentenceCount} sentences · tap a word for its meaning; <span className="rounded bg-amber-100 px-1 text-stone-800">idioms</span> and{" "}
        <span className="rounded bg-sky-100 px-1 text-stone-800">set phrases</span> are highlighted
      </p>
      <DroppedLines dropped={lesson.dropped} />
      <WordStatusCounts counts={words.counts} className="mt-1 text-xs text-stone-600" />
      <div className="mt-3">
        <StudyPanel
          lessonId={lesson.id}
          items={words.study.map(({ text, kind, pinyin, gloss, hsk3, count, sentenceText, sentenceIndex, page }) => ({ text, kind, pinyin, gloss, hsk3, count, sentenceText: sentenceExcerpt(sentenceText, text), sentenceIndex, page }))}
          total={words.studyTotal}
          level={words.level}
          page={lesson.page}
        />
      </div>
      <div className="mt-4">
        <LessonPager lessonId={lesson.id} page={lesson.page} pageCount={lesson.pageCount} label="Pages (top)" />
        <WordStatusFrame>
          <ReaderShell lessonId={lesson.id} defaults={defaults} saved={saved} hasEnglish={lesson.sentences.some((s) => s.translation)} script={lessonScript(lesson.sentences)}>
            <LessonText sentences={lesson.sentences} statuses={Object.fromEntries(words.statuses)} />
          </ReaderShell>
        </WordStatusFrame>
        <LessonPager lessonId={lesson.id} page={lesson.page} pageCount={lesson.pageCount} label="Pages (bottom)" />
      </div>
    </article>
  );
}
