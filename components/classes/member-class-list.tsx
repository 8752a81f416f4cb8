import Link from "next/link";
import type { MemberClass } from "@/lib/server/classes/list-member-classes";
import { LocalTime } from "@/components/classes/local-time";
import { LeaveClassButton } from "@/components/classes/leave-class-button";

/** The classes the learner belongs to, each with its assigned lessons. */
export function MemberClassList({ classes, emptyText }: { classes: MemberClass[]; emptyText: string }) {
  if (!classes.length) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">{emptyText}</p>;
  }
  return (
    <ul className="space-y-4">
      {classes.map((c) => (
        <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="member-class">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h3 className="text-lg font-medium">{c.name}</h3>
              <p className="text-sm text-stone-600">Teacher: {c.teacherName}</p>
            </div>
            <LeaveClassButton classId={c.id} className={c.name} />
          </div>
          {c.assignments.length ? (
            <ul className="mt-3 divide-y divide-stone-100">
              {c.assignments.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="flex flex-wrap items-baseline gap-x-3">
                    <Link href={`/lessons/${a.lessonId}`} className="font-han font-medium text-brand-700 underline">
                      {a.lessonTitle}
                    </Link>
                    <Link href={`/assignments/${a.id}`} className="text-sm text-brand-700 underline">
                      Words &amp; progress
                    </Link>
                  </span>
                  <span className="flex items-center gap-2 text-sm text-stone-600">
                    due <LocalTime iso={a.dueAt.toISOString()} />
                    {a.overdue ? <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">overdue</span> : null}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-stone-600">No lessons assigned yet.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
