import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { ReceiveOnOpen } from "@/components/assignments/receive-on-open";
import { LocalTime } from "@/components/classes/local-time";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/server/auth/guard";
import { getOwnAssignmentFigures } from "@/lib/server/assignments/get-assignment-retention";

export const metadata: Metadata = { title: "Assignment" };

/** A student's assignment: its items reach their cards on opening; their own retention figures. */
export default async function StudentAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/assignments/${id}`);
  let f;
  try {
    f = await getOwnAssignmentFigures({ userId: user.id, assignmentId: id, now: new Date() });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const share = f.share === null ? "—" : `${Math.round(f.share * 100)}%`;
  return (
    <div className="space-y-6">
      <div>
        <Link href="/classes" className="text-sm text-brand-700 underline">
          ← Classes
        </Link>
        <PageHeader title={f.assignment.lesson.title} subtitle={`${f.assignment.class.name} · ${f.itemCount} items`} />
        <p className="text-sm text-stone-600">
          due <LocalTime iso={f.assignment.dueAt.toISOString()} />
        </p>
      </div>
      <ReceiveOnOpen assignmentId={id} />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="own-figures">
        {[
          ["Retained today", `${share} (${f.retained}/${f.itemCount})`],
          ["Items in your cards", String(f.items)],
          ["Reviews in 7 days", String(f.reviews7d)],
          ["Overdue cards", String(f.overdue)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-xs uppercase text-stone-500">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-3">
        <Link href="/review" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
          Review now
        </Link>
        <Link href={`/lessons/${f.assignment.lessonId}`} className="rounded-md border border-stone-300 px-4 py-2 font-medium text-stone-700">
          Read the lesson
        </Link>
      </div>
    </div>
  );
}
