"use client";
import { useEffect, useRef, useState } from "react";
import type { WordLookup } from "@/lib/dict/lookup";
import { KnowButton } from "./know-button";
import { SaveButton } from "./save-button";
import { useSpeech } from "./use-speech";
import styles from "./reader.module.css";

export interface Selection {
  text: string;
  pinyin: string;
  kind: string;
  /** The token's gloss in this sentence (a context sense, an abbreviation's meaning), if any. */
  gloss: string | null;
  /** Simplified form to look up, for a traditional lesson (the text stays as written). */
  lookupText: string | null;
  sentenceIndex: number;
  sentenceText: string;
  /** The word's status in the text (data-status), when shown. */
  status?: string | null;
  top: number;
  left: number;
}

const cache = new Map<string, Promise<WordLookup | null>>();
function lookup(text: string, pinyin: string): Promise<WordLookup | null> {
  const key = `${text}\u0000${pinyin}`;
  let p = cache.get(key);
  if (!p) {
    p = fetch(`/api/dict/lookup?${new URLSearchParams({ text, pinyin })}`)
      .then((r) => (r.ok ? (r.json() as Promise<WordLookup>) : null))
      .catch(() => null);
    cache.set(key, p);
  }
  return p;
}

/** A gloss that lists a word's characters with their senses (lib/text/char-gloss.ts), not its meaning. */
const BREAKDOWN = / · /;

/** Said instead of showing nothing when neither the glossary nor CC-CEDICT has the token. */
function noEntryMessage(kind: string, glossed: boolean): string {
  if (kind === "idiom" || kind === "phrase") return `No English gloss for this ${kind === "idiom" ? "idiom" : "phrase"} in our glossary or CC-CEDICT yet.`;
  if (kind === "name") return "A name; no English form known to our dictionaries.";
  return glossed ? "No dictionary entry for the whole word." : "No dictionary entry.";
}

function Badge({ children, tone = "stone" }: { children: React.ReactNode; tone?: "stone" | "green" | "amber" }) {
  const colours = { stone: "bg-stone-100 text-stone-700", green: "bg-emerald-100 text-emerald-800", amber: "bg-amber-100 text-amber-800" };
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${colours[tone]}`}>{children}</span>;
}

export function WordPopover({
  selection,
  lessonId,
  onClose,
  saved,
  onSaved,
}: {
  selection: Selection;
  lessonId: string;
  onClose: () => void;
  saved: ReadonlySet<string>;
  onSaved: (key: string) => void;
}) {
  const [entry, setEntry] = useState<{ key: string; value: WordLookup | null } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const speak = useSpeech();
  const key = `${selection.text}|${selection.pinyin}`;

  useEffect(() => {
    let live = true;
    lookup(selection.lookupText ?? selection.text, selection.pinyin).then((value) => live && setEntry({ key, value }));
    return () => {
      live = false;
    };
  }, [key, selection.text, selection.lookupText, selection.pinyin]);

  useEffect(() => {
    ref.current?.focus();
  }, [key]);

  const word = entry?.key === key ? entry.value : undefined;
  const saveKind = ["idiom", "phrase"].includes(selection.kind) ? selection.kind : "word";
  const g = word?.glossary;

  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={selection.text}
      tabIndex={-1}
      data-popover=""
      className={`${styles.popover} overflow-y-auto rounded-xl border border-stone-200 bg-white p-4 text-left shadow-xl focus:outline-none`}
      style={{ "--pop-top": `${selection.top}px`, "--pop-left": `${selection.left}px` } as React.CSSProperties}
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="font-han text-3xl leading-tight">{selection.text}</p>
          <p className="mt-1 text-lg text-stone-700">{word?.pinyin ?? selection.pinyin}</p>
          {word?.traditional && word.traditional !== selection.text ? <p className="font-han text-sm text-stone-500">Traditional: {word.traditional}</p> : null}
        </div>
        <button type="button" onClick={onClose} aria-label="Close" className="-mr-2 -mt-2 min-h-11 min-w-11 rounded-md text-2xl text-stone-500 hover:bg-stone-100">
          ×
        </button>
      </div>
      <div className="mt-2 flex flex-wrap gap-1.5">
        {selection.kind === "idiom" ? <Badge tone="amber">Idiom</Badge> : selection.kind === "phrase" ? <Badge tone="amber">Set phrase</Badge> : null}
        {selection.kind === "name" ? <Badge>Name</Badge> : null}
        {word?.hsk2 ? <Badge>HSK 2.0 · {word.hsk2}</Badge> : null}
        {word?.hsk3 ? <Badge>HSK 3.0 · {word.hsk3 === 7 ? "7–9" : word.hsk3}</Badge> : null}
      </div>
      {selection.gloss && !g ? (
        <p className="mt-3 text-sm text-stone-900" data-context-gloss="">
          <span className="font-medium">{BREAKDOWN.test(selection.gloss) ? "Its parts:" : "Here:"}</span> {selection.gloss}
        </p>
      ) : null}
      {word === undefined ? <p className="mt-3 text-sm text-stone-500">Looking up…</p> : null}
      {g ? (
        <div className="mt-3 rounded-lg bg-sky-50 p-3 text-sm" data-glossary="">
          <p className="font-medium text-stone-900">
            {g.english} <Badge tone={g.official ? "green" : "stone"}>{g.official ? "Official translation" : "Our translation"}</Badge>
          </p>
          <p className="mt-1 text-stone-700">
            <span className="font-medium">Literally:</span> {g.literal}
          </p>
          <p className="mt-1 text-stone-700">{g.note}</p>
        </div>
      ) : null}
      {word?.definitions.length ? (
        <ol className="mt-3 list-decimal space-y-0.5 pl-5 text-sm text-stone-800">
          {word.definitions.slice(g ? 1 : 0).map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ol>
      ) : word === null || (word && !word.definitions.length) ? (
        <p className="mt-3 text-sm text-stone-500" data-no-gloss="">{noEntryMessage(selection.kind, !!selection.gloss)}</p>
      ) : null}
      {speak ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" onClick={() => speak(selection.text)} className="min-h-11 rounded-md border border-stone-300 px-3 text-sm hover:bg-stone-50">
            🔊 Listen
          </button>
          <button type="button" onClick={() => speak(selection.sentenceText)} className="min-h-11 rounded-md border border-stone-300 px-3 text-sm hover:bg-stone-50">
            🔊 Listen to sentence
          </button>
        </div>
      ) : null}
      <div className="mt-4 flex flex-wrap items-start gap-2 border-t border-stone-100 pt-3">
        <SaveButton
          key={`w-${key}`}
          label={saveKind === "idiom" ? "Add idiom" : saveKind === "phrase" ? "Add phrase" : "Add word"}
          body={{ text: selection.text, kind: saveKind, lessonId, sentenceIndex: selection.sentenceIndex }}
          alreadySaved={saved.has(`${saveKind}:${selection.text}`)}
          onSaved={onSaved}
        />
        {["word", "idiom", "phrase"].includes(selection.kind) ? <KnowButton key={`k-${key}`} text={selection.text} lessonId={lessonId} setAside={selection.status === "ignored"} /> : null}
        <SaveButton
          key={`s-${selection.sentenceIndex}`}
          label="Add sentence"
          body={{ text: selection.sentenceText, kind: "sentence", lessonId, sentenceIndex: selection.sentenceIndex }}
          alreadySaved={saved.has(`sentence:${selection.sentenceText}`)}
          onSaved={onSaved}
        />
      </div>
      <p className="mt-2 text-xs text-stone-500">Saved words keep this sentence, so they also get a fill-in-the-blank card.</p>
    </div>
  );
}
