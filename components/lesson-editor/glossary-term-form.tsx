"use client";
import type { useEdit } from "./use-edit";

/** Adds a term to the owner's own glossary; it is applied at once to every lesson they own. */
export function GlossaryTermForm({ api }: { api: ReturnType<typeof useEdit> }) {
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    if (await api.addTerm(data)) form.reset();
  }
  const input = "w-full rounded border border-stone-300 px-2 py-1 text-sm";
  return (
    <section>
      <h2 className="font-semibold">My glossary</h2>
      <p className="text-xs text-stone-500">A term you add is applied to all your lessons (a term cut in pieces becomes one word).</p>
      <form onSubmit={submit} className="mt-2 space-y-2">
        <input name="term" placeholder="Term, e.g. 开局之年" aria-label="Term" className={`font-han ${input}`} required />
        <input name="pinyin" placeholder="Pinyin, e.g. kāi jú zhī nián" aria-label="Pinyin" className={input} required />
        <input name="english" placeholder="English" aria-label="English" className={input} required />
        <input name="note" placeholder="Note (optional)" aria-label="Note" className={input} />
        <select name="kind" aria-label="Kind" className={input} defaultValue="phrase">
          <option value="phrase">Set phrase</option>
          <option value="idiom">Idiom</option>
        </select>
        <button type="submit" disabled={api.busy} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          Add term
        </button>
      </form>
    </section>
  );
}
