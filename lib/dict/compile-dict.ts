import { createRequire } from "node:module";
import { buildCedictLines } from "./cedict";
import { compiledBytes, type ArtifactName } from "./compiled";
import { lexiconDictLines, buildUserDict, scanJiebaDict } from "./user-dict";
import { sortLines } from "./sorted-lines";

// Builders of the compiled artifacts (see compiled.ts), run at install/build time or when a source
// changed. Order matters: tags and jieba read the compiled CC-CEDICT.

function jiebaDefaultDict(): string {
  // Required here, not imported: the module reads its 5 MB dictionary file as soon as it loads.
  const { dict } = createRequire(import.meta.url)("@node-rs/jieba/dict.js") as { dict: Uint8Array };
  return Buffer.from(dict).toString("utf8");
}

let scan: ReturnType<typeof scanJiebaDict> | null = null;
function scanned() {
  scan ??= scanJiebaDict(jiebaDefaultDict());
  return scan;
}

/** "word TAB tag" for the tags token-kind needs, sorted for in-place search. */
function buildTags(): string {
  compiledBytes("cedict");
  const lines = [...scanned().tags].map(([word, tag]) => `${word}\t${tag}`);
  return sortLines(lines, "\t");
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
  tags: buildTags,
  jieba: buildJieba,
};
