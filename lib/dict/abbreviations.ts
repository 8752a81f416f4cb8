// One-character abbreviations of countries and regions as news Chinese uses them in compounds:
// 中俄 China–Russia, 美方 the US side, 涉华 China-related. Glossed by meaning, because CC-CEDICT's
// first sense of the lone character (俄 "suddenly", 美 "beautiful") is wrong there.
interface Place {
  /** Name in a pair: "China–Russia". */
  name: string;
  /** Adjective before "side": "the Russian side". */
  adjective: string;
}

const PLACES: Record<string, Place> = {
  中: { name: "China", adjective: "Chinese" },
  华: { name: "China", adjective: "Chinese" },
  美: { name: "US", adjective: "US" },
  俄: { name: "Russia", adjective: "Russian" },
  欧: { name: "EU", adjective: "EU" },
  日: { name: "Japan", adjective: "Japanese" },
  韩: { name: "ROK", adjective: "ROK" },
  朝: { name: "DPRK", adjective: "DPRK" },
  英: { name: "UK", adjective: "British" },
  法: { name: "France", adjective: "French" },
  德: { name: "Germany", adjective: "German" },
  意: { name: "Italy", adjective: "Italian" },
  澳: { name: "Australia", adjective: "Australian" },
  加: { name: "Canada", adjective: "Canadian" },
  印: { name: "India", adjective: "Indian" },
  巴: { name: "Pakistan", adjective: "Pakistani" },
  菲: { name: "Philippines", adjective: "Philippine" },
  越: { name: "Vietnam", adjective: "Vietnamese" },
  泰: { name: "Thailand", adjective: "Thai" },
  蒙: { name: "Mongolia", adjective: "Mongolian" },
  非: { name: "Africa", adjective: "African" },
  老: { name: "Laos", adjective: "Lao" },
  柬: { name: "Cambodia", adjective: "Cambodian" },
  缅: { name: "Myanmar", adjective: "Myanmar" },
  新: { name: "Singapore", adjective: "Singaporean" },
  马: { name: "Malaysia", adjective: "Malaysian" },
  以: { name: "Israel", adjective: "Israeli" },
  伊: { name: "Iran", adjective: "Iranian" },
  土: { name: "Türkiye", adjective: "Turkish" },
  乌: { name: "Ukraine", adjective: "Ukrainian" },
  塞: { name: "Serbia", adjective: "Serbian" },
  埃: { name: "Egypt", adjective: "Egyptian" },
  沙: { name: "Saudi Arabia", adjective: "Saudi" },
  台: { name: "Taiwan", adjective: "Taiwan" },
  港: { name: "Hong Kong", adjective: "Hong Kong" },
  藏: { name: "Xizang", adjective: "Xizang" },
  疆: { name: "Xinjiang", adjective: "Xinjiang" },
  外: { name: "foreign countries", adjective: "foreign" },
};

// Which characters may stand in which compound. Pairs need two countries that are commonly paired
// in the news; lone 以 (by), 加 (add), 新 (new), 马 (horse), 土 (soil) only count before 方 "side".
const PAIR = new Set([..."中美俄欧日韩朝英法德意澳印巴菲越泰蒙非老柬缅"]);
const SIDE = new Set([..."中美俄欧日韩朝英法德意澳加印巴菲越泰蒙老柬缅新马以伊土乌塞埃沙台港外"]);
const INVOLVING = new Set([..."华台港澳藏疆日美俄外"]);

/** The English of an abbreviation compound, or null when `text` is not one. */
export function abbreviationGloss(text: string): string | null {
  const chars = [...text];
  if (chars.length === 2 && chars[1] === "方" && SIDE.has(chars[0])) return `the ${PLACES[chars[0]].adjective} side`;
  if (chars.length === 2 && chars[0] === "涉" && INVOLVING.has(chars[1])) {
    return `${PLACES[chars[1]].name}-related; involving ${PLACES[chars[1]].name}`;
  }
  if (chars.length >= 2 && chars.length <= 3 && chars.every((c) => PAIR.has(c)) && new Set(chars).size === chars.length) {
    return chars.map((c) => PLACES[c].name).join("–");
  }
  return null;
}

/** Whether an abbreviation compound may start with this character (a cheap first test). */
export function mayAbbreviate(first: string): boolean {
  return first === "涉" || SIDE.has(first) || PAIR.has(first);
}
