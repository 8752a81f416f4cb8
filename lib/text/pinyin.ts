import { pinyin as pinyinPro } from "pinyin-pro";
import { g2pmModel, type Prediction } from "./g2p/g2pm-model";
import { anyCharReading, uniqueCharReading } from "./g2p/char-readings";
import { fixFromPhrases, fixFromSubwords, pairReading, wordReadings } from "./g2p/word-readings";
import { frameReading, framesInsideToken, withinTokenReading } from "./g2p/frames";
import { senseReading } from "./g2p/word-senses";
import { dictTag } from "./segment";
import { NUMBER_RUN, readNumber } from "./number-reading";
import { isHan, joinErhua, markSyllable, numberSyllable } from "./pinyin-syllables";

// Display-time sandhi lives in its own dependency-free module so client components can import it
// from "@/lib/text/tone-sandhi" without pulling in the dictionaries; re-exported here for servers.
export { applyToneSandhi, type PinyinToken } from "./tone-sandhi";

// Readings in citation tones (一 yī, 不 bù), decided per token:
// 1. A word with exactly one reading in our glossary or CC-CEDICT takes it (行长 háng zhǎng).
// 2. A word with several readings (明朝 Míng Cháo / míng zhāo, 大夫 dài fu / dà fū) takes the one
//    its sense's cues in the sentence point to (g2p/word-senses.ts: 医院 for the doctor), else the
//    one the g2pM model (lib/text/g2p) finds likelier here at the characters where they differ.
// 3. Otherwise each character: a free-standing function word whose syntactic frame is clear takes
//    the frame's reading (g2p/frames.ts: 为 wèi before a noun phrase and a verb); a polyphone the
//    model knows is decided by the model from the whole sentence (为 wéi/wèi, 得 dé/de/děi, 着
//    zhe/zháo); any other character takes its one dictionary reading, else pinyin-pro's reading in
//    context, else a reading from Unihan.
// Numbers are read aloud (number-reading.ts) and er-hua joins its syllable (diǎnr).

/** How well a tone-marked syllable fits the model's prediction: exact class, else same syllable. */
function fit(prediction: Prediction, syllable: string): number {
  const numbered = numberSyllable(syllable);
  const exact = prediction.classes.findIndex((c) => c.replace("u:", "ü") === numbered);
  if (exact >= 0) return prediction.logProbs[exact];
  const base = numbered.slice(0, -1);
  let best = -Infinity;
  prediction.classes.forEach((c, i) => {
    if (c.replace("u:", "ü").slice(0, -1) === base) best = Math.max(best, prediction.logProbs[i]);
  });
  return best === -Infinity ? Math.log(1e-3) : best;
}

function modelSyllable(prediction: Prediction): string {
  const i = prediction.logProbs.indexOf(Math.max(...prediction.logProbs));
  return markSyllable(prediction.classes[i]) ?? prediction.classes[i];
}

type Part = { kind: "han"; at: number } | { kind: "number"; reading: string };

interface Plan {
  parts: Part[];
  /** Set when the token is a word with several dictionary readings. */
  choices?: string[][];
}

/**
 * Pinyin for each token of a sentence: tone-marked citation syllables separated by single spaces,
 * one per Han character, except that an er-hua 儿 joins the syllable before it (diǎnr) and a number
 * reads as its spoken syllables (2024年 èr líng èr sì nián). null for tokens with neither Han
 * characters nor digits. `tokens` must concatenate to `sentence`.
 */
