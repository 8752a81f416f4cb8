import { PatternsNormal } from "pinyin-pro/dist/esm/data/patterns.mjs";
import { pinyin as pinyinPro } from "pinyin-pro";
import { compiledBytes } from "./compiled";

// pinyin-pro reads a sentence by its most probable cut into phrases of its phrase dictionary; a
// character no phrase covers (or a one-character phrase) takes its first dictionary reading, except
// 了 一 不 々, whose readings depend on their neighbours. So a character that no phrase reads
// differently from its own first reading ("deviant" phrases) is read the same in any sentence, and
// one whose deviant phrases do not occur around it in this sentence is too: whichever cut wins,
// every phrase that can cover it reads it as it reads alone. The list of deviant phrases per
// character is compiled from pinyin-pro's data (compiled.ts): 559 characters, ~15 KB.

/** Characters pinyin-pro reads by their neighbours, never by their own reading alone. */
export const NEIGHBOUR_READ = new Set(["了", "一", "不", "々"]);

/** pinyin-pro's Priority.Normal: its phrases; surname phrases rank 10, custom ones 100. */
const NORMAL_PRIORITY = 1;

interface Pattern {
  zh: string;
  pinyin: string;
  priority: number;
}

/** "character TAB phrase SPACE phrase…": the phrases that read the character otherwise than alone. */
export function buildPinyinProDeviants(): string {
  const alone = new Map<string, string>();
  const single = (ch: string) => {
    let r = alone.get(ch);
    if (r === undefined) alone.set(ch, (r = pinyinPro(ch, { type: "array", toneSandhi: false, surname: "off" })[0] ?? ch));
    return r;
  };
  const deviants = new Map<string, Set<string>>();
  for (const p of PatternsNormal as readonly Pattern[]) {
    // Surname phrases are matched only in surname mode, which this list is not for.
    if (p.priority !== NORMAL_PRIORITY) continue;
    const chars = [...p.zh];
    const syllables = p.pinyin.split(" ");
    chars.forEach((ch, k) => {
      if (NEIGHBOUR_READ.has(ch) || syllables[k] === single(ch)) return;
      let set = deviants.get(ch);
      if (!set) deviants.set(ch, (set = new Set()));
      set.add(p.zh);
    });
  }
  return [...deviants].map(([ch, set]) => `${ch}\t${[...set].sort().join(" ")}`).sort().join("\n") + "\n";
}

let deviantsOf: Map<string, string[][]> | null = null;

/** The deviant phrases of a character (as code-point arrays); undefined when it has none. */
export function deviantPhrases(ch: string): string[][] | undefined {
  if (!deviantsOf) {
    deviantsOf = new Map();
    for (const line of compiledBytes("phrases").toString("utf8").split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) deviantsOf.set(line.slice(0, tab), line.slice(tab + 1).split(" ").map((p) => [...p]));
    }
  }
  return deviantsOf.get(ch);
}
