"use client";
import { useActionState, useState } from "react";
import { joinClassAction } from "@/app/classes/actions";
import { FormError, TextField, fieldError, primaryButton, type FormState } from "@/components/classes/form-bits";

export function JoinClassForm() {
  const [round, setRound] = useState(0);
  const [state, action, pending] = useActionState<FormState<{ id: string; name: string }>, FormData>(async (prev, form) => {
    const result = await joinClassAction(prev, form);
    if (result.ok) setRound((n) => n + 1); // a fresh, empty field for the next one
    return result;
  }, null);
  return (
    <form action={action} noValidate className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="font-medium">Join a class</h3>
      <FormError state={state} />
      <div key={round} className="flex flex-wrap items-end gap-3">
        <TextField label="Join code" name="code" autoCapitalize="characters" placeholder="e.g. K7QM2XPA" error={fieldError(state, "code")} className="min-w-0 flex-1" />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Joining…" : "Join"}
        </button>
      </div>
      {state?.ok ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          You are in <strong>{state.data.name}</strong>.
        </p>
      ) : null}
    </form>
  );
}
