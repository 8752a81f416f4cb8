"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/auth/field";
import { sendJson } from "@/components/notes/send-json";

interface EditableNote {
  id: string;
  text: string;
  pinyin: string;
  meaning: string;
  tags: string[];
}

export function NoteEditor({ note }: { note: EditableNote }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      text: String(form.get("text") ?? ""),
      pinyin: String(form.get("pinyin") ?? ""),
      meaning: String(form.get("meaning") ?? ""),
      tags: String(form.get("tags") ?? "").split(/[\s,，]+/u).filter(Boolean),
    };
    setPending(true);
    setMessage(null);
    const result = await sendJson(`/api/notes/${note.id}`, "PATCH", body);
    setPending(false);
    if (!result.ok) {
      setErrors({ ...(result.fields ?? {}), form: result.error });
      return;
    }
    setErrors({});
    setMessage("Saved.");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.form ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <Field label="Text" name="text" defaultValue={note.text} error={errors.text} />
      <Field label="Pinyin" name="pinyin" defaultValue={note.pinyin} error={errors.pinyin} />
      <div className="space-y-1">
        <label htmlFor="field-meaning" className="block text-sm font-medium text-stone-700">
          Meaning
        </label>
        <textarea id="field-meaning" name="meaning" defaultValue={note.meaning} rows={3} className="block w-full rounded-md border border-stone-300 px-3 py-2 text-base" />
      </div>
      <Field label="Tags" name="tags" defaultValue={note.tags.join(" ")} error={errors.tags} hint="Separated by spaces." />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-60">
          {pending ? "Saving…" : "Save changes"}
        </button>
        {message ? <span role="status" className="text-sm text-emerald-700">{message}</span> : null}
      </div>
    </form>
  );
}
