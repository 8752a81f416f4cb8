import { SURNAMES } from "@/lib/dict/name-rules";
import { dictTag } from "./segment";
import { hanNumberValue } from "./number-gloss";

// Senses CC-CEDICT lists, but not first, that a word takes in a place its neighbours make plain
// (found reading ten new texts of ten genres, 3 December 2026):
//   经 before a verb (经审理认为, 经调查核实)      → "through; after (a process)", not "scripture";
//   净 before buying, selling or a flow (净卖出)    → "net", not "clean";
//   作为 after 把/将 in its clause (把…作为重点)    → "to take sth to be; to view as", not "one's conduct";
//   阿姨, 叔叔 right after a surname (王阿姨)        → the form of address, not "maternal aunt";
//   修 as a verb of its own (找人来修一下)           → "to repair; to build" before "to decorate";
//   队 after a place or a club's name (上海|队)       → "team; group", not "squadron";
//   篮板 counted or beside points (12个篮板)          → "rebound", not "backboard";
//   全场 before a score (全场砍下28分)               → the whole game, not "everyone present";
//   边 after a place (洱海|边), 一家 before a noun (一家民宿), 咸 alone, 三连胜 "3 wins in a row".
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

/** Words of a basketball report that make 篮板 the rebound. */
const REBOUND_NEAR = new Set(["得分", "助攻", "抢断", "盖帽", "三分球", "罚球", "两双", "三双", "砍下", "拿下"]);
/** What follows 全场 in a match: its score or scoring. */
const WHOLE_GAME_NEXT = new Set(["砍下", "拿下", "得到", "贡献", "轰下", "命中", "投中", "送出", "抢下", "比赛", "比分", "得分", "最佳", "共"]);
/** After 一家: the family itself (一家人, 一家老小). */
const FAMILY_NEXT = new Set(["人", "老小", "之主", "子", "亲"]);
const STREAK = /^([二三四五六七八九十]+)连(胜|败|冠)$/u;
const STREAK_OF: Record<string, string> = { 胜: "wins", 败: "defeats", 冠: "titles" };

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
    case "篮板": {
      // Counted (12个篮板) or beside points and assists: the rebound, not the board the ball hits (篮板上).
      const prev = tokens[i - 1];
      if (next?.text === "上" || next?.text === "下") return null;
      return prev?.text === "个" || prev?.kind === "number" || tokens.some((t) => REBOUND_NEAR.has(t.text)) ? "rebound (basketball)" : null;
    }
    case "全场":
      // Before a score or a scoring verb (全场砍下28分, 全场比赛): the whole game; 全场观众 stays "everyone present".
      return next && (next.kind === "number" || WHOLE_GAME_NEXT.has(next.text)) ? "whole duration (of a competition or match)" : null;
    case "边": {
      // After a place or a thing (洱海|边, 桌子|边), not before a verb (边走边说): "side; edge".
      const prev = tokens[i - 1];
      if (!prev || !(prev.kind === "name" || /^(?:n|ns|nz|s)$/.test(dictTag(prev.text) ?? ""))) return null;
      return next && isVerbTag(dictTag(next.text)) ? null : "side; edge; beside";
    }
    case "一家": {
      // Before what is counted (一家民宿, 一家公司): one, counted as families and businesses are; 一家人,
      // 一家都 keep "the whole family".
      const tag = next ? (dictTag(next.text) ?? "") : "";
      return next && /^n[a-z]?$/.test(tag) && !FAMILY_NEXT.has(next.text) ? "one (classifier for families or businesses)" : null;
    }
    case "咸":
      // Alone in modern prose it is salty (菜太咸了); "all" is literary and lives in words (老少咸宜).
      return "salty; salted; (literary) all; everyone";
    case "修":
      return "to repair; to build; to decorate; to embellish";
    default: {
      // 三连胜, 五连败, 四连冠: so many in a row (CC-CEDICT's 三连胜 "hat-trick" is football's).
      const streak = STREAK.exec(token.text);
      const n = streak ? hanNumberValue(streak[1]) : null;
      return streak && n !== null ? `${n} ${STREAK_OF[streak[2]]} in a row` : null;
    }
  }
}
