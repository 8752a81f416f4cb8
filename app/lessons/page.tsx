import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { LessonListItemCard } from "@/components/lessons/lesson-list-item";
import { requireUser } from "@/lib/server/auth/guard";
import { listLessons } from "@/lib/server/lessons/list-lessons";

export const metadata: Metadata = { title: "Lessons" };

export default async function LessonsPage() {
  const user = await requireUser("/lessons");
  const lessons = await listLessons({ userId: user.id, now: new Date() });
  return (
    <div>
      <PageHeader title="Lessons" subtitle="Your transcripts and the lessons your classes assigned.">
        <Link href="/lessons/new" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
          New lesson
        </Link>
      </PageHeader>
      {lessons.length ? (
        <ul className="space-y-3">
          {lessons.map((l) => (
            <LessonListItemCard key={l.id} lesson={l} />
          ))}
        </ul>
      ) : (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center">
          <p className="text-lg font-medium">No lessons yet</p>
          <p className="mt-1 text-stone-600">Paste a Chinese news transcript or upload a .txt file, and it becomes a lesson with pinyin and glosses.</p>
          <Link href="/lessons/new" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
            Import your first lesson
          </Link>
        </div>
      )}
    </div>
  );
}
