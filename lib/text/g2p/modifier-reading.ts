import { isClassifierChar, noVerbReading } from "./reading-kinds";

// 一条干毛巾, 一件长裙子: a character between a count (a numeral or demonstrative and a measure word)
// and a noun modifies the noun, so it takes its reading without verb senses (干 gān "dry", not gàn
// "to do"; 长 cháng "long", not zhǎng "to grow"). "一条 + verb + noun" is no phrase a count opens.
// Read from CC-CEDICT's senses (reading-kinds.ts): characters without such a reading are left to the
// other rules and the model.

type TagOf = (word: string) => string | null;

const COUNT_START = /^[0-9一二三四五六七八九十两几半每这那哪某各]/u;
const NOUN_TAG = /^n[rstzg]?$/;

/** Measure words of actions (六次打腿, 两记勾拳): a verb may follow them. */
const VERBAL_MEASURES = new Set([..."次遍趟回下记番阵顿"]);
/** Function words keep their own readings (这种与金属: 与 yǔ "and"), as do adverbs (一瞬间将子弹 jiāng). */
const FUNCTION_TAG = /^(?:p|c|u|d|r|f|q)$/;

/** A count: a numeral or demonstrative and a measure word of things in one token (一条, 几个, 这件). */
function isCount(token: string | undefined, tagOf: TagOf): boolean {
  if (token === undefined || token.length < 2 || !COUNT_START.test(token)) return false;
  const measure = token[token.length - 1];
  return isClassifierChar(measure) && !VERBAL_MEASURES.has(measure) && /^(?:m|mq|r)$/.test(tagOf(token) ?? "");
}

export function modifierReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  if (!isCount(tokens[i - 1], tagOf) || FUNCTION_TAG.test(tagOf(tokens[i]) ?? "")) return null;
  const next = tokens[i + 1];
  if (next === undefined || !NOUN_TAG.test(tagOf(next) ?? "")) return null;
  return noVerbReading(tokens[i]);
}
