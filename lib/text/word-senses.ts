import type { CedictEntry } from "@/lib/dict/cedict";
import type { TokenKind } from "./token-kind";

const SURNAME_SENSE = /surname/i;

/**
 * The CC-CEDICT entries a token of this kind may be glossed from. A word of two or more characters
 * is not glossed as a surname: 山下 in 在山下的小饭馆 is "at the foot of the hill", not "Yamashita
 * (Japanese surname)" (token-kind makes it a word); without such entries it is glossed by its
 * parts (山 + 下). Single characters keep theirs: 曾, 单 are read by context as surnames too.
 */
export function entriesForKind(entries: CedictEntry[], kind: TokenKind): CedictEntry[] {
  if (kind === "name" || entries.length === 0 || entries[0].simplified.length < 2) return entries;
  const kept = entries.filter((e) => !(e.capitalised && e.definitions.length > 0 && e.definitions.every((d) => SURNAME_SENSE.test(d))));
  return kept.length === entries.length ? entries : kept;
}
