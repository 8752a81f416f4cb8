import { traditionalToSimplified } from "@/lib/dict/opencc";
import { compiledBytes } from "@/lib/dict/compiled";

// Traditional input is analysed through a simplified copy (segmentation, readings, glosses all come
// from simplified dictionaries) while the lesson keeps the characters as written. OpenCC's
// character-level Taiwan/standard converters are used, not its phrase converters (軟體 → 软件), so
// the copy has exactly the same length and offsets map one to one. The other direction (the reader's
// traditional view of simplified text) comes from CC-CEDICT: OpenCC's s2t converter takes ~1.3 s to
// build.
export type Script = "simplified" | "traditional";

const toSimplifiedRaw = traditionalToSimplified;

/** Same length as the input, whatever the converter does with a phrase. */
function sameLength(text: string, convert: (s: string) => string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return [...text].map((ch) => (convert(ch).length === ch.length ? convert(ch) : ch)).join("");
}

export function toSimplified(text: string): string {
  return sameLength(text, toSimplifiedRaw);
}

const SAMPLE = 5_000;
const SIMPLIFIED_HINTS = /[们国这个来时说会对于为与发经过后还开关问题现实动学进种样从当点业长义门见东车线体话头员无区让应万边运书买写听记认识读变历据处将产价岛岁条两华语机议际纪总协务儿属济环权构欢队军战争湾]/u;
// Frequent characters that exist only in traditional writing, added to the compiled list below.
const FREQUENT_TRADITIONAL = "們國這個來時說會對於為與發經過後還開關問題現實動學進種樣從當點業長義門見東車線體話頭員無區讓應萬邊運書買寫聽記認識讀變歷據處將產價島歲條兩華語機議際紀總協務兒屬濟環權構歡隊軍戰爭灣";

let traditionalOnly: Uint8Array | null = null;

/** Per BMP code, 1 for a character only traditional text has (compiled: lib/dict/opencc.ts). */
function traditionalFlags(): Uint8Array {
  if (!traditionalOnly) {
    traditionalOnly = new Uint8Array(65536);
    for (const ch of compiledBytes("traditional").toString("utf8").trim()) traditionalOnly[ch.charCodeAt(0)] = 1;
    for (const ch of FREQUENT_TRADITIONAL) traditionalOnly[ch.charCodeAt(0)] = 1;
  }
  return traditionalOnly;
}

/**
 * Whether the text has any character only traditional text has (們, 沒, 帶, 衞): without one, it is
 * simplified (or the same in both) and the converters need not be built.
 */
export function hasTraditionalHints(text: string): boolean {
  const flags = traditionalFlags();
  for (let i = 0; i < text.length; i++) if (flags[text.charCodeAt(i)]) return true;
  return false;
}

/**
 * The text as the cleaning and structure rules read it (their word lists are simplified): its
 * simplified copy, same length, when it has a traditional character; else the text itself.
 */
export function simplifiedForRules(text: string): string {
  return hasTraditionalHints(text) ? toSimplified(text) : text;
}

/**
 * Traditional when more characters change on the way to simplified than there are frequent
 * simplified-only characters (们 国 这 vs 們 國 這): a mixed paste goes with its majority. Text that
 * is the same in both scripts counts as simplified.
 */
export function detectScript(text: string): Script {
  const sample = text.slice(0, SAMPLE);
  if (!hasTraditionalHints(sample)) return "simplified";
  const simplified = [...toSimplifiedRaw(sample)];
  const written = [...sample];
  if (simplified.length !== written.length) return "traditional";
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  for (let i = 0; i < written.length; i++) {
    if (simplified[i] !== written[i]) traditionalOnly++;
    else if (SIMPLIFIED_HINTS.test(written[i])) simplifiedOnly++;
  }
  return traditionalOnly > simplifiedOnly ? "traditional" : "simplified";
}
