import { pinyin } from "pinyin-pro";
import { hasCedictEntry, isVocabulary } from "@/lib/dict/cedict";
import { NOT_GIVEN, TRANSLIT } from "@/lib/dict/name-rules";
import { isHan } from "./pinyin-syllables";
import { makeSegment } from "./word-memo";
import type { Segment } from "./segment";

// Reefs and islands the news names by two characters and 礁 or 岛 (仁爱礁, 美济礁, 铁线礁, 布韦岛),
// which jieba leaves as a word and the feature (仁爱 "benevolence" + 礁 "reef"): joined into one
// name, glossed by its romanised name and the feature ("Ren'ai Reef"; a transliteration keeps only
// the kind name). Words CC-CEDICT has (珊瑚礁, 暗礁, 半岛) are left to it, and so is a feature after a
// function word, a count or a verb (这个岛, 登上|岛). A name jieba keeps whole that CC-CEDICT lacks
// (永暑礁) takes the same gloss. Read on CPP dev: 17 sentences change, two of them wrongly (方言岛
// "dialect island", 卫星岛 "satellite islands": common nouns of the same shape).

const FEATURES: Record<string, string> = { 礁: "Reef", 岛: "Island" };
/** Characters without one of which in a sentence mergeFeatureNames changes nothing there (segment.ts skips it). */
export const FEATURE_TRIGGERS: readonly string[] = Object.keys(FEATURES);
const JIAO = "礁".charCodeAt(0);
const DAO = "岛".charCodeAt(0);
/** Tags of words that are no part of a place's name: verbs, function words, counts, times, locatives. */
const NOT_NAME = /^(?:v[a-z]*|p|r[a-z]*|m|q|mq|c|u[a-z]*|d|f|t|tg|zg|ad|y|e|o)$/;

type TagOf = (word: string) => string | null;

function nameable(s: Segment | undefined, tagOf: TagOf): boolean {
  return !!s && !s.gloss && !s.name && [...s.text].every((c) => isHan(c) && !NOT_GIVEN.has(c)) && !NOT_NAME.test(tagOf(s.text) ?? "");
}

/**
 * The English of a feature's name: its romanised stem and the feature ("Ren'ai Reef"), or null for a
 * transliterated stem (塞班岛 is Saipan, not "Saiban"), which keeps only the kind name.
 */
function featureGloss(stem: string, feature: string): string | undefined {
  return [...stem].every((c) => TRANSLIT.has(c)) ? undefined : `${romanised(stem)} ${feature}`;
}

/** "Ren'ai": toneless pinyin, an apostrophe before a syllable opening with a vowel, the first letter capital. */
function romanised(text: string): string {
  const syllables = pinyin(text, { toneType: "none", type: "array", v: true }).map((s) => s.replace("v", "ü"));
  const joined = syllables.map((s, k) => (k > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The segments with each such name joined; the same array when none applies (most sentences). */
export function mergeFeatureNames(segs: Segment[], tagOf: TagOf): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const text = cur[i].text;
    // By code first: most tokens end in neither character (a CJK key on an object costs a probe).
    const last = text.charCodeAt(text.length - 1);
    if (last !== JIAO && last !== DAO) continue;
    // A name jieba keeps whole that no dictionary glosses (永暑礁): its romanised name and feature.
    if (text.length === 3 && FEATURES[text[2]] && !cur[i].gloss && /^n[rsz]$/.test(tagOf(text) ?? "") && !hasCedictEntry(text)) {
      out ??= segs.slice();
      out[i] = makeSegment(text, "ns", { name: true, gloss: featureGloss(text.slice(0, 2), FEATURES[text[2]]) });
      continue;
    }
    const feature = text.length === 1 ? FEATURES[text] : undefined;
    if (!feature) continue;
    if (i === 0) continue;
    const a = cur[i - 1];
    const b = cur[i - 2];
    const from = a.text.length === 2 && nameable(a, tagOf) ? i - 1 : a.text.length === 1 && b?.text.length === 1 && nameable(a, tagOf) && nameable(b, tagOf) ? i - 2 : -1;
    if (from < 0) continue;
    const stem = cur.slice(from, i).map((s) => s.text).join("");
    if (isVocabulary(stem + cur[i].text)) continue;
    out ??= segs.slice();
    out.splice(from, i - from + 1, makeSegment(stem + cur[i].text, "ns", { name: true, gloss: featureGloss(stem, feature) }));
    i = from;
  }
  return out ?? segs;
}
