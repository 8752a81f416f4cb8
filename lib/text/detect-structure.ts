import { splitDateline } from "./dateline";
import { labelAsks, speakerLabel } from "./speaker-label";

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
}

const MAX_TITLE = 60;
const ENDS_SENTENCE = /[。！？!?…；;][”’」』）)]*$/u;
// Fewer labelled paragraphs than this is an article that happens to contain "X：", not a Q&A.
const MIN_LABELLED = 2;

interface Turn {
  speaker: string;
  paragraphs: StructuredParagraph[];
}

export function detectStructure(paragraphs: string[]): TranscriptStructure {
  let rest = paragraphs.filter((p) => p.trim() !== "");
  let title: string | null = null;
  const first = rest[0];
  if (first && first.length <= MAX_TITLE && !ENDS_SENTENCE.test(first) && !splitDateline(first) && !speakerLabel(first)) {
    title = first;
    rest = rest.slice(1);
  }

  let dateline: string | null = null;
  const labels = rest.map((p) => speakerLabel(p));
  const isQa = labels.filter((l) => l !== null).length >= MIN_LABELLED;
  const out: StructuredParagraph[] = [];
  const turns: Turn[] = [];
  let turn: Turn | null = null;

  rest.forEach((p, i) => {
    let text = p;
    if (dateline === null && i <= 1) {
      const d = splitDateline(text);
      if (d) {
        dateline = d.dateline;
        text = d.rest;
      }
    }
    const label = isQa ? labels[i] : null;
    if (label) {
      text = text.slice(text.indexOf(label) + label.length + 1).trimStart();
      turn = { speaker: label, paragraphs: [] };
      turns.push(turn);
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
  return { title, dateline, paragraphs: out };
}

/**
 * The label decides when it can (记者, 主持人, 问 ask; 发言人, 答 answer). Otherwise a short turn that
 * ends in a question mark asks, and anything else answers: answers run long and may contain
 * rhetorical questions, questions rarely run past one paragraph.
 */
function roleOf(turn: Turn): TurnRole | null {
  const byLabel = labelAsks(turn.speaker);
  if (byLabel !== null) return byLabel ? "question" : "answer";
  if (!turn.paragraphs.length) return null;
  const last = turn.paragraphs[turn.paragraphs.length - 1].text;
  return turn.paragraphs.length === 1 && /[？?][”’」』）)]*$/u.test(last) ? "question" : "answer";
}
