"use client";
import { SentenceEditor, type EditableSentence } from "./sentence-editor";
import { GlossaryTermForm } from "./glossary-term-form";
import { useEdit } from "./use-edit";

export interface EditHistoryItem {
  id: string;
  kind: string;
  sentenceIndex: number;
  by: string;
  createdAt: string;
  undone: boolean;
  beforeText: string;
  afterText: string;
}

const KIND_LABEL: Record<string, string> = {
  token: "Word",
  merge: "Merge",
  split: "Split",
  text: "Text",
  translation: "English",
  alignment: "Alignment",
  glossary: "Glossary term",
};

/** The owner's correction tools: every sentence, the history with undo, and their own glossary. */
export function LessonEditor({ lessonId, sentences, hasEnglish, history }: { lessonId: string; sentences: EditableSentence[]; hasEnglish: boolean; history: EditHistoryItem[] }) {
  const api = useEdit(lessonId);
  const canUndo = history.some((h) => !h.undone);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div>
        {api.error ? (
          <p role="alert" className="sticky top-14 z-10 mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {api.error}
          </p>
        ) : null}
        <ol className="space-y-3">
          {sentences.map((s, k) => (
            <SentenceEditor key={`${s.index}:${s.text}:${s.translation}:${s.tokens.length}`} sentence={s} isLast={k === sentences.length - 1} hasEnglish={hasEnglish} api={api} />
          ))}
        </ol>
      </div>
      <aside className="space-y-6">
        <section>
          <div className="flex items-center justify-between">
            <h2 className="font-semibold">Edits</h2>
            <button type="button" disabled={!canUndo || api.busy} onClick={() => api.undo()} className="rounded-md border border-stone-300 px-3 py-1 text-sm disabled:opacity-50">
              Undo last edit
            </button>
          </div>
          {history.length ? (
            <ol className="mt-2 space-y-2 text-sm" data-testid="edit-history">
              {history.map((h) => (
                <li key={h.id} className={h.undone ? "text-stone-400 line-through" : ""}>
                  <span className="font-medium">{KIND_LABEL[h.kind] ?? h.kind}</span>, sentence {h.sentenceIndex + 1}, by {h.by}
                  <span className="block text-xs text-stone-500">
                    <time dateTime={h.createdAt}>{h.createdAt.slice(0, 16).replace("T", " ")} UTC</time>
                  </span>
                  <span className="font-han block text-xs">
                    {h.beforeText} → {h.afterText}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-2 text-sm text-stone-500">No edits yet. Students&apos; notes and cards follow every edit.</p>
          )}
        </section>
        <GlossaryTermForm api={api} />
      </aside>
    </div>
  );
}
