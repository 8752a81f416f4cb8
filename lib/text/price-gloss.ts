import { HAN_DIGITS, hanNumberValue } from "./number-gloss";
import { PAUSE } from "./g2p/frame-words";

// Prices as shoppers say them, which CC-CEDICT's first senses of the measure words miss:
//   五折, 八五折, 打八折 — a discount to so many tenths: "80% of the price (20% off)", not
//     "(classifier for theatrical scenes)";
//   五块钱, 只要两百块, 十块一斤 — 块 as the colloquial yuan, not "(classifier for pieces of cloth,
//     cake…)"; a count of pieces stays (切成两块, 两块蛋糕).
// Counter-cases in tests/unit/text/price-gloss.test.ts.

interface Token {
  text: string;
}

const ZHE = "折".charCodeAt(0);
const KUAI = "块".charCodeAt(0);
/** What may follow a price at the end of its phrase (十块一斤, 两百块吧). */
const AFTER_PRICE = new Set(["一斤", "一个", "一件", "一张", "一瓶", "一杯", "一公斤", "一次", "吧", "呢", "啊", "了", "左右", "多"]);

/** Tenths of the price for a discount's numerals (八 → 80, 八五 → 85, 9.5 → 95), or null. */
function discountPercent(head: string): number | null {
  if (/^[1-9](?:\.[0-9])?$/.test(head)) return Math.round(Number(head) * 10);
  // Digits 1–9 only (八五折; not 两: 两折 is no discount anyone says, nor 〇).
  const digits = [...head].map((c) => (c === "两" ? 0 : (HAN_DIGITS[c] ?? 0)));
  if (digits.length > 2 || digits.some((d) => d === 0)) return null;
  return digits.length === 1 ? digits[0] * 10 : digits[0] * 10 + digits[1];
}

function discountGloss(head: string): string | null {
  const percent = discountPercent(head);
  if (percent === null) return null;
  return `${percent}% of the price (${percent === 50 ? "half price" : `${100 - percent}% off`})`;
}

/** The amount before 块 as a number: digits or Chinese numerals. */
function amount(head: string): number | null {
  return /^[0-9]+$/.test(head) ? Number(head) : hanNumberValue(head);
}

/** A price gloss for the token at i (a number and 折 or 块), or null. */
export function priceGloss(tokens: readonly Token[], i: number): string | null {
  const text = tokens[i].text;
  const last = text.charCodeAt(text.length - 1);
  if (text.length < 2 || (last !== ZHE && last !== KUAI)) return null;
  const head = text.slice(0, -1);
  // 一折戏 "an act of a play" keeps the classifier.
  if (last === ZHE) return tokens[i + 1]?.text.startsWith("戏") ? null : discountGloss(head);
  const value = amount(head);
  if (value === null) return null;
  const next = tokens[i + 1]?.text;
  // Money before 钱, or a sum of ten or more closing its phrase (只要两百块。, 十块一斤).
  const money = next === "钱" || (value >= 10 && (next === undefined || PAUSE.test(next) || AFTER_PRICE.has(next)));
  return money ? `${value.toLocaleString("en")} kuai (yuan, colloquial)` : null;
}
