"use client";
import { useActionState, useId, useState } from "react";
import Link from "next/link";
import { assignLessonAction } from "@/app/classes/actions";
import { DueDateInput } from "@/components/classes/due-date-input";
import { FieldMessage, FormError, fieldError, primaryButton, type FormState } from "@/components/classes/form-bits";

export function AssignLessonForm({ classId, lessons }: { classId: string; lessons: { id: string; title: string }[] }) {
  const id = useId();
  const [lessonId, setLessonId] = useState("");
  const [round, setRound] = useState(0);
  const [state, action, pending] = useActionState<FormState<{ id: string }>, FormData>(async (prev, form) => {
    const result = await assignLessonAction(prev, form);
    if (result.ok) {
      setLessonId("");
      setRound((n) => n + 1);
    }
    return result;
  }, null);
  if (!lessons.length) {
    return (
      <p className="text-sm text-stone-600">
        All your lessons are assigned to this class, or you have none yet.{" "}
        <Link href="/lessons/new" className="font-medium text-brand-700 underline">
          Import a lesson
        </Link>
      </p>
    );
  }
  const lessonError = fieldError(state, "lessonId");
  return (
    <form action={action} noValidate className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="font-medium">Assign a lesson</h3>
      <input type="hidden" name="classId" value={classId} />
      <FormError state={state} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
        <div className="min-w-0 space-y-1">
          <label htmlFor={id} className="block text-sm font-medium text-stone-700">
            Lesson
          </label>
          <select
            id={id}
            name="lessonId"
            value={lessonId}
            onChange={(e) => setLessonId(e.target.value)}
            aria-invalid={lessonError ? true : undefined}
            className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm"
          >
            <option value="" disabled>
              Choose one of your lessons
            </option>
            {lessons.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </select>
          <FieldMessage name="lessonId" error={lessonError} />
        </div>
        <DueDateInput key={round} error={fieldError(state, "dueAt")} />
        <div className="space-y-1">
          <label htmlFor={`${id}-level`} className="block text-sm font-medium text-stone-700">
            Words from
          </label>
          <select id={`${id}-level`} name="itemLevel" defaultValue="4" className="block rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm">
            {[1, 2, 3, 4, 5, 6, 7].map((l) => (
              <option key={l} value={l}>
                HSK {l === 7 ? "7–9" : `${l}+`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Assigning…" : "Assign"}
        </button>
      </div>
      <p className="text-xs text-stone-500">
        The due date is in your own time zone. The lesson&apos;s idioms, set phrases and words at or above the chosen HSK level become the assignment&apos;s items
        (edit the list afterwards); each student receives them as cards.
      </p>
      {state?.ok ? <p role="status" className="text-sm text-green-800">Assigned.</p> : null}
    </form>
  );
}
