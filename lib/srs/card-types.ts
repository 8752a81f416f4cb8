// Which cards a note produces and what each card shows. Faces are plain data (never HTML);
// the UI decides how to render them. A front face never carries the answer text, except as
// `audioText` on listening cards, which has to be spoken.
import { AppError } from "@/lib/errors";

export type CardType = "recognition" | "recall" | "listening" | "cloze" | "completion";
export type NoteKind = "word" | "idiom" | "phrase" | "sentence";

/** Canonical order: a new note's siblings are introduced in this order, one per day. */
export const CARD_TYPES: readonly CardType[] = ["recognition", "recall", "listening", "cloze", "completion"];

export interface CardNote {
  kind: NoteKind;
  text: string;
  pinyin: string;
  meaning: string;
  /** The sentence the note was saved from, if any. */
  sentence?: { text: string; pinyin?: string } | null;
}

export interface CardFace {
  /** What to show big. */
  prompt: string;
  hint?: string;
  /** Text to speak. */
  audioText?: string;
  hanzi?: string;
  pinyin?: string;
  meaning?: string;
  /** On a front face `answer` is always "" (the blank); the back carries the answer. */
  cloze?: { before: string; answer: string; after: string };
}

export const BLANK = "＿＿";
const LISTEN_PROMPT = "🔊";
// Punctuation and spaces that split set phrases naturally: 己所不欲，勿施于人.
const BREAK = /[，,、；;：:·\s]/u;

const chars = (text: string) => Array.from(text.trim());

function isCompletable(note: { kind: NoteKind; text: string }): boolean {
  return (note.kind === "idiom" || note.kind === "phrase") && chars(note.text).filter((c) => !BREAK.test(c)).length >= 4;
}

/**
 * The card types a note gets, in canonical order, restricted to `enabled`.
 * `hasSentence`: the note has a source sentence that contains its text (needed for cloze).
 */
export function cardTypesForNote(
  note: { kind: NoteKind; text: string; hasSentence: boolean },
  enabled: readonly CardType[],
): CardType[] {
  const possible = new Set<CardType>(["recognition", "listening"]);
  if (note.kind !== "sentence") {
    possible.add("recall");
    if (note.hasSentence) possible.add("cloze");
    if (isCompletable(note)) possible.add("completion");
  }
  return CARD_TYPES.filter((t) => possible.has(t) && enabled.includes(t));
}

/** Where to cut a set phrase: at the natural break nearest the middle, else in the middle (2+2 for 4 characters). */
export function splitForCompletion(text: string): { first: string; second: string } {
  const cs = chars(text);
  const middle = Math.ceil(cs.length / 2);
  let cut = middle;
  let best = Infinity;
  cs.forEach((c, i) => {
    if (BREAK.test(c) && i > 0 && i < cs.length - 1 && Math.abs(i + 1 - middle) < best) {
      best = Math.abs(i + 1 - middle);
      cut = i + 1; // the punctuation stays with the first half
    }
  });
  return { first: cs.slice(0, cut).join("").trim(), second: cs.slice(cut).join("").trim() };
}

/** The sentence around the first occurrence of the note's text. */
export function clozeParts(sentence: string, word: string): { before: string; answer: string; after: string } | null {
  const at = word.trim() === "" ? -1 : sentence.indexOf(word.trim());
  if (at < 0) return null;
  const answer = word.trim();
  return { before: sentence.slice(0, at), answer, after: sentence.slice(at + answer.length) };
}

function answerFace(note: CardNote): CardFace {
  return { prompt: note.text, hanzi: note.text, pinyin: note.pinyin, meaning: note.meaning, audioText: note.text };
}

export function renderCardFaces(note: CardNote, type: CardType): { front: CardFace; back: CardFace } {
  switch (type) {
    case "recognition":
      return { front: { prompt: note.text, hanzi: note.text }, back: answerFace(note) };
    case "recall":
      return { front: { prompt: note.meaning, meaning: note.meaning }, back: answerFace(note) };
    case "listening":
      return { front: { prompt: LISTEN_PROMPT, audioText: note.text }, back: answerFace(note) };
    case "cloze": {
      const parts = note.kind === "sentence" || !note.sentence ? null : clozeParts(note.sentence.text, note.text);
      if (!parts) throw new AppError("INVALID_INPUT", "A cloze card needs a source sentence that contains the note's text");
      // The first occurrence is the answer; later ones are blanked on the front too, or they'd give it away.
      const after = parts.after.split(parts.answer).join(BLANK);
      return {
        front: {
          prompt: `${parts.before}${BLANK}${after}`,
          hint: `${note.pinyin} · ${note.meaning}`,
          cloze: { before: parts.before, answer: "", after },
        },
        back: {
          ...answerFace(note),
          prompt: note.sentence!.text,
          ...(note.sentence!.pinyin ? { hint: note.sentence!.pinyin } : {}),
          audioText: note.sentence!.text,
          cloze: parts,
        },
      };
    }
    case "completion": {
      if (!isCompletable(note)) throw new AppError("INVALID_INPUT", "Only idioms and set phrases of 4+ characters get completion cards");
      const { first, second } = splitForCompletion(note.text);
      return {
        front: { prompt: `${first}${BLANK}`, hint: note.meaning, cloze: { before: first, answer: "", after: "" } },
        back: { ...answerFace(note), cloze: { before: first, answer: second, after: "" } },
      };
    }
  }
}
