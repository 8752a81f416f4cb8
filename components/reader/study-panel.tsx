"use client";
import Link from "next/link";
import { useState, useTransition } from "react";
import { addStudyItemsAction, ignoreWordAction, setHskLevelAction, unignoreWordAction } from "@/app/lessons/[id]/actions";

export interface StudyPanelItem {
  text: string;
  kind: "word" | "idiom" | "phrase";
  pinyin: string;
  gloss: string | null;
  hsk3: number | null;
  count: number;
  sentenceText: string;
  sentenceIndex: number;
  /** The reader page (0-based) where the word first occurs. */
  page: number;
}

const BATCHES = [5, 10, 20, 30];
const KIND_LABEL = { idiom: "Idiom", phrase: "Set phrase", word: null } as const;

/** The sentence with the word in bold (plain text pieces, never HTML). */
function InSentence({ sentence, word }: { sentence: string; word: string }) {
  const at = sentence.indexOf(word);
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      <b className="font-semibold text-stone-900">{word}</b>
      {sentence.slice(at + word.length)}
    </>
  );
}

/**
 * "Study this lesson": the lesson's new idioms and set phrases, then its new words above the
 * learner's HSK level, best first. Add one, add the top N in one action, or set a word aside.
 */
export function StudyPanel({ lessonId, items, total, level, page }: { lessonId: string; items: StudyPanelItem[]; total: number; level: { level: number; chosen: boolean }; page: number }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string; undo?: string } | null>(null);
  const [batch, setBatch] = useState(10);
  const top = items.slice(0, batch);

  function run<T>(act: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, done: (data: T) => string, undo?: string) {
    start(async () => {
      const res = await act();
      setMessage(res.ok ? { ok: true, text: done(res.data), undo } : { ok: false, text: res.error });
    });
  }

  function setAside(text: string, reason: "known" | "skip") {
    run(() => ignoreWordAction({ text, reason }, lessonId), () => (reason === "known" ? `${text}: marked as known.` : `${text}: skipped.`), text);
  }

  function add(texts: string[]) {
    run(
      () => addStudyItemsAction({ lessonId, texts }),
      ({ added, alreadySaved }) => {
        const already = alreadySaved.length ? ` (${alreadySaved.length} already saved)` : "";
        return `Added ${added.length} ${added.length === 1 ? "word" : "words"} to your cards${already}.`;
      },
    );
  }

  return (
    <details className="group rounded-lg border border-stone-200 bg-white" data-study-panel="">
      <summary className="cursor-pointer list-none px-4 py-3 font-medium text-stone-900 marker:hidden">
        <span className="mr-1 inline-block transition-transform group-open:rotate-90" aria-hidden>
          ▸
        </span>
        Study this lesson <span className="font-normal text-stone-500">· {total ? `${total} new ${total === 1 ? "word" : "words"} worth learning` : "nothing new to learn"}</span>
      </summary>
      <div className="border-t border-stone-100 px-4 pb-4 pt-3">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <label className="text-stone-700">
            Words above{" "}
            <select
              className="rounded-md border border-stone-300 bg-white px-2 py-1"
              value={level.chosen ? String(level.level) : "auto"}
              disabled={pending}
              onChange={(e) => {
                const value = e.target.value === "auto" ? null : Number(e.target.value);
                run(() => setHskLevelAction({ level: value }, lessonId), () => "Level saved.");
              }}
            >
              <option value="auto">{level.chosen ? "my known words" : `HSK ${level.level} (from my words)`}</option>
              {[1, 2, 3, 4, 5, 6, 7].map((l) => (
                <option key={l} value={l}>
                  HSK {l === 7 ? "7–9" : l}
                </option>
              ))}
            </select>
          </label>
        </div>
        {items.length ? (
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <button
              type="button"
              disabled={pending}
              onClick={() => add(top.map((i) => i.text))}
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-60"
            >
              {pending ? "Saving…" : `Add the top ${top.length}`}
            </button>
            <label className="text-sm text-stone-600">
              <span className="sr-only">How many</span>
              <select className="rounded-md border border-stone-300 bg-white px-2 py-1" value={batch} onChange={(e) => setBatch(Number(e.target.value))} disabled={pending}>
                {BATCHES.filter((n, i) => i === 0 || n <= Math.max(items.length, BATCHES[0])).map((n) => (
                  <option key={n} value={n}>
                    top {Math.min(n, items.length)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        ) : null}
        {message ? (
          <p role={message.ok ? "status" : "alert"} className={`mt-2 text-sm ${message.ok ? "text-emerald-800" : "text-red-700"}`}>
            {message.text}
            {message.undo ? (
              <button
                type="button"
                disabled={pending}
                className="ml-2 underline"
                onClick={() => run(() => unignoreWordAction({ text: message.undo! }, lessonId), () => `${message.undo}: back in the list.`)}
              >
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
        <ol className="mt-3 divide-y divide-stone-100">
          {items.map((item, i) => (
            <li key={item.text} className="py-2" data-study-item={item.text}>
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span className="w-5 text-right text-xs text-stone-400">{i + 1}</span>
                <span className="font-han text-lg">{item.text}</span>
                <span className="text-sm text-stone-600">{item.pinyin}</span>
                {KIND_LABEL[item.kind] ? <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-800">{KIND_LABEL[item.kind]}</span> : null}
                {item.hsk3 ? <span className="text-xs text-stone-500">HSK {item.hsk3 === 7 ? "7–9" : item.hsk3}</span> : null}
                {item.count > 1 ? <span className="text-xs text-stone-500">×{item.count}</span> : null}
                {item.page !== page ? (
                  // A long lesson shows one page: the word is read (and its status seen) on its own page.
                  <Link prefetch={false} href={`/lessons/${lessonId}?page=${item.page + 1}#s${item.sentenceIndex}`} data-word-page={item.page + 1} className="text-xs text-brand-700 underline">
                    on page {item.page + 1}
                  </Link>
                ) : null}
              </div>
              {item.gloss ? <p className="ml-7 text-sm text-stone-700">{item.gloss}</p> : null}
              <p className="font-han ml-7 mt-0.5 line-clamp-2 text-sm text-stone-500">
                <InSentence sentence={item.sentenceText} word={item.text} />
              </p>
              <div className="ml-7 mt-1 flex flex-wrap gap-2">
                <button type="button" disabled={pending} onClick={() => add([item.text])} className="rounded-md border border-brand-700 px-2.5 py-1 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-60">
                  Add<span className="sr-only"> {item.text}</span>
                </button>
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => setAside(item.text, "known")}
                  className="rounded-md border border-stone-300 px-2.5 py-1 text-sm text-stone-700 hover:bg-stone-50 disabled:opacity-60"
                >
                  I know this<span className="sr-only"> ({item.text})</span>
                </button>
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => setAside(item.text, "skip")}
                  className="rounded-md px-2.5 py-1 text-sm text-stone-500 hover:bg-stone-50 disabled:opacity-60"
                >
                  Skip<span className="sr-only"> ({item.text})</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
        {total > items.length ? <p className="mt-2 text-xs text-stone-500">Showing the first {items.length} of {total}; add some to see more.</p> : null}
      </div>
    </details>
  );
}
