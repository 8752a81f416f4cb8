import { cedictEntries, isCedictIdiom, isCedictSaying } from "./cedict";
import { readLexicon } from "./lexicon-file";

// An idiom is a token found in an idiom lexicon: THUOCL's 8,519 chengyu (MIT), a CC-CEDICT entry
// marked as one, or one of CC-CEDICT's sayings of two clauses (先天下之忧而忧，后天下之乐而乐). A
// jieba tag alone never makes an idiom: jieba tags ordinary four-character
// compounds (当今世界, 举行会谈) "i" as well. The glossary's own idioms are handled by its kind.
let chengyu: Set<string> | null = null;

export function thuoclChengyu(): Set<string> {
  chengyu ??= new Set(readLexicon("THUOCL_chengyu.txt"));
  return chengyu;
}

export function isLexiconIdiom(word: string): boolean {
  if ([...word].length < 3) return false;
  return thuoclChengyu().has(word) || cedictEntries(word).some(isCedictIdiom) || isCedictSaying(word);
}
