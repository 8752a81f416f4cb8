import { cedictEntries, preferredEntry, readableSense } from "@/lib/dict/cedict";
import { BoundedMap } from "@/lib/text/bounded-map";

// A few function words whose CC-CEDICT senses differ by grammar, where the neighbours decide:
//   同 + noun phrase (+ verb)      → "with; together with"      (同俄方会谈), not "like; same";
//   就 + topic + 回答/表示/…       → "with regard to; concerning" (就中美关系回答提问);
//   作为 at the start of a clause  → "as (in the capacity of)"   (作为安理会常任理事国，…);
//   该 + noun                      → "that; the above-mentioned" (该法案), not "should";
//   把 + noun                      → the object marker, not "to hold";
//   在 + place/time (+ verb)       → "at; in; on", 在 + verb → the progressive, not "to exist";
//   noun + 等 (+ noun or pause)    → "and so on; etc.", not "to wait for".
// Each picks one of CEDICT's own senses (在's preposition is CEDICT's "to be (located) at" put as a
// preposition); with no decisive context the default gloss stays.
export interface GlossContext {
  text: string;
  kind: string;
}

const PUNCT = /^[\p{P}\p{S}\s]+$/u;
const HAN = /\p{Script=Han}/u;

/** Verbs that close "就 + topic": 就X问题回答提问, 就X交换意见. */
const TOPIC_VERBS = new Set([
  "回答", "表示", "交换意见", "交换", "进行", "发表", "阐述", "提出", "答问", "介绍", "作出", "达成",
  "回应", "举行", "磋商", "沟通", "谈", "讨论", "表态", "阐明", "通报", "协商", "对话",
]);
/** After 就, words that make it the adverb "then/just" (就是, 就要, 就不). */
const ADVERB_NEXT = new Set(["是", "要", "会", "能", "可以", "不", "没", "没有", "在", "有", "把", "像", "好", "行", "算", "得", "已经", "都", "这样", "那么", "越"]);
/** Words after 同 that make it "same" (同年, 同日), not "with". */
/** After 该, words that keep it the modal "should" (该如何, 该不该). */
const MODAL_NEXT = new Set(["如何", "怎么", "怎样", "多么", "不该", "是", "有", "轮到", "由"]);
const SAME_NEXT = new Set(["年", "月", "日", "天", "期", "类", "样", "时", "一", "等", "比"]);
/** Before these 在 is the verb ("to be there"): 在了, 在吗, 在不在. */
const ZAI_VERB_NEXT = new Set(["了", "吗", "呢", "着", "过", "不", "也", "吧"]);
/** Personal pronouns: 我等你 is "wait for", not "etc.". */
const PRONOUNS = new Set(["我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "它们", "咱们", "大家", "人家"]);

/** sense() answers by call site (each site asks one word for one fixed sense; CC-CEDICT does not change). */
const senses = new Map<number, string | null>();

function sense(word: string, site: number, pick: (s: string) => boolean): string | null {
  let answer = senses.get(site);
  if (answer === undefined) {
    const entry = preferredEntry(cedictEntries(word));
    const found = entry?.definitions.find(pick);
    answer = found ? readableSense(found) : null;
    senses.set(site, answer);
  }
  return answer;
}

function clauseStart(tokens: GlossContext[], i: number): boolean {
  return i === 0 || PUNCT.test(tokens[i - 1].text);
}

const isWord = (t: GlossContext | undefined) => !!t && HAN.test(t.text) && !PUNCT.test(t.text);
/** CEDICT gives a verb sense ("to …") among the word's first two. */
const verbLike = new BoundedMap<string, boolean>();
const isVerbLike = (word: string): boolean => {
  let answer = verbLike.get(word);
  if (answer === undefined) {
    answer = (preferredEntry(cedictEntries(word))?.definitions.slice(0, 2) ?? []).some((d) => /^(?:\([^)]*\) )?to /.test(d));
    verbLike.set(word, answer);
  }
  return answer;
};

/** The sense of tokens[i] its context calls for, or null to keep the default gloss. */
export function contextGloss(tokens: GlossContext[], i: number): string | null {
  const token = tokens[i];
  const next = tokens[i + 1];
  switch (token.text) {
    case "同":
      if (isWord(next) && !SAME_NEXT.has(next.text)) return sense("同", 1, (s) => s === "with") && "with; together with";
      return null;
    case "就": {
      if (!isWord(next) || ADVERB_NEXT.has(next.text) || isVerbLike(next.text)) return null;
      for (let j = i + 2; j < tokens.length && j <= i + 12 && !PUNCT.test(tokens[j].text); j++) {
        if (TOPIC_VERBS.has(tokens[j].text)) return sense("就", 2, (s) => s.startsWith("with regard to"));
      }
      return null;
    }
    case "作为":
      return clauseStart(tokens, i) ? sense("作为", 3, (s) => s.startsWith("as (in the capacity of)")) : null;
    case "该":
      if (isWord(next) && [...next.text].length >= 2 && !MODAL_NEXT.has(next.text) && !isVerbLike(next.text) && next.kind !== "number") {
        return "that; the said; the above-mentioned";
      }
      return null;
    case "把":
      return isWord(next) ? sense("把", 4, (s) => s.startsWith("(used to put the object before the verb")) : null;
    case "在": {
      if (!isWord(next) || ZAI_VERB_NEXT.has(next.text)) return null;
      if (isVerbLike(next.text)) return sense("在", 5, (s) => s.startsWith("(used before a verb")) && "(indicates an action in progress)";
      return sense("在", 6, (s) => s.includes("(located) at")) && "at; in; on (a place or time)";
    }
    case "等": {
      const prev = tokens[i - 1];
      if (!isWord(prev) || PRONOUNS.has(prev.text) || isVerbLike(prev.text)) return null;
      const nounAfter = isWord(next) && [...next.text].length >= 2 && !isVerbLike(next.text);
      if (!next || PUNCT.test(next.text) || nounAfter) return sense("等", 7, (s) => s.startsWith("and so on"));
      return null;
    }
    default:
      return null;
  }
}
