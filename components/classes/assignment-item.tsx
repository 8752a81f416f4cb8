"use client";
import { useActionState, useState } from "react";
import Link from "next/link";
import { changeDueDateAction, unassignLessonAction } from "@/app/classes/actions";
import { DueDateInput } from "@/components/classes/due-date-input";
import { LocalTime } from "@/components/classes/local-time";
import { FormError, dangerButton, fieldError, primaryButton, secondaryButton, type FormState } from "@/components/classes/form-bits";

type Assignment = { id: string; lessonId: string; lessonTitle: string; dueAt: string };

export function AssignmentItem({ classId, assignment }: { classId: string; assignment: Assignment }) {
  const [editing, setEditing] = useState(false);
  const [changeState, change, changing] = useActionState<FormState, FormData>(async (prev, form) => {
    const result = await changeDueDateAction(prev, form);
    if (result.ok) setEditing(false);
    return result;
  }, null);
  const [removeState, remove, removing] = useActionState<FormState, FormData>(unassignLessonAction, null);
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <Link href={`/lessons/${assignment.lessonId}`} className="font-han font-medium text-brand-700 underline">
            {assignment.lessonTitle}
          </Link>
          <p className="text-sm text-stone-600">
            due <LocalTime iso={assignment.dueAt} /> ·{" "}
            <Link href={`/classes/${classId}/assignments/${assignment.id}`} className="text-brand-700 underline">
              Items &amp; retention
            </Link>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => setEditing((e) => !e)} className={secondaryButton}>
            {editing ? "Cancel" : "Change due date"}
          </button>
          <form action={remove}>
            <input type="hidden" name="classId" value={classId} />
            <input type="hidden" name="assignmentId" value={assignment.id} />
            <button type="submit" disabled={removing} className={dangerButton}>
              {removing ? "Removing…" : "Unassign"}
            </button>
          </form>
        </div>
      </div>
      <FormError state={removeState} />
      {editing ? (
        <form action={change} noValidate className="flex flex-wrap items-end gap-3 rounded-md bg-stone-50 p-3">
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="assignmentId" value={assignment.id} />
          <DueDateInput label="New due date" initialIso={assignment.dueAt} error={fieldError(changeState, "dueAt")} />
          <button type="submit" disabled={changing} className={primaryButton}>
            {changing ? "Saving…" : "Save"}
          </button>
          <FormError state={changeState} />
        </form>
      ) : null}
    </li>
  );
}
