import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { ItemListEditor } from "@/components/assignments/item-list-editor";
import { RetentionTable, RevisitList } from "@/components/assignments/retention-table";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/server/auth/guard";
import { getAssignmentItems } from "@/lib/server/assignments/assignment-items";
import { getAssignmentRetention } from "@/lib/server/assignments/get-assignment-retention";

export const metadata: Metadata = { title: "Assignment" };

async function load(userId: string, assignmentId: string) {
  try {
    return await Promise.all([getAssignmentItems({ userId, assignmentId }), getAssignmentRetention({ userId, assignmentId, now: new Date() })]);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

/** A teacher's view of one assignment: what students retain, what to revisit, and the item list. */
export default async function AssignmentPage({ params }: { params: Promise<{ id: string; assignmentId: string }> }) {
  const { id, assignmentId } = await params;
  const user = await requireUser(`/classes/${id}/assignments/${assignmentId}`);
  const [items, retention] = await load(user.id, assignmentId);
  if (items.assignment.classId !== id) notFound();
  return (
    <div className="space-y-8">
      <div>
        <Link href={`/classes/${id}`} className="text-sm text-brand-700 underline">
          ← {items.assignment.class.name}
        </Link>
        <PageHeader title={items.assignment.lesson.title} subtitle={`${items.items.length} items · what your students retain today`} />
      </div>
      <section className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-xl font-semibold">Students</h2>
          <a href={`/api/assignments/${assignmentId}/retention?format=csv`} className="text-sm text-brand-700 underline" download>
            Export CSV
          </a>
        </div>
        <RetentionTable r={retention} />
        <p className="text-xs text-stone-500">
          Retained: items whose every reviewed card the student would recall with probability ≥ 90% today (FSRS). E-mails appear only for students who allow it.
        </p>
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">Revisit in class</h2>
        <RevisitList r={retention} />
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">Items</h2>
        <ItemListEditor assignmentId={assignmentId} items={items.items} others={items.others} />
      </section>
    </div>
  );
}
