// Function words and complements with the English of their role, shared by the glosses by parts
// (part-gloss.ts) and the character breakdown (char-gloss.ts). No imports: both load it whatever
// order the modules around them are evaluated in (part-gloss.ts sits in an import cycle with
// segment.ts through number-gloss.ts).

/** Determiners: the word after them is a noun of two or more characters (该剧, 此案 is one: 案 alone). */
export const DETERMINER: Record<string, string> = {
  该: "this (aforementioned)", 本: "this; our", 此: "this", 其: "its; his; her", 各: "each", 每: "each",
  这: "this", 那: "that", 哪: "which", 某: "a certain", 另: "another",
};

/**
 * Directional and result complements (给出 "to give + out", 转化成 "to change + into"). After one
 * character it must be a verb by jieba's tag and by its first sense (带 "band; …; to wear" is not
 * read "to wear + into", 已成 is no "to stop + into").
 */
export const COMPLEMENT: Record<string, string> = {
  出: "out", 入: "into", 回: "back", 起: "up", 进: "into", 成: "into (becoming)", 完: "(finished)", 掉: "off; away", 走: "away",
  住: "(firmly; to a halt)",
  // A pronoun as the verb's object (感谢您 "to thank + you (polite)").
  您: "you (polite)", 你: "you", 我: "me", 他: "him", 她: "her", 它: "it",
};

/** 有 with the count 一 left out before a measure word (我有本书, 有个问题). */
export const HAVING: ReadonlySet<string> = new Set(["有", "没有", "有了"]);

/** Aspect particles after a verb (看着, 当过兵): what the verb's action is doing or has done. */
export const ASPECT: Record<string, string> = { 着: "(-ing)", 过: "(before, experienced)" };

/** Locatives after a noun (河里, 桌上, 会中): their English as a place after it. */
export const LOCATIVE: Record<string, string> = {
  里: "in; inside (after a noun)", 上: "on; in (after a noun)", 中: "in; among (after a noun)", 内: "within (after a noun)",
  外: "outside (after a noun)", 下: "under; below (after a noun)", 旁: "beside (after a noun)",
};
