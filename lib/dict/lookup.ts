import { cedictEntries, entryForReading, isNoiseSense, preferredEntry } from "./cedict";
import { glossaryEntryFor } from "./glossary";
import { orderSenses } from "./sense-order";
import { toSimplified } from "@/lib/text/script";
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
 * first (common senses before specialised ones), then the other readings' senses, so nothing the
 * dictionary knows is hidden. A glossary variant in other words shows its own English (人大), or
 * none when it has none (see glossaryEntryFor).
 */
export function lookupWord(text: string, pinyin?: string | null): WordLookup {
  const written = text.trim();
  // Traditional text (a note saved from a traditional lesson) is looked up by its simplified form.
  const simplified = toSimplified(written);
  const word = simplified !== written && !cedictEntries(written).length && !glossaryEntryFor(written) ? simplified : written;
  const entries = cedictEntries(word);
  const glossary = glossaryEntryFor(word);
  const glossaryReading = glossary && glossary.term === word ? glossary.pinyin : null;
  const main = entryForReading(entries, pinyin ?? glossaryReading) ?? preferredEntry(entries);
  const definitions: string[] = [];
  if (glossary) definitions.push(glossary.english);
  if (main) definitions.push(...orderSenses(main.definitions.filter((d) => !d.startsWith("CL:"))));
  for (const e of entries) {
    if (e === main) continue;
    for (const d of e.definitions) {
      if (d.startsWith("CL:") || isNoiseSense(d)) continue;
      definitions.push(e.pinyin && e.pinyin !== main?.pinyin ? `[${e.pinyin}] ${d}` : d);
    }
  }
  return {
    text: written,
    traditional: main?.traditional ?? null,
    pinyin: glossaryReading ?? pinyin ?? main?.pinyin ?? null,
    definitions: [...new Set(definitions)],
    hsk2: hsk2Level(word),
    hsk3: hsk3Level(word),
    glossary,
  };
}
