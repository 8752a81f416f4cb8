// What a Chinese sentence must share with its English version, whatever the wording: its numbers,
// its names (CC-CEDICT's capitalised senses) and its glossary formulations (their English
// rendering). The aligner rewards a pairing that contains them; length alone cannot tell which of
// two similar-length neighbours is the right one.
import { cedictEntries } from "@/lib/dict/cedict";
import { glossaryEntry } from "@/lib/dict/glossary";

export interface AnchorToken {
  text: string;
  kind?: string;
  glossaryId?: string | null;
}

/** Alternatives for one anchor: the English contains any of them (case-sensitive for names). */
export interface Anchor {
  forms: string[];
  /** Names keep their case ("US" is not "us"); glossary renderings are compared lower-cased. */
  caseSensitive: boolean;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_WORD = new RegExp(`\\b(${MONTHS.join("|")})\\b`, "giu");
const MAX_ANCHORS = 24;

/** Digit groups ("2,000" → "2000"); English month names count as their number, as 3月 does. */
export function numbersIn(text: string, english: boolean): string[] {
  const source = english ? text.replace(MONTH_WORD, (m) => ` ${MONTHS.indexOf(m.toLowerCase()) + 1} `) : text;
  return [...source.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,(?=\d{3}\b)/g, "").replace(/\.0+$/, ""));
}

function nameForms(word: string): string[] {
  const forms = new Set<string>();
  for (const e of cedictEntries(word)) {
    if (!e.capitalised) continue;
    for (const sense of e.definitions) {
      const plain = sense.replace(/\(.*?\)/g, "").replace(/^(?:abbr\.|short) for\s+/i, "").trim();
      if (/^[A-Z]/.test(plain) && plain.length >= 2 && !/^surname\b/i.test(plain)) forms.add(plain.split(/,\s/)[0]);
    }
  }
  return [...forms];
}

function glossaryForms(token: AnchorToken): string[] {
  const entry = glossaryEntry(token.text);
  if (!entry) return [];
  return entry.english
    .split(/\s*[;/]\s*/)
    .map((s) => s.replace(/\(.*?\)/g, "").replace(/^(?:the|a|an)\s+/i, "").trim().toLowerCase())
    .filter((s) => s.length >= 4);
}

/** Anchors of one Chinese sentence: Latin words it quotes (APEC, G20), names, glossary terms. */
export function sentenceAnchors(text: string, tokens: AnchorToken[] | undefined): Anchor[] {
  const anchors: Anchor[] = [];
  const seen = new Set<string>();
  const add = (forms: string[], caseSensitive: boolean) => {
    const key = forms.join("|");
    if (forms.length && !seen.has(key) && anchors.length < MAX_ANCHORS) {
      seen.add(key);
      anchors.push({ forms, caseSensitive });
    }
  };
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9-]+/g)) add([m[0]], true);
  for (const t of tokens ?? []) {
    if (t.kind === "punct" || t.kind === "number") continue;
    if (t.kind === "phrase" || t.kind === "idiom" || t.glossaryId) add(glossaryForms(t), false);
    else if (t.kind === "name") add(nameForms(t.text), true);
  }
  return anchors;
}

const STOP = new Set(["with", "from", "that", "this", "their", "other", "into", "for", "and", "the", "of"]);

/** A rendering is found when it is there verbatim, or when 2/3 of its content words are. */
function containsRendering(lower: string, rendering: string): boolean {
  if (lower.includes(rendering)) return true;
  const words = rendering.split(/[^a-z]+/).filter((w) => w.length >= 4 && !STOP.has(w));
  if (words.length < 2) return false;
  const found = words.filter((w) => lower.includes(w.slice(0, Math.max(4, w.length - 2)))).length;
  return found * 3 >= words.length * 2;
}

function containsWord(haystack: string, needle: string): boolean {
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (!(before && /[A-Za-z]/.test(before)) && !(after && /[A-Za-z]/.test(after))) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}

/** Bit i set when anchor i is found in the English sentence (given as-is and lower-cased). */
export function anchorMask(anchors: Anchor[], english: string, lower: string): number {
  let mask = 0;
  anchors.forEach((a, i) => {
    if (a.forms.some((f) => (a.caseSensitive ? containsWord(english, f) : containsRendering(lower, f)))) mask |= 1 << i;
  });
  return mask;
}
