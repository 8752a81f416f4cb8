"use client";
import { useActionState } from "react";
import { addAssignmentItemAction, removeAssignmentItemAction } from "@/app/assignments/actions";
import { FormError, primaryButton, type FormState } from "@/components/classes/form-bits";

type Item = { id: string; kind: string; text: string; pinyin: string; meaning: string };
type Candidate = { kind: string; text: string; pinyin: string; hsk: number | null };

const KIND = { word: "word", idiom: "idiom", phrase: "set phrase" } as Record<string, string>;

function RemoveItem({ assignmentId, item }: { assignmentId: string; item: Item }) {
  const [state, action, pending] = useActionState<FormState, FormData>(removeAssignmentItemAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="itemId" value={item.id} />
      <button type="submit" disabled={pending} className="text-xs text-red-700 underline" aria-label={`Remove ${item.text}`}>
        remove
      </button>
      <FormError state={state} />
    </form>
  );
}

/** The assignment's items (what every student receives) with remove, and an "add" picker. */
export function ItemListEditor({ assignmentId, items, others }: { assignmentId: string; items: Item[]; others: Candidate[] }) {
  const [state, add, adding] = useActionState<FormState, FormData>(addAssignmentItemAction, null);
  return (
    <div className="space-y-3">
      <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2" data-testid="assignment-items">
        {items.map((i) => (
          <li key={i.id} className="flex items-baseline justify-between gap-2 border-b border-stone-100 py-1 text-sm">
            <span className="min-w-0">
              <span className="font-han text-base">{i.text}</span> <span className="text-stone-500">{i.pinyin}</span>{" "}
              <span className="text-xs text-stone-400">{KIND[i.kind] ?? i.kind}</span>
              <span className="block truncate text-xs text-stone-600">{i.meaning}</span>
            </span>
            <RemoveItem assignmentId={assignmentId} item={i} />
          </li>
        ))}
      </ul>
      {others.length ? (
        <form action={add} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-stone-700">Add a word of the lesson</span>
            <select name="item" className="font-han rounded-md border border-stone-300 px-2 py-1.5" defaultValue={`${others[0].kind}:${others[0].text}`}>
              {others.map((c) => (
                <option key={`${c.kind}:${c.text}`} value={`${c.kind}:${c.text}`}>
                  {c.text} {c.pinyin} {c.hsk ? `(HSK ${c.hsk})` : ""}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={adding} className={primaryButton}>
            Add
          </button>
          <FormError state={state} />
        </form>
      ) : null}
      <p className="text-xs text-stone-500">
        Students receive the list when they open the assignment; items added later reach them the next time they open it.
      </p>
    </div>
  );
}
