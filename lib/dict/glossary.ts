import fs from "node:fs";
import path from "node:path";
import { dictDataDir } from "./data-files";
import type { GlossaryEntry, GlossaryFile } from "./glossary-schema";

// The shipped diplomatic glossary (data/glossary.json) plus entries added at run time (teachers' own
// terms, test fixtures). The shipped file is data of this repository, checked against
// glossaryFileSchema by tests/unit/dict/glossary-data.test.ts, so a start does not load zod (about
// 0.1 s) to check it again; added entries are validated by their caller. A shipped entry wins over an added one with the same
// term, so a teacher cannot silently change the reading of an official formulation.
let byTerm: Map<string, GlossaryEntry> | null = null;
const listeners = new Set<(entries: GlossaryEntry[]) => void>();

function load(): Map<string, GlossaryEntry> {
  if (byTerm) return byTerm;
  byTerm = new Map();
  const file = path.join(dictDataDir(), "glossary.json");
  if (fs.existsSync(file)) {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as GlossaryFile;
    if (!Array.isArray(parsed?.entries)) throw new Error(`Invalid ${file}: no "entries" list`);
    index(byTerm, parsed.entries, true);
  }
  return byTerm;
}

function index(map: Map<string, GlossaryEntry>, entries: GlossaryEntry[], override: boolean): GlossaryEntry[] {
  const added: GlossaryEntry[] = [];
  for (const e of entries) {
    for (const form of [e.term, ...(e.variants ?? [])]) {
      if (!override && map.has(form)) continue;
      map.set(form, e);
      added.push(e);
    }
  }
  return added;
}

export function glossaryEntry(term: string): GlossaryEntry | null {
  return load().get(term) ?? null;
}

const NOT_HAN = /[^\p{Script=Han}]/gu;
// A phrase written across clause punctuation (会当凌绝顶，一览众山小) is the entry of its characters.
const PUNCTUATED = /^[\p{Script=Han}，、；,;]+$/u;

/** Whether a form is Han characters in clauses, separated by clause punctuation only (会当凌绝顶，一览众山小). */
export const isPunctuatedPhrase = (form: string): boolean => PUNCTUATED.test(form);

/** Per variant form with English of its own, the entry as that form's (its English), made once. */
const variantEntries = new Map<string, GlossaryEntry>();

/**
 * The entry whose English belongs to this form: the term itself, or a variant that writes the same
 * words (会当凌绝顶，一览众山小 for 会当凌绝顶一览众山小), or a variant in other words that has English
 * of its own (人大: the entry, its English "the National People's Congress (NPC); …"). A variant
 * without its own English (an added entry's 互信 under 战略互信) does not borrow the term's: the
 * term's may not fit it, and it gets none from here. A variant's entry keeps the term's pinyin:
 * callers read it only for the term's own words.
 */
export function glossaryEntryFor(form: string): GlossaryEntry | null {
  const entry = glossaryMatch(form);
  if (!entry) return null;
  const words = form.replace(NOT_HAN, "");
  if (entry.term === form || words === entry.term) return entry;
  const own = entry.variantEnglish;
  if (!own) return null;
  const english = own[form] ?? Object.entries(own).find(([variant]) => variant.replace(NOT_HAN, "") === words)?.[1];
  if (!english) return null;
  const key = `${entry.id}\u0001${form}`;
  let variant = variantEntries.get(key);
  if (!variant) variantEntries.set(key, (variant = Object.freeze({ ...entry, english })));
  return variant;
}

/** The entry a form belongs to (as term or any variant, also written across punctuation). */
export function glossaryMatch(form: string): GlossaryEntry | null {
  return glossaryEntry(form) ?? (PUNCTUATED.test(form) ? glossaryEntry(form.replace(NOT_HAN, "")) : null);
}

/** Every form (term and variants) the glossary knows, with its entry. */
export function glossaryForms(): [string, GlossaryEntry][] {
  return [...load().entries()];
}

/**
 * Add entries after the shipped glossary; the segmenter is told so they stay whole. Validate them
 * first (glossaryEntrySchema.parse).
 */
export function addGlossaryEntries(entries: GlossaryEntry[]): GlossaryEntry[] {
  const added = index(load(), entries, false);
  if (added.length) for (const fn of listeners) fn(added);
  return added;
}

/** Called by the segmenter so late additions reach its user dictionary. */
export function onGlossaryEntriesAdded(fn: (entries: GlossaryEntry[]) => void): void {
  listeners.add(fn);
}
