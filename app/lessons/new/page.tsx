import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { ImportForm } from "@/components/lessons/import-form";
import { requireUser } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "New lesson" };

export default async function NewLessonPage() {
  const user = await requireUser("/lessons/new");
  return (
    <div className="max-w-2xl">
      <PageHeader title="New lesson" subtitle="A transcript becomes a lesson: sentences by speaker, words with pinyin and glosses, set phrases explained." />
      <ImportForm canShare={user.role !== "LEARNER"} />
    </div>
  );
}
