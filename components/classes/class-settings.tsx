"use client";
import { useActionState, useState } from "react";
import { deleteClassAction, regenerateJoinCodeAction, renameClassAction } from "@/app/classes/actions";
import { CLASS_NAME_MAX } from "@/lib/validation/classes";
import { FormError, TextField, dangerButton, fieldError, primaryButton, secondaryButton, type FormState } from "@/components/classes/form-bits";

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const [state, action, pending] = useActionState<FormState<{ name: string }>, FormData>(renameClassAction, null);
  return (
    <form action={action} noValidate className="space-y-2">
      <input type="hidden" name="classId" value={classId} />
      <FormError state={state} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField label="Class name" name="name" defaultValue={name} maxLength={CLASS_NAME_MAX + 10} error={fieldError(state, "name")} className="min-w-0 flex-1" />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : "Rename"}
        </button>
      </div>
      {state?.ok ? <p role="status" className="text-sm text-green-800">Renamed to {state.data.name}.</p> : null}
    </form>
  );
}

export function RegenerateCodeForm({ classId }: { classId: string }) {
  const [state, action, pending] = useActionState<FormState<{ joinCode: string }>, FormData>(regenerateJoinCodeAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="classId" value={classId} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? "Generating…" : "New join code"}
      </button>
      <p className="text-xs text-stone-500">The old code stops working at once; current members stay.</p>
      <FormError state={state} />
    </form>
  );
}

export function DeleteClassForm({ classId, name, memberCount }: { classId: string; name: string; memberCount: number }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<FormState, FormData>(deleteClassAction, null);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className={dangerButton}>
        Delete class…
      </button>
    );
  }
  return (
    <form action={action} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
      <input type="hidden" name="classId" value={classId} />
      <p className="text-sm text-red-800">
        Delete <strong>{name}</strong>? Its {memberCount} {memberCount === 1 ? "membership" : "memberships"} and all assignments are removed. Learners keep their notes. This cannot be undone.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={dangerButton}>
          {pending ? "Deleting…" : "Yes, delete the class"}
        </button>
        <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
          Cancel
        </button>
      </div>
      <FormError state={state} />
    </form>
  );
}
