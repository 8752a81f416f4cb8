"use client";
import { useActionState, useState } from "react";
import { leaveClassAction } from "@/app/classes/actions";
import { FormError, dangerButton, secondaryButton, type FormState } from "@/components/classes/form-bits";

export function LeaveClassButton({ classId, className }: { classId: string; className: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<FormState, FormData>(leaveClassAction, null);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className={secondaryButton}>
        Leave class
      </button>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="classId" value={classId} />
      <span className="text-sm text-stone-700">Leave {className}? Your notes stay yours.</span>
      <button type="submit" disabled={pending} className={dangerButton}>
        {pending ? "Leaving…" : "Yes, leave"}
      </button>
      <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
        Cancel
      </button>
      <FormError state={state} />
    </form>
  );
}
