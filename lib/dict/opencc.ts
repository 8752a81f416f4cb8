// The traditional-to-simplified build (109 KB) rather than the full one (1.2 MB, both directions):
// a cold one-sentence import spent ~0.08 s evaluating the other direction's tables.
import { Converter } from "opencc-js/t2cn";

// Traditional characters to simplified with OpenCC's character converters (not its phrase ones: the
// copy keeps the text's length, see lib/text/script.ts): Taiwan's forms, then Hong Kong's (衞 → 卫,
// which the Taiwan converter leaves). Building them takes ~100 ms, so only when needed.

let convert: ((s: string) => string) | null = null;

export function traditionalToSimplified(text: string): string {
  if (!convert) {
    const tw = Converter({ from: "tw", to: "cn" });
    const hk = Converter({ from: "hk", to: "cn" });
    convert = (s) => hk(tw(s));
  }
  return convert(text);
}

/**
 * Every BMP character the converters change and no simplified CC-CEDICT headword uses (written only
 * in traditional text: 們, 沒, 帶, 衞; not 著, 么, 乾, which simplified text writes too: 著名, 什么, 乾隆),
 * as one line: the compiled artifact "traditional", which lets a process tell that a text has none
 * without building the converters.
 */
export function buildTraditionalOnly(simplifiedHeadwords: Iterable<string>): string {
  const simplified = new Set<string>();
  for (const word of simplifiedHeadwords) for (const ch of word) simplified.add(ch);
  let out = "";
  for (let code = 0x2e80; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    if (simplified.has(ch)) continue;
    const s = traditionalToSimplified(ch);
    if (s !== ch && s.length === 1) out += ch;
  }
  return out + "\n";
}
