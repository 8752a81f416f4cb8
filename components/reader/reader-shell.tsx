"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { ReaderToolbar } from "./reader-toolbar";
import { announceNoteSaved } from "./word-status-frame";
import { useReaderPrefs } from "./use-reader-prefs";
import { WordPopover, type Selection } from "./word-popover";
import styles from "./reader.module.css";

const POPOVER_WIDTH = 352;
const isPhone = () => window.matchMedia("(max-width: 639px)").matches;
const NEXT_KEYS = new Set(["ArrowRight", "ArrowDown"]);
const PREV_KEYS = new Set(["ArrowLeft", "ArrowUp"]);

/**
 * The interactive layer over the server-rendered text: one click and one key handler for all
 * tokens (event delegation), the display switches, and the word popover.
 */
export function ReaderShell({
  lessonId,
  defaults,
  saved: initiallySaved,
  hasEnglish = false,
  script = "simplified",
  children,
}: {
  lessonId: string;
  script?: "simplified" | "traditional";
  defaults: { pinyin: boolean; tones: boolean };
  /** "kind:text" of notes already saved from this lesson. */
  saved: string[];
  /** Some sentence has an English version: offer the "Show English" switch. */
  hasEnglish?: boolean;
  children: React.ReactNode;
}) {
  const [saved, setSaved] = useState(() => new Set(initiallySaved));
  const markSaved = useCallback((key: string) => {
    setSaved((s) => new Set(s).add(key));
    announceNoteSaved();
  }, []);
  const { prefs, toggle } = useReaderPrefs(defaults);
  const [selection, setSelection] = useState<Selection | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const openToken = useRef<HTMLElement | null>(null);

  // On a phone the sheet is a history entry, so the Back button closes it instead of leaving the lesson.
  const sheetEntry = useRef(false);

  const close = useCallback((refocus = true) => {
    openToken.current?.setAttribute("aria-expanded", "false");
    if (refocus) openToken.current?.focus({ preventScroll: true });
    openToken.current = null;
    setSelection(null);
    if (sheetEntry.current) {
      sheetEntry.current = false;
      window.history.back();
    }
  }, []);

  const open = useCallback((el: HTMLElement) => {
    const wrap = wrapRef.current!.getBoundingClientRect();
    const rect = el.getBoundingClientRect();
    const sentence = el.closest<HTMLElement>("[data-sentence]");
    openToken.current?.setAttribute("aria-expanded", "false");
    el.setAttribute("aria-expanded", "true");
    openToken.current = el;
    if (!sheetEntry.current && isPhone()) {
      window.history.pushState({ ...window.history.state, wordSheet: true }, "");
      sheetEntry.current = true;
    }
    setSelection({
      text: el.getAttribute("aria-label") ?? "",
      pinyin: el.dataset.py ?? "",
      gloss: el.dataset.gloss ?? null,
      lookupText: el.dataset.simp ?? null,
      kind: el.dataset.kind ?? "word",
      sentenceIndex: Number(sentence?.dataset.sentence),
      sentenceText: sentence?.dataset.stext ?? "",
      status: el.dataset.status ?? null,
      top: rect.bottom - wrap.top + 6,
      left: Math.max(0, Math.min(rect.left - wrap.left, wrap.width - POPOVER_WIDTH)),
    });
  }, []);

  // Escape (wherever the focus is) or a click outside the popover and outside any token closes it.
  useEffect(() => {
    if (!selection) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Element;
      if (!target.closest("[data-popover]") && !target.closest("[data-tok]")) close(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close();
    };
    const onBack = () => {
      if (!sheetEntry.current) return;
      sheetEntry.current = false; // the entry is already gone
      close(false);
    };
    document.addEventListener("pointerdown", onDown);
    document.addEventListener("keydown", onKey);
    window.addEventListener("popstate", onBack);
    return () => {
      document.removeEventListener("pointerdown", onDown);
      document.removeEventListener("keydown", onKey);
      window.removeEventListener("popstate", onBack);
    };
  }, [selection, close]);

  // Phones: scroll the tapped word into view above the sheet (it would otherwise sit under it).
  useEffect(() => {
    const sheet = document.querySelector<HTMLElement>("[data-popover]");
    const tok = openToken.current;
    if (!selection || !sheet || !tok || !isPhone()) return;
    // The sheet may still be filling in (its entry loads after it opens): plan for its full
    // half-screen height, not the height it has this instant.
    const room = window.innerHeight - Math.max(sheet.getBoundingClientRect().height, window.innerHeight / 2);
    const rect = tok.getBoundingClientRect();
    const top = 64 + 52; // below the sticky header and the display toolbar
    if (rect.bottom > room - 12) window.scrollBy({ top: rect.bottom - room + 24 });
    else if (rect.top < top) window.scrollBy({ top: rect.top - top - 12 });
  }, [selection]);

  function onClick(e: React.MouseEvent) {
    const en = (e.target as Element).closest<HTMLElement>("[data-en-toggle]");
    if (en) {
      en.setAttribute("aria-expanded", en.getAttribute("aria-expanded") === "true" ? "false" : "true");
      return;
    }
    const tok = (e.target as Element).closest<HTMLElement>("[data-tok]");
    if (tok) open(tok);
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const tok = (e.target as Element).closest<HTMLElement>("[data-tok]");
    if (!tok) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open(tok);
    } else if (NEXT_KEYS.has(e.key) || PREV_KEYS.has(e.key)) {
      e.preventDefault();
      const all = Array.from(textRef.current!.querySelectorAll<HTMLElement>("[data-tok]"));
      const next = all[all.indexOf(tok) + (NEXT_KEYS.has(e.key) ? 1 : -1)];
      if (!next) return;
      tok.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    }
  }

  return (
    <div ref={wrapRef} className={`relative ${selection ? styles.sheetRoom : ""}`}>
      <ReaderToolbar prefs={prefs} onToggle={toggle} hasEnglish={hasEnglish} script={script} />
      {/* Delegated handlers: the tokens inside are role="button" spans rendered on the server. */}
      <div
        ref={textRef}
        className={styles.text}
        data-pinyin={prefs.pinyin ? "on" : "off"}
        data-tones={prefs.tones ? "on" : "off"}
        data-sandhi={prefs.sandhi ? "on" : "off"}
        data-english={prefs.english ? "on" : "off"}
        data-script={prefs.otherScript ? "other" : "written"}
        data-reader-text=""
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
      {selection ? <div className={styles.backdrop} aria-hidden onPointerDown={() => close(false)} /> : null}
      {selection ? <WordPopover selection={selection} lessonId={lessonId} onClose={close} saved={saved} onSaved={markSaved} /> : null}
    </div>
  );
}
