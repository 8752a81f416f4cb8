import { cedictEntries, entryForReading, isNoiseSense, preferredEntry } from "./cedict";
import { glossaryEntry } from "./glossary";
import { hsk2Level, hsk3Level } from "./hsk";
import type { GlossaryEntry } from "./glossary-schema";

export interface WordLookup {
  text: string;
  traditional: string | null;
  pinyin: string | null;
  definitions: string[];
  hsk2: number | null;
  hsk3: number | null;
  glossary: GlossaryEntry | null;
}

/**
 * Full entry for the reader's popover. `pinyin` (the reading shown in the lesson) selects the
 * matching CEDICT entry when a word has several readings; all senses of that reading are listed
 * first, then the other readings' senses, so nothing the dictionary knows is hidden.
 */
export function lookupWord(text: string, pinyin?: string | null): WordLookup {
  const word = text.trim();
  const entries = cedictEntries(word);
  const glossary = glossaryEntry(word);
  const glossaryReading = glossary && glossary.term === word ? glossary.pinyin : null;
  const main = entryForReading(entries, pinyin ?? glossaryReading) ?? preferredEntry(entries);
  const definitions: string[] = [];
  if (glossary) definitions.push(glossary.english);
  if (main) definitions.push(...main.definitions.filter((d) => !d.startsWith("CL:")));
  for (const e of entries) {
    if (e === main) continue;
    for (const d of e.definitions) {
      if (d.startsWith("CL:") || isNoiseSense(d)) continue;
      definitions.push(e.pinyin && e.pinyin !== main?.pinyin ? `[${e.pinyin}] ${d}` : d);
    }
  }
  return {
    text: word,
    traditional: main?.traditional ?? null,
    pinyin: glossaryReading ?? pinyin ?? main?.pinyin ?? null,
    definitions: [...new Set(definitions)],
    hsk2: hsk2Level(word),
    hsk3: hsk3Level(word),
    glossary,
  };
}