export function pinyinForTokens(sentence: string, tokens: string[]): (string | null)[] {
  const chars = [...sentence];
  const numberAt = numberRuns(chars);
  // Syllable per character index when known without the model; null: pinyin-pro in context.
  const fixed: (string | null | undefined)[] = [];
  const needModel: number[] = [];
  const plans: (Plan | null)[] = [];
  let at = 0;
  for (const [t, token] of tokens.entries()) {
    const tokenChars = [...token];
    const start = at;
    at += tokenChars.length;
    const parts: Part[] = [];
    let hasHan = false;
    for (let i = start; i < at; i++) {
      const run = numberAt.get(i);
      if (run !== undefined) {
        if (run) parts.push({ kind: "number", reading: run }); // "" inside a run: read at its start
      } else if (isHan(chars[i])) {
        parts.push({ kind: "han", at: i });
        hasHan = true;
      }
    }
    if (!parts.length) {
      plans.push(null);
      continue;
    }
    const word = hasHan && parts.length === tokenChars.length ? wordReadings(token) : null;
    const sensed = word && word.readings.length > 1 ? senseReading(tokens, t, dictTag, word.readings) : null;
    if (word?.readings.length === 1 || sensed) {
      (sensed ?? word!.readings[0]).forEach((s, k) => (fixed[start + k] = s));
    } else if (word) {
      word.readings[0].forEach((s, k) => {
        if (word.readings.some((r) => r[k] !== s)) needModel.push(start + k);
      });
      plans.push({ parts, choices: word.readings });
      continue;
    } else {
      if (hasHan && parts.length === tokenChars.length && tokenChars.length > 1) {
        framesInsideToken(tokens, t, start, dictTag, fixed);
        fixFromSubwords(tokenChars, start, fixed);
        for (let k = 1; k < tokenChars.length; k++) fixed[start + k] ??= withinTokenReading(tokenChars[k - 1], tokenChars[k]) ?? undefined;
        fixFromPhrases(tokenChars, start, fixed);
      }
      const frame = tokenChars.length === 1 && hasHan ? (frameReading(tokens, t, dictTag) ?? pairReading(tokens, t)) : null;
      if (frame) fixed[start] = frame;
      for (const part of parts) if (part.kind === "han" && fixed[part.at] === undefined) planChar(chars, part.at, fixed, needModel);
    }
    plans.push({ parts });
  }

  const predictions = needModel.length ? g2pmModel().predict(chars, needModel) : new Map<number, Prediction>();
  const syllableAt = (i: number): string => {
    if (fixed[i]) return fixed[i];
    const p = predictions.get(i);
    return p ? modelSyllable(p) : anyCharReading(chars[i]);
  };

  let contextual: (string | undefined)[] | null = null;
  at = 0;
  return tokens.map((token, t) => {
    const start = at;
    at += [...token].length;
    const plan = plans[t];
    if (!plan) return null;
    if (plan.choices) return joinErhua(chooseReading(plan.choices, start, predictions).join(" "));
    const out: string[] = [];
    for (const part of plan.parts) {
      if (part.kind === "number") out.push(part.reading);
      else if (fixed[part.at] === null) {
        contextual ??= pinyinProReadings(chars);
        out.push(contextual[part.at] ?? anyCharReading(chars[part.at]));
      } else out.push(syllableAt(part.at));
    }
    return joinErhua(out.join(" "));
  });
}

/**
 * Decides how one character is read when its word gives no answer: the model for its polyphones,
 * the one dictionary reading, or (null) pinyin-pro in context for characters the model lacks.
 */
function planChar(chars: string[], i: number, fixed: (string | null | undefined)[], needModel: number[]): void {
  if (g2pmModel().knows(chars[i])) needModel.push(i);
  else fixed[i] = uniqueCharReading(chars[i]) ?? null;
}

/** The reading of a multi-reading word the model prefers at the characters where they differ. */
function chooseReading(choices: string[][], start: number, predictions: Map<number, Prediction>): string[] {
  let best = choices[0];
  let bestScore = -Infinity;
  for (const choice of choices) {
    let score = 0;
    choice.forEach((s, k) => {
      const p = predictions.get(start + k);
      if (p) score += fit(p, s);
    });
    if (score > bestScore + 1e-9) {
      best = choice;
      bestScore = score;
    }
  }
  return best;
}

/** Spoken readings of the number runs, keyed by the index of the run's first character. */
function numberRuns(chars: string[]): Map<number, string> {
  const runs = new Map<number, string>();
  const text = chars.join("");
  if (!/[0-9０-９]/.test(text)) return runs;
  // Map UTF-16 offsets of matches back to code-point indexes.
  const indexOf = new Map<number, number>();
  let offset = 0;
  chars.forEach((c, i) => {
    indexOf.set(offset, i);
    offset += c.length;
  });
  for (const m of text.matchAll(NUMBER_RUN)) {
    const i = indexOf.get(m.index)!;
    const end = i + [...m[0]].length;
    runs.set(i, readNumber(m[0], chars[end], chars[end + 1]));
    for (let k = i + 1; k < end; k++) runs.set(k, ""); // covered by the run
  }
  return runs;
}

/** pinyin-pro's reading of each Han character of the sentence, by code-point index. */
function pinyinProReadings(chars: string[]): (string | undefined)[] {
  const readings = pinyinPro(chars.join(""), { type: "array", toneSandhi: false });
  return chars.map((ch, i) => (isHan(ch) && readings[i] && readings[i] !== ch ? readings[i].toLowerCase() : undefined));
}
