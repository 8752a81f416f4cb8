"use client";
import { useActionState } from "react";
import { addCoTeacherAction, removeCoTeacherAction } from "@/app/assignments/actions";
import { FormError, TextField, fieldError, primaryButton, secondaryButton, type FormState } from "@/components/classes/form-bits";

function RemoveCoTeacher({ classId, teacher }: { classId: string; teacher: { userId: string; name: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(removeCoTeacherAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="teacherId" value={teacher.userId} />
      <button type="submit" disabled={pending} className={secondaryButton} aria-label={`Remove ${teacher.name}`}>
        Remove
      </button>
      <FormError state={state} />
    </form>
  );
}

/** The class owner adds another teacher by e-mail; co-teachers see the dashboard and manage assignments. */
export function CoTeachers({ classId, coTeachers, isOwner }: { classId: string; coTeachers: { userId: string; name: string }[]; isOwner: boolean }) {
  const [state, action, pending] = useActionState<FormState<{ userId: string; name: string }>, FormData>(addCoTeacherAction, null);
  return (
    <div className="space-y-3">
      {coTeachers.length ? (
        <ul className="space-y-1">
          {coTeachers.map((t) => (
            <li key={t.userId} className="flex items-center justify-between gap-2 text-sm">
              {t.name}
              {isOwner ? <RemoveCoTeacher classId={classId} teacher={t} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">No co-teachers.</p>
      )}
      {isOwner ? (
        <form action={action} noValidate className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="classId" value={classId} />
          <TextField label="Add a teacher by e-mail" name="email" error={fieldError(state, "email")} className="min-w-64" />
          <button type="submit" disabled={pending} className={primaryButton}>
            Add co-teacher
          </button>
          <FormError state={state} />
        </form>
      ) : null}
    </div>
  );
}
