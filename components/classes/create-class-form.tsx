"use client";
import { useActionState, useState } from "react";
import Link from "next/link";
import { createClassAction } from "@/app/classes/actions";
import type { CreatedClass } from "@/lib/server/classes/create-class";
import { CLASS_NAME_MAX } from "@/lib/validation/classes";
import { FormError, TextField, fieldError, primaryButton, type FormState } from "@/components/classes/form-bits";

export function CreateClassForm() {
  const [round, setRound] = useState(0);
  const [state, action, pending] = useActionState<FormState<CreatedClass>, FormData>(async (prev, form) => {
    const result = await createClassAction(prev, form);
    if (result.ok) setRound((n) => n + 1); // a fresh, empty field for the next one
    return result;
  }, null);
  return (
    <form action={action} noValidate className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="font-medium">New class</h3>
      <FormError state={state} />
      <div key={round} className="flex flex-wrap items-end gap-3">
        <TextField label="Class name" name="name" maxLength={CLASS_NAME_MAX + 10} error={fieldError(state, "name")} className="min-w-0 flex-1" />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Creating…" : "Create class"}
        </button>
      </div>
      {state?.ok ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Created{" "}
          <Link href={`/classes/${state.data.id}`} className="font-medium underline">
            {state.data.name}
          </Link>
          . Learners join with the code <strong className="font-mono tracking-wider" data-testid="new-join-code">{state.data.joinCode}</strong>.
        </p>
      ) : null}
    </form>
  );
}
