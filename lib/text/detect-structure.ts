import { isDateLine, isReporterCredit, splitDateline } from "./dateline";
import type { DroppedLine } from "./dropped-line";
import { labelAsks, speakerLabel } from "./speaker-label";
import { turnLabels, type TurnLabel } from "./turn-labels";
import { simplifiedForRules } from "./script";

export type TurnRole = "question" | "answer";

export interface StructuredParagraph {
  /** 0-based position among body paragraphs. */
  index: number;
  /** Text without the speaker label or dateline. */
  text: string;
  speaker: string | null;
  role: TurnRole | null;
}

export interface TranscriptStructure {
  title: string | null;
  dateline: string | null;
  paragraphs: StructuredParagraph[];
  /** Every speaker label cut from the text, in order (a label opens a turn). */
  labels: string[];
  /** Lines above the headline that are not text (a site or section name). */
  dropped: DroppedLine[];
}

const MAX_TITLE = 60;
const ENDS_SENTENCE = /[。！？!?…；;][”’」』）)]*$/u;
const SENTENCE_PUNCT = /[，。！？；]/u;
// Fewer labelled paragraphs than this is an article that happens to contain "X：", not a dialogue.
const MIN_LABELLED = 2;
// The headline, dateline and reporter credit sit in the first few lines of a page or article.
const HEAD_LINES = 4;

interface Turn {
  speaker: string;
  /** The speaker label as the rules read it (simplified: 記者 → 记者). */
  seen: string;
  paragraphs: StructuredParagraph[];
}

function isHeadingLine(p: string): boolean {
  return p.length <= MAX_TITLE && !ENDS_SENTENCE.test(p) && !splitDateline(p) && !isReporterCredit(p) && !isDateLine(p) && !speakerLabel(p);
}

// A site or section name set above the headline: "新华网", "时政", "国际频道", "人民日报客户端".
const SITE_NAME = /^(?:\p{Script=Han}{1,4}|\p{Script=Han}{1,8}(?:网|频道|客户端|新闻网))$/u;

/**
 * The headline: the index of the first heading line, after any site or section names above it
 * (reported as dropped); null when there is none. An unpunctuated text (subtitles) has no headline:
 * every line of it looks like one.
 */
function findTitle(rest: string[]): number | null {
  if (!rest.some((p) => SENTENCE_PUNCT.test(p))) return null;
  let n = 0;
  while (n < HEAD_LINES - 2 && n < rest.length - 2 && SITE_NAME.test(rest[n]) && isHeadingLine(rest[n + 1])) n++;
  if (!isHeadingLine(rest[n] ?? "。") || n >= rest.length - 1) return null;
  return n;
}

/**
 * The structure of a text's paragraphs. Traditional text is read by the rules through its
 * simplified copy (記者： is a label, 新華社 a credit: the rules and dictionaries are simplified),
 * which has the same length (script.ts), so what the rules find maps back to the characters as
 * written by position.
 */
export function detectStructure(paragraphs: string[]): TranscriptStructure {
  const written = paragraphs.filter((p) => p.trim() !== "");
  const seenAll = written.map(simplifiedForRules);
  const t = findTitle(seenAll);
  const title = t === null ? null : written[t];
  const dropped: DroppedLine[] = t === null ? [] : written.slice(0, t).map((line) => ({ line, reason: "site or section name" }));
  let rest = t === null ? written : written.slice(t + 1);
  let seen = t === null ? seenAll : seenAll.slice(t + 1);

  // Dateline and reporter credit among the first lines; the dateline is cut from the text it opens.
  const datelines: string[] = [];
  const cutRest: string[] = [];
  const cutSeen: string[] = [];
  seen.forEach((p, i) => {
    const w = rest[i];
    if (i >= HEAD_LINES) {
      cutRest.push(w);
      cutSeen.push(p);
      return;
    }
    const d = datelines.length === 0 ? splitDateline(p) : null;
    if (d) {
      const at = p.indexOf(d.dateline);
      datelines.push(w.slice(at, at + d.dateline.length));
      if (d.rest) {
        cutRest.push(w.slice(w.length - d.rest.length));
        cutSeen.push(d.rest);
      }
      return;
    }
    if (isReporterCredit(p) || isDateLine(p)) {
      datelines.push(w);
      return;
    }
    cutRest.push(w);
    cutSeen.push(p);
  });
  rest = cutRest;
  seen = cutSeen;

  const labels: TurnLabel[] = turnLabels(seen, MIN_LABELLED);
  const out: StructuredParagraph[] = [];
  const turns: Turn[] = [];
  let turn: Turn | null = null;
  const cut: string[] = [];
  rest.forEach((p, i) => {
    let text = p;
    const label = labels[i];
    // A label word that names no speaker inside a dialogue (地址：) ends the turn before it.
    if (label === "break") turn = null;
    else if (label) {
      // As written: the label opens the paragraph, the rest closes it (same lengths as seen).
      const at = label.at ?? 0;
      const speaker = p.slice(at, at + label.label.length);
      text = p.slice(p.length - label.rest.length);
      turn = { speaker, seen: label.label, paragraphs: [] };
      turns.push(turn);
      cut.push(speaker);
    }
    // A label on a line of its own names the speaker of the paragraphs that follow.
    if (!text) return;
    const para: StructuredParagraph = { index: out.length, text, speaker: turn?.speaker ?? null, role: null };
    turn?.paragraphs.push(para);
    out.push(para);
  });

  for (const t of turns) {
    const role = roleOf(t);
    for (const p of t.paragraphs) p.role = role;
  }
  return { title, dateline: datelines.length ? datelines.join(" ") : null, paragraphs: out, labels: cut, dropped };
}

/**
 * The label decides when it can (记者, 主持人, 问 ask; 发言人, 答 answer). Otherwise a short turn that
 * ends in a question mark asks, and anything else answers: answers run long and may contain
 * rhetorical questions, questions rarely run past one paragraph.
 */
function roleOf(turn: Turn): TurnRole | null {
  const byLabel = labelAsks(turn.seen);
  if (byLabel !== null) return byLabel ? "question" : "answer";
  if (!turn.paragraphs.length) return null;
  const last = turn.paragraphs[turn.paragraphs.length - 1].text;
  return turn.paragraphs.length === 1 && /[？?][”’」』）)]*$/u.test(last) ? "question" : "answer";
}
