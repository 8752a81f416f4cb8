"use client";
import { useState } from "react";
import type { LessonToken } from "@/lib/text/build-lesson";
import { TOKEN_KIND_LABELS } from "./token-kinds";

/** The form for one word: reading, gloss, kind; merge with the next word; split it. */
export function TokenEditor({
  token,
  canMerge,
  busy,
  onSave,
  onMerge,
  onSplit,
}: {
  token: LessonToken;
  canMerge: boolean;
  busy: boolean;
  onSave: (change: { pinyin?: string; gloss?: string; kind?: string }) => void;
  onMerge: () => void;
  onSplit: (at: number) => void;
}) {
  const [pinyin, setPinyin] = useState(token.pinyin ?? "");
  const [gloss, setGloss] = useState(token.gloss ?? "");
  const [kind, setKind] = useState<string>(token.kind);
  const chars = [...token.text];

  function save(e: React.FormEvent) {
    e.preventDefault();
    const change: { pinyin?: string; gloss?: string; kind?: string } = {};
    if (pinyin.trim() !== (token.pinyin ?? "")) change.pinyin = pinyin;
    if (gloss.trim() !== (token.gloss ?? "")) change.gloss = gloss;
    if (kind !== token.kind) change.kind = kind;
    onSave(change);
  }

  return (
    <form onSubmit={save} className="mt-2 grid gap-2 rounded-md border border-stone-200 bg-white p-3 text-sm sm:grid-cols-2" data-testid="token-editor">
      <p className="font-han text-lg sm:col-span-2">{token.text}</p>
      <label className="space-y-1">
        <span className="block text-stone-600">Pinyin (tone marks, one syllable per character)</span>
        <input name="pinyin" value={pinyin} onChange={(e) => setPinyin(e.target.value)} className="w-full rounded border border-stone-300 px-2 py-1" />
      </label>
      <label className="space-y-1">
        <span className="block text-stone-600">Kind</span>
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)} className="w-full rounded border border-stone-300 px-2 py-1">
          {Object.entries(TOKEN_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1 sm:col-span-2">
        <span className="block text-stone-600">Gloss (English)</span>
        <input name="gloss" value={gloss} onChange={(e) => setGloss(e.target.value)} className="w-full rounded border border-stone-300 px-2 py-1" />
      </label>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2">
        <button type="submit" disabled={busy} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white disabled:opacity-60">
          Save word
        </button>
        {canMerge ? (
          <button type="button" disabled={busy} onClick={onMerge} className="rounded-md border border-stone-300 px-3 py-1.5">
            Merge with next word
          </button>
        ) : null}
        {chars.length > 1
          ? chars.slice(0, -1).map((_, k) => (
              <button key={k} type="button" disabled={busy} onClick={() => onSplit(k + 1)} className="font-han rounded-md border border-stone-300 px-2 py-1.5" aria-label={`Split after ${chars.slice(0, k + 1).join("")}`}>
                {chars.slice(0, k + 1).join("")} | {chars.slice(k + 1).join("")}
              </button>
            ))
          : null}
      </div>
    </form>
  );
}
