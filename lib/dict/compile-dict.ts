import { createRequire } from "node:module";
import { buildTraditionalOnly } from "./opencc";
import { buildCedictLines, cedictHeadwords, indexCedictForCompile } from "./cedict";
import { compiledBytes, type ArtifactName } from "./compiled";
import { lexiconDictLines, buildUserDict, scanJiebaDict } from "./user-dict";
import { sortLines } from "./sorted-lines";
import { buildHskLines } from "./hsk";
import { buildPinyinProDeviants } from "./pinyin-pro-phrases";

// Builders of the compiled artifacts (see compiled.ts), run at install/build time or when a source
// changed. Order matters: tags and jieba read the compiled CC-CEDICT.

function jiebaDefaultDict(): string {
  // Required here, not imported: the module reads its 5 MB dictionary file as soon as it loads.
  const { dict } = createRequire(import.meta.url)("@node-rs/jieba/dict.js") as { dict: Uint8Array };
  return Buffer.from(dict).toString("utf8");
}

/** OpenCC's simplified-to-traditional phrase converter (compile time only: its tables are large). */
function simplifiedToTraditional(): (simplified: string) => string {
  const { Converter } = createRequire(import.meta.url)("opencc-js/cn2t") as { Converter: (o: { from: string; to: string }) => (s: string) => string };
  return Converter({ from: "cn", to: "t" });
}

let scan: ReturnType<typeof scanJiebaDict> | null = null;
function scanned() {
  if (!scan) indexCedictForCompile();
  scan ??= scanJiebaDict(jiebaDefaultDict());
  return scan;
}

/**
 * "word TAB tag TAB frequency" for every word of the segmenter's dictionary (the tag as in jieba's
 * own dictionary when it has the word, else ours; the frequency jieba ends up with: the last line
 * for the word), sorted for in-place search, and first a line with an empty word holding the sum of
 * the frequencies. token-kind reads the tags, the segmenter asks whether a word is known, and a
 * short text gets a segmenter of only the words it contains (lib/text/segment.ts).
 */
function buildTags(): string {
  const tags = new Map<string, string>();
  const freqs = new Map<string, number>();
  const text = compiledBytes("jieba").toString("utf8");
  for (const line of text.split("\n")) {
    const [word, freq, tag] = line.split(" ");
    if (!word) continue;
    if (!tags.has(word)) tags.set(word, tag ?? "");
    freqs.set(word, Number(freq) || 0);
  }
  let total = 0;
  for (const f of freqs.values()) total += f;
  return sortLines([`\t\t${total}`, ...[...tags].map(([word, tag]) => `${word}\t${tag}\t${freqs.get(word)}`)], "\t");
}

/**
 * jieba's default dictionary followed by our lines: jieba reads a later line for the same word as
 * a replacement, exactly as loading a user dictionary after it would.
 */
function buildJieba(): string {
  const { demoted, words } = scanned();
  const knows = (w: string) => words.has(w);
  const user = [buildUserDict(knows), ...lexiconDictLines(knows), demoted];
  scan = null;
  return `${jiebaDefaultDict().trimEnd()}\n${user.join("\n")}\n`;
}

export const builders: Record<ArtifactName, () => string> = {
  cedict: () => buildCedictLines(simplifiedToTraditional()),
  jieba: buildJieba,
  tags: buildTags,
  hsk: buildHskLines,
  phrases: buildPinyinProDeviants,
  traditional: () => buildTraditionalOnly(cedictHeadwords()),
};
