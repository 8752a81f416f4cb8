// Words CC-CEDICT lists verb first that news uses as nouns as often (活动 "to exercise; to move
// about" / "activity; event", 报告, 规定): where the sentence puts the word in a noun's place, its
// noun sense is the gloss. CEDICT marks a sense that is a noun with its classifier (CL:…), so the
// noun sense is the first one carrying one (else, for a word jieba tags vn, a verbal noun, the
// first sense that is no verb); a word without one keeps its usual gloss. A noun's
// place: after 的, after a count or demonstrative with its measure word (这次活动, 各项规定), or
// as the object of a verb that holds or joins events (举办活动, 参加活动).
// Counter-cases: tests/unit/text/noun-slot-gloss.test.ts.

import { cedictEntries, entryForReading, isNoiseSense, readableSense } from "@/lib/dict/cedict";
import { BoundedMap } from "@/lib/text/bounded-map";
import { dictTag } from "./segment";

interface SlotToken {
  text: string;
  kind: string;
  pinyin?: string | null;
}

/** Verbs whose object is an event or an undertaking. */
const HOLDING = new Set(["参加", "参与", "举办", "举行", "开展", "组织", "发起", "策划", "出席", "主办", "承办", "筹办", "取消", "推迟"]);
/** A count or demonstrative and a measure word for events and items (这次, 各项, 一系列). */
const COUNTED = /^(?:[这那此本该各每首某上下]|[一二两三四五六七八九十几多]+)(?:次|项|场|届|轮|种|类|个|份|批)$|^(?:一系列|这些|那些|各类|各种|诸多)$/u;

/** Last characters of COUNTED (a cheap test before the expression, which runs on every word). */
const COUNTED_ENDS = new Set([..."次项场届轮种类个份批列些"].map((c) => c.charCodeAt(0)));
const nounSenses = new BoundedMap<string, string | null>();

/** The word's first noun sense (one carrying a classifier), when its first sense is a verb; else null. */
function nounSense(text: string, pinyin: string | null): string | null {
  const key = `${text}\u0001${pinyin}`;
  let found = nounSenses.get(key);
  if (found === undefined) {
    const entry = entryForReading(cedictEntries(text).filter((e) => !e.capitalised), pinyin);
    const senses = entry?.definitions.filter((d) => !isNoiseSense(d)) ?? [];
    // A sense with a classifier is a noun; failing one, where jieba knows the word as a verbal
    // noun (服务 vn, 工作 vn), its first sense that is no verb and no grammar note ("service",
    // "job"). Not for plain nouns (指导 n: its other sense is "coach", not "guidance").
    const verbFirst = /^to /.test(senses[0] ?? "");
    const nounTagged = dictTag(text) === "vn";
    const noun = !verbFirst ? undefined : (senses.find((d) => /\(CL:/.test(d) && !/^to /.test(d)) ?? (nounTagged ? senses.find((d) => !/^(?:to |\()/.test(d)) : undefined));
    found = noun ? readableSense(noun.replace(/\s*\(CL:[^)]*\)/, "")) : null;
    nounSenses.set(key, found);
  }
  return found;
}

/** The noun sense of tokens[i] where it stands in a noun's place, else null. */
export function nounSlotGloss(tokens: SlotToken[], i: number): string | null {
  const token = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || token.text.length < 2 || token.kind !== "word") return null;
  const holder = prev.text === "了" ? (tokens[i - 2]?.text ?? "") : prev.text; // 举行了谈判
  const slot = prev.text === "的" || HOLDING.has(holder) || (COUNTED_ENDS.has(prev.text.charCodeAt(prev.text.length - 1)) && COUNTED.test(prev.text));
  return slot ? nounSense(token.text, token.pinyin ?? null) : null;
}
