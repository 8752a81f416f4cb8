import fs from "node:fs";
import path from "node:path";
import { pinyin as pinyinPro } from "pinyin-pro";
import { cedictEntries, preferredEntry } from "@/lib/dict/cedict";
import { dictDataDir } from "@/lib/dict/data-files";

// Readings of single characters that do not need the model: the one reading all of CC-CEDICT's
// entries agree on, and for characters neither CC-CEDICT nor pinyin-pro knows (mostly outside the
// BMP: 𠮷) Unicode's Unihan reading (lib/dict/data/rare-readings.txt, built by
// scripts/dict/pack-rare-readings.ts).

const unique = new Map<string, string | null>();
/** The same for one-code-unit characters, by char code (undefined: not looked up yet). */
const uniqueByCode: (string | null | undefined)[] = new Array(65536);

/** The character's reading when CC-CEDICT lists exactly one; null when it has several or none. */
export function uniqueCharReading(ch: string): string | null {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  let reading = code >= 0 ? uniqueByCode[code] : unique.get(ch);
  if (reading === undefined) {
    const readings = new Set(cedictEntries(ch).flatMap((e) => (e.pinyin ? [e.pinyin.toLowerCase()] : [])));
    reading = readings.size === 1 ? [...readings][0] : null;
    if (code >= 0) uniqueByCode[code] = reading;
    else unique.set(ch, reading);
  }
  return reading;
}

let rare: Map<string, string> | null = null;

function rareReadings(): Map<string, string> {
  if (!rare) {
    rare = new Map();
    const text = fs.readFileSync(path.join(dictDataDir(), "rare-readings.txt"), "utf8");
    for (const line of text.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) rare.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return rare;
}

/**
 * A reading for any Han character without context: pinyin-pro's, else CC-CEDICT's preferred, else
 * Unihan's. Never empty: a character no source knows is shown as "?" rather than dropped.
 */
export function anyCharReading(ch: string): string {
  const r = pinyinPro(ch, { type: "array", toneSandhi: false })[0];
  if (r && r !== ch) return r.toLowerCase();
  return preferredEntry(cedictEntries(ch))?.pinyin?.toLowerCase() ?? rareReadings().get(ch) ?? "?";
}
