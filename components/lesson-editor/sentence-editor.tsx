"use client";
import { useState } from "react";
import type { LessonToken } from "@/lib/text/build-lesson";
import { TokenEditor } from "./token-editor";
import type { useEdit } from "./use-edit";

export interface EditableSentence {
  index: number;
  text: string;
  tokens: LessonToken[];
  translation: string | null;
}

type Panel = { kind: "none" } | { kind: "token"; at: number } | { kind: "text" } | { kind: "english" };

/** One sentence in the editor: its words (tap one to correct it), its text and its English. */
export function SentenceEditor({ sentence, isLast, hasEnglish, api }: { sentence: EditableSentence; isLast: boolean; hasEnglish: boolean; api: ReturnType<typeof useEdit> }) {
  const [panel, setPanel] = useState<Panel>({ kind: "none" });
  const [text, setText] = useState(sentence.text);
  const [english, setEnglish] = useState(sentence.translation ?? "");
  const i = sentence.index;
  const done = (ok: boolean) => ok && setPanel({ kind: "none" });
  const open = panel.kind === "token" ? sentence.tokens[panel.at] : null;

  return (
    <li id={`s-${i}`} className="rounded-lg border border-stone-200 bg-stone-50 p-3" data-sentence-editor={i}>
      <div className="flex items-start gap-2">
        <span className="mt-1 w-8 shrink-0 text-xs text-stone-400">{i + 1}</span>
        <div className="min-w-0 flex-1">
          <p className="font-han text-lg leading-relaxed">
            {sentence.tokens.map((t, k) =>
              t.kind === "punct" ? (
                <span key={k}>{t.text}</span>
              ) : (
                <button
                  key={k}
                  type="button"
                  onClick={() => setPanel(panel.kind === "token" && panel.at === k ? { kind: "none" } : { kind: "token", at: k })}
                  aria-pressed={panel.kind === "token" && panel.at === k}
                  title={`${t.pinyin ?? ""} ${t.gloss ?? ""}`}
                  className="mx-px rounded border-b-2 border-stone-300 px-0.5 hover:bg-white aria-pressed:bg-amber-100"
                  data-token={t.text}
                >
                  {t.text}
                </button>
              ),
            )}
          </p>
          <p className="mt-1 text-sm text-stone-600" data-testid="sentence-english">
            {sentence.translation ?? <span className="italic text-stone-400">no English</span>}
          </p>
          {open && panel.kind === "token" ? (
            <TokenEditor
              key={`${panel.at}:${open.text}:${open.pinyin}:${open.gloss}:${open.kind}`}
              token={open}
              busy={api.busy}
              canMerge={!!sentence.tokens[panel.at + 1] && sentence.tokens[panel.at + 1].kind !== "punct"}
              onSave={async (change) => done(await api.edit({ op: "token", sentenceIndex: i, tokenIndex: panel.at, ...change }))}
              onMerge={async () => done(await api.edit({ op: "merge", sentenceIndex: i, tokenIndex: panel.at }))}
              onSplit={async (at) => done(await api.edit({ op: "split", sentenceIndex: i, tokenIndex: panel.at, at }))}
            />
          ) : null}
          {panel.kind === "text" ? (
            <form
              className="mt-2 space-y-2"
              onSubmit={async (e) => {
                e.preventDefault();
                done(await api.edit({ op: "text", sentenceIndex: i, text }));
              }}
            >
              <label className="block text-sm text-stone-600" htmlFor={`text-${i}`}>
                Sentence text (words, pinyin and glosses are rebuilt for this sentence)
              </label>
              <textarea id={`text-${i}`} value={text} onChange={(e) => setText(e.target.value)} rows={2} className="font-han w-full rounded border border-stone-300 px-2 py-1" />
              <button type="submit" disabled={api.busy} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
                Save text
              </button>
            </form>
          ) : null}
          {panel.kind === "english" ? (
            <form
              className="mt-2 space-y-2"
              onSubmit={async (e) => {
                e.preventDefault();
                done(await api.edit({ op: "translation", sentenceIndex: i, translation: english.trim() || null }));
              }}
            >
              <label className="block text-sm text-stone-600" htmlFor={`en-${i}`}>
                English of this sentence
              </label>
              <textarea id={`en-${i}`} value={english} onChange={(e) => setEnglish(e.target.value)} rows={2} className="w-full rounded border border-stone-300 px-2 py-1 text-sm" />
              <button type="submit" disabled={api.busy} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
                Save English
              </button>
            </form>
          ) : null}
          <div className="mt-2 flex flex-wrap gap-2 text-xs">
            <button type="button" onClick={() => setPanel(panel.kind === "text" ? { kind: "none" } : { kind: "text" })} className="rounded border border-stone-300 bg-white px-2 py-1">
              Edit text
            </button>
            <button type="button" onClick={() => setPanel(panel.kind === "english" ? { kind: "none" } : { kind: "english" })} className="rounded border border-stone-300 bg-white px-2 py-1">
              Edit English
            </button>
            {hasEnglish && !isLast ? (
              <>
                <button type="button" disabled={api.busy} onClick={() => api.edit({ op: "alignment", sentenceIndex: i, direction: "take" })} className="rounded border border-stone-300 bg-white px-2 py-1">
                  ↑ Take the next sentence&apos;s first English sentence
                </button>
                <button type="button" disabled={api.busy} onClick={() => api.edit({ op: "alignment", sentenceIndex: i, direction: "give" })} className="rounded border border-stone-300 bg-white px-2 py-1">
                  ↓ Give my last English sentence to the next
                </button>
              </>
            ) : null}
          </div>
        </div>
      </div>
    </li>
  );
}
