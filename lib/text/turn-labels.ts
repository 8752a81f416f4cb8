import { isVocabulary } from "@/lib/dict/cedict";
import { labelAt, looksLikeSpeaker, mayNameSpeaker, type LabelCandidate } from "./speaker-label";
import { dictTag } from "./segment";

// Which paragraph labels ("X：…") open a speaker's turn, decided over the whole text. A label whose
// words name a speaker (记者, 王毅, 解说, 老张) counts once labels recur. A short label whose words do
// not (小雨 "light rain", 阿强, a user name) counts when the text uses it as a label at least twice
// before sentences, beside another label: chat logs, scripts and commentary repeat their speakers;
// a notice's 时间：/地址： head a line each, once, before a phrase; a word list repeats one 例句：.
// Inside a dialogue a short label seen once still opens a turn rather than pass as the previous
// speaker's words: a speaker when no dictionary knows it as a word (小美), else, for a noun (地址,
// 教练), a turn of nobody; connectives and verbs (比如, 注意) stay in the current speaker's words.

/** Per paragraph: its accepted label, "break" (the turn ends before it), or null. */
export type TurnLabel = LabelCandidate | "break" | null;

// A turn's words, as opposed to a field's value: a clause with punctuation.
const SENTENCE_LIKE = /[，。！？；!?…～~,;]/u;
const NOUN_TAG = /^(?:n[a-z]*|vn|t)$/;

export function turnLabels(paragraphs: string[], minLabelled: number): TurnLabel[] {
  const found = paragraphs.map((p) => labelAt(p));
  // Uses of each label, and how many of them stand before a clause (own-line labels: the next line).
  const uses = new Map<string, { n: number; clauses: number }>();
  found.forEach((c, i) => {
    if (!c) return;
    const u = uses.get(c.label) ?? { n: 0, clauses: 0 };
    u.n++;
    if (SENTENCE_LIKE.test(c.rest || paragraphs[i + 1] || "")) u.clauses++;
    uses.set(c.label, u);
  });
  const recurs = (label: string) => {
    const u = uses.get(label)!;
    return u.n >= 2 && u.clauses * 2 >= u.n && mayNameSpeaker(label);
  };
  const named = new Set<string>();
  const recurring = new Set<string>();
  for (const label of uses.keys()) {
    if (looksLikeSpeaker(label)) named.add(label);
    else if (recurs(label)) recurring.add(label);
  }
  // A dialogue has two parties: one recurring label alone is a field of a list (例句：, 答案：).
  if (named.size === 0 && [...uses.keys()].filter((l) => mayNameSpeaker(l)).length < 2) recurring.clear();
  const speaks = found.map((c) => (c && (named.has(c.label) || recurring.has(c.label)) ? c : null));
  const dialogue = speaks.filter((c) => c !== null).length >= minLabelled;
  return found.map((c, i): TurnLabel => {
    if (!c) return null;
    if (speaks[i]) return dialogue || c.rest === "" ? c : null;
    if (!dialogue || !mayNameSpeaker(c.label)) return null;
    if (!isVocabulary(c.label)) return c;
    return NOUN_TAG.test(dictTag(c.label) ?? "") ? "break" : null;
  });
}
