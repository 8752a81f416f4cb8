import { SURNAMES } from "@/lib/dict/name-rules";
import { dictTag } from "./segment";

// Senses CC-CEDICT lists, but not first, that a word takes in a place its neighbours make plain
// (found reading ten new texts of ten genres, 3 December 2026):
//   经 before a verb (经审理认为, 经调查核实)      → "through; after (a process)", not "scripture";
//   净 before buying, selling or a flow (净卖出)    → "net", not "clean";
//   作为 after 把/将 in its clause (把…作为重点)    → "to take sth to be; to view as", not "one's conduct";
//   阿姨, 叔叔 right after a surname (王阿姨)        → the form of address, not "maternal aunt";
//   修 as a verb of its own (找人来修一下)           → "to repair; to build" before "to decorate";
//   队 after a place or a club's name (上海|队)       → "team; group", not "squadron".
// Each answers only on its cue; else the dictionary's order stands (tests/unit/text/usage-gloss.test.ts).

interface UsageToken {
  text: string;
  kind: string;
}

const PAUSE = /^[\p{P}\p{S}\s]+$/u;
/** What 净 "net" counts: money bought, sold, earned or moved (净卖出, 净流入, 净利润). */
const NET_OF = /^(?:卖出|买入|买进|卖|买|流入|流出|增加|减少|增长|下降|利润|收入|资产|亏损|进口|出口|赚|投资|融资|回笼|投放)/u;
const ADDRESS: Record<string, string> = {
  阿姨: "auntie (address for a woman of one's parents' generation)",
  叔叔: "uncle (address for a man of one's parents' generation)",
};

const isVerbTag = (tag: string | null) => tag !== null && /^v[dgni]?$/.test(tag);

export function usageGloss(tokens: UsageToken[], i: number): string | null {
  const token = tokens[i];
  const next = tokens[i + 1];
  switch (token.text) {
    case "经":
      // (A phrase jieba keeps whole by its verb: 经|调查核实.)
      return next && (isVerbTag(dictTag(next.text)) || (next.text.length >= 4 && isVerbTag(dictTag(next.text.slice(0, 2))))) ? "through; after (a process); to undergo" : null;
    case "净":
      return next && NET_OF.test(next.text) ? "net (income, exports etc)" : null;
    case "作为":
      for (let k = i - 1; k >= 0 && !PAUSE.test(tokens[k].text); k--) if (tokens[k].text === "把" || tokens[k].text === "将") return "to take sth to be; to view as";
      return null;
    case "阿姨":
    case "叔叔": {
      const prev = tokens[i - 1]?.text;
      return prev !== undefined && prev.length === 1 && SURNAMES.has(prev) ? ADDRESS[token.text] : null;
    }
    case "队": {
      // After a place or a club's name (上海|队, 北京|队): the team, not CC-CEDICT's first "squadron".
      const prev = tokens[i - 1];
      return prev && (prev.kind === "name" || /^n[st]$/.test(dictTag(prev.text) ?? "")) ? "team; group" : null;
    }
    case "修":
      return "to repair; to build; to decorate; to embellish";
    default:
      return null;
  }
}
