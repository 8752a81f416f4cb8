import { createRequire } from "node:module";
import { buildCedictLines, indexCedictForCompile } from "./cedict";
import { compiledBytes, type ArtifactName } from "./compiled";
import { lexiconDictLines, buildUserDict, scanJiebaDict } from "./user-dict";
import { sortLines } from "./sorted-lines";
import { buildHskLines } from "./hsk";

// Builders of the compiled artifacts (see compiled.ts), run at install/build time or when a source
// changed. Order matters: tags and jieba read the compiled CC-CEDICT.

function jiebaDefaultDict(): string {
  // Required here, not imported: the module reads its 5 MB dictionary file as soon as it loads.
  const { dict } = createRequire(import.meta.url)("@node-rs/jieba/dict.js") as { dict: Uint8Array };
  return Buffer.from(dict).toString("utf8");
}

let scan: ReturnType<typeof scanJiebaDict> | null = null;
function scanned() {
  if (!scan) indexCedictForCompile();
  scan ??= scanJiebaDict(jiebaDefaultDict());
  return scan;
}

/**
 * "word TAB tag" for every word of the segmenter's dictionary (the tag as in jieba's own dictionary
 * when it has the word, else ours), sorted for in-place search: token-kind reads the tags, the
 * segmenter asks whether a word is known.
 */
function buildTags(): string {
  const tags = new Map<string, string>();
  const text = compiledBytes("jieba").toString("utf8");
  for (const line of text.split("\n")) {
    const [word, , tag] = line.split(" ");
    if (word && !tags.has(word)) tags.set(word, tag ?? "");
  }
  return sortLines([...tags].map(([word, tag]) => `${word}\t${tag}`), "\t");
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
  cedict: buildCedictLines,
  jieba: buildJieba,
  tags: buildTags,
  hsk: buildHskLines,
};
