import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { AssignLessonForm } from "@/components/classes/assign-lesson-form";
import { AssignmentItem } from "@/components/classes/assignment-item";
import { DeleteClassForm, RegenerateCodeForm, RenameClassForm } from "@/components/classes/class-settings";
import { MemberList } from "@/components/classes/member-list";
import { CoTeachers } from "@/components/classes/co-teachers";
import { ProgressLegend } from "@/components/classes/progress-legend";
import { ProgressTable } from "@/components/classes/progress-table";
import { ProgressCards } from "@/components/classes/progress-cards";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/server/auth/guard";
import { getClassProgress } from "@/lib/server/classes/get-class-progress";
import { listAssignableLessons } from "@/lib/server/classes/list-assignable-lessons";

export const metadata: Metadata = { title: "Class" };

async function load(userId: string, classId: string) {
  try {
    return await Promise.all([getClassProgress({ userId, classId }), listAssignableLessons({ userId })]);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

/** The teacher's view of one of their classes; anyone else gets the ordinary 404 page. */
export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/classes/${id}`);
  if (user.role !== "TEACHER" && user.role !== "ADMIN") notFound();
  const [progress, lessons] = await load(user.id, id);
  const klass = progress.class;
  const assigned = new Set(klass.assignments.map((a) => a.lessonId));

  return (
    <div className="space-y-10">
      <div>
        <Link href="/classes" className="text-sm text-brand-700 underline">
          ← Classes
        </Link>
        <PageHeader title={klass.name} subtitle={`${klass.members.length} ${klass.members.length === 1 ? "member" : "members"}`}>
          <p className="rounded-md border border-stone-200 bg-white px-3 py-2 text-sm">
            Join code <strong className="font-mono text-base tracking-wider" data-testid="join-code">{klass.joinCode}</strong>
          </p>
        </PageHeader>
      </div>

      <section aria-labelledby="progress-heading" className="space-y-3">
        <h2 id="progress-heading" className="text-xl font-semibold">
          Progress
        </h2>
        {progress.members.length ? (
          <>
            <div className="hidden sm:block">
              <ProgressTable progress={progress} />
            </div>
            <div className="sm:hidden">
              <ProgressCards progress={progress} />
            </div>
          </>
        ) : (
          <p className="text-stone-600">No members yet. Share the join code {klass.joinCode} with your learners.</p>
        )}
        <ProgressLegend />
      </section>

      <section aria-labelledby="assignments-heading" className="space-y-3">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Assigned lessons
        </h2>
        {klass.assignments.length ? (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white px-4">
            {klass.assignments.map((a) => (
              <AssignmentItem key={a.id} classId={klass.id} assignment={{ ...a, dueAt: a.dueAt.toISOString() }} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">No lessons assigned yet.</p>
        )}
        <AssignLessonForm classId={klass.id} lessons={lessons.filter((l) => !assigned.has(l.id))} />
      </section>

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-xl font-semibold">
          Members
        </h2>
        <MemberList classId={klass.id} members={klass.members} />
      </section>

      <section aria-labelledby="coteachers-heading" className="space-y-3">
        <h2 id="coteachers-heading" className="text-xl font-semibold">
          Co-teachers
        </h2>
        <CoTeachers classId={klass.id} coTeachers={klass.coTeachers} isOwner={klass.isOwner} />
      </section>

      <section aria-labelledby="settings-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="settings-heading" className="text-xl font-semibold">
          Settings
        </h2>
        <RenameClassForm classId={klass.id} name={klass.name} />
        <RegenerateCodeForm classId={klass.id} />
        <DeleteClassForm classId={klass.id} name={klass.name} memberCount={klass.members.length} />
      </section>
    </div>
  );
}
