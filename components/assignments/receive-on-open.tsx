"use client";
import { useActionState, useEffect, useRef, startTransition } from "react";
import { receiveAssignmentAction } from "@/app/assignments/actions";
import type { FormState } from "@/components/classes/form-bits";

/** Opening the assignment hands its items to the student once (the server keeps receipts). */
export function ReceiveOnOpen({ assignmentId }: { assignmentId: string }) {
  const [state, receive, pending] = useActionState<FormState<{ received: number; created: number }>, FormData>(receiveAssignmentAction, null);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const form = new FormData();
    form.set("assignmentId", assignmentId);
    startTransition(() => receive(form));
  }, [assignmentId, receive]);
  if (pending) return <p role="status" className="text-sm text-stone-600">Adding the assignment&apos;s words to your cards…</p>;
  if (state && !state.ok) return <p role="alert" className="text-sm text-red-700">{state.error}</p>;
  if (state?.ok && state.data.received) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="received">
        {state.data.received} items are now in your cards ({state.data.received - state.data.created} you already had).
      </p>
    );
  }
  return null;
}
