import { pinyin as pinyinPro } from "pinyin-pro";
import { cedictEntries, preferredEntry } from "@/lib/dict/cedict";
import { glossaryEntry } from "@/lib/dict/glossary";
import { countHan, isHan } from "./pinyin-syllables";

// Display-time sandhi lives in its own dependency-free module so client components can import it
// from "@/lib/text/tone-sandhi" without pulling in the dictionaries; re-exported here for servers.
export { applyToneSandhi, type PinyinToken } from "./tone-sandhi";

// Readings in citation tones (一 yī, 不 bù). Order: glossary → CC-CEDICT's reading of the whole word
// → pinyin-pro over the whole sentence (it segments internally, so single characters get their
// reading in context: 长 in 他长大了 vs 很长). pinyin-pro is only called for sentences that need it.

/** Reading from the dictionaries alone: a string, or null when context is needed. */
const wordCache = new Map<string, string | null>();

function dictionaryReading(word: string): string | null {
  const cached = wordCache.get(word);
  if (cached !== undefined) return cached;
  // A glossary variant (全国人大 for 全国人民代表大会) shares its entry but not its reading.
  const glossary = glossaryEntry(word);
  let reading: string | null = glossary?.term === word ? glossary.pinyin : null;
  if (reading === null && /^\p{Script=Han}+$/u.test(word)) {
    const entries = cedictEntries(word).filter((e) => e.pinyin && e.pinyin.split(" ").length === [...word].length);
    if ([...word].length > 1) {
      reading = preferredEntry(entries)?.pinyin?.toLowerCase() ?? null;
    } else {
      // A single character is only safe without context when all its readings agree.
      const readings = new Set(entries.map((e) => e.pinyin!.toLowerCase()));
      if (readings.size === 1) reading = [...readings][0];
    }
  }
  wordCache.set(word, reading);
  return reading;
}

// Function characters standing alone as a token. Their other readings live in words jieba keeps
// whole (目的 dì, 土地 dì, 取得 dé, 应对 yìng, 首都 dū, 附和 hè), so alone they are the particle or
// modal, which pinyin-pro sometimes misreads (坚定不移地 → dì, 应履行 → yìng). The particles need a
// preceding word to attach to: 得/着 follow verbs (跑得快, 看着), 地 follows adverbs of 2+ characters.
const STANDALONE: Record<string, string> = { 的: "de", 了: "le", 都: "dōu", 和: "hé", 应: "yīng" };
const PARTICLE_AFTER_WORD: Record<string, [string, number]> = { 地: ["de", 2], 得: ["de", 1], 着: ["zhe", 1] };

function standaloneReading(token: string, previous: string | undefined): string | null {
  const particle = PARTICLE_AFTER_WORD[token];
  if (particle) return previous !== undefined && countHan(previous) >= particle[1] ? particle[0] : null;
  return STANDALONE[token] ?? null;
}

/**
 * pinyin-pro's reading of each Han character of the sentence, by UTF-16 offset. Its "array" output
 * has one entry per code point (non-Han characters echo themselves) and is ~10× faster than "all".
 */
function contextReadings(sentence: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  const readings = pinyinPro(sentence, { type: "array", toneSandhi: false });
  let offset = 0;
  let i = 0;
  for (const ch of sentence) {
    const r = readings[i++];
    if (r && r !== ch && isHan(ch)) out[offset] = r.toLowerCase();
    offset += ch.length;
  }
  return out;
}

function fallbackReading(ch: string): string {
  // Characters pinyin-pro does not know: CC-CEDICT's preferred reading, else the character itself.
  return preferredEntry(cedictEntries(ch))?.pinyin ?? ch;
}

/**
 * Pinyin for each token of a sentence: one tone-marked syllable per Han character, single spaces;
 * null for tokens without Han characters. `tokens` must concatenate to `sentence`.
 */
export function pinyinForTokens(sentence: string, tokens: string[]): (string | null)[] {
  let context: (string | undefined)[] | null = null;
  const result: (string | null)[] = [];
  let offset = 0;
  tokens.forEach((token, index) => {
    const hasHan = countHan(token) > 0;
    let reading = hasHan ? (standaloneReading(token, tokens[index - 1]) ?? dictionaryReading(token)) : null;
    if (hasHan && reading === null) {
      context ??= contextReadings(sentence);
      const syllables: string[] = [];
      let at = offset;
      for (const ch of token) {
        if (isHan(ch)) syllables.push(dictionaryReading(ch) ?? context[at] ?? fallbackReading(ch));
        at += ch.length;
      }
      reading = syllables.join(" ");
    }
    result.push(reading);
    offset += token.length;
  });
  return result;
}
