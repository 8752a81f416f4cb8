import { Converter } from "opencc-js";

// Traditional input is analysed through a simplified copy (segmentation, readings, glosses all come
// from simplified dictionaries) while the lesson keeps the characters as written. OpenCC's
// character-level Taiwan/standard converters are used, not its phrase converters (軟體 → 软件), so
// the copy has exactly the same length and offsets map one to one.
export type Script = "simplified" | "traditional";

let t2s: ((s: string) => string) | null = null;
let s2t: ((s: string) => string) | null = null;

function toSimplifiedRaw(text: string): string {
  t2s ??= Converter({ from: "tw", to: "cn" });
  return t2s(text);
}

function toTraditionalRaw(text: string): string {
  s2t ??= Converter({ from: "cn", to: "tw" });
  return s2t(text);
}

/** Same length as the input, whatever the converter does with a phrase. */
function sameLength(text: string, convert: (s: string) => string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return [...text].map((ch) => (convert(ch).length === ch.length ? convert(ch) : ch)).join("");
}

export function toSimplified(text: string): string {
  return sameLength(text, toSimplifiedRaw);
}

export function toTraditional(text: string): string {
  return sameLength(text, toTraditionalRaw);
}

const SAMPLE = 5_000;

/**
 * Traditional when more characters change on the way to simplified than on the way to
 * traditional (a simplified text has simplified-only characters like 们 国 这; a traditional one
 * has 們 國 這). Text that is the same in both scripts counts as simplified.
 */
export function detectScript(text: string): Script {
  const sample = text.slice(0, SAMPLE);
  const simplified = toSimplifiedRaw(sample);
  const traditional = toTraditionalRaw(sample);
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  const a = [...sample];
  const s = [...simplified];
  const t = [...traditional];
  if (s.length !== a.length || t.length !== a.length) return simplified === sample ? "simplified" : "traditional";
  for (let i = 0; i < a.length; i++) {
    if (s[i] !== a[i]) traditionalOnly++;
    if (t[i] !== a[i]) simplifiedOnly++;
  }
  return traditionalOnly > simplifiedOnly ? "traditional" : "simplified";
}
