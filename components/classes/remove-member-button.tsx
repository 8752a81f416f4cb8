"use client";
import { useActionState, useState } from "react";
import { removeMemberAction } from "@/app/classes/actions";
import { FormError, dangerButton, secondaryButton, type FormState } from "@/components/classes/form-bits";

export function RemoveMemberButton({ classId, memberId, name }: { classId: string; memberId: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<FormState, FormData>(removeMemberAction, null);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className={secondaryButton} aria-label={`Remove ${name}`}>
        Remove
      </button>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="memberId" value={memberId} />
      <button type="submit" disabled={pending} className={dangerButton}>
        {pending ? "Removing…" : `Remove ${name}`}
      </button>
      <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
        Cancel
      </button>
      <FormError state={state} />
    </form>
  );
}
