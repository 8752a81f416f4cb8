import type { DroppedLine } from "./dropped-line";

// Subtitle files (SRT, WebVTT) and transcripts with a timestamp on every line. Cue numbers and
// times are not text: they are removed and reported once, as a count, not line by line.
const CUE_TIME = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:\s+.*)?$/;
const CUE_NUMBER = /^\s*\d{1,6}\s*$/;
// "00:12:31 ", "[00:12:31]", "(12:31)", "00:12:31 - " at the start of a line.
const LINE_TIMESTAMP = /^\s*[[(（【]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])）】]?(?:\s*[-–—|]\s*|\s+|(?=\p{Script=Han}))/u;
const SENTENCE_END = /[。！？!?…，,；;：:、”’」』）)]$/u;
const MIN_TIMESTAMPED_LINES = 3;

export interface ExtractedText {
  /** Text lines; a blank line separates blocks. */
  text: string;
  /** Subtitle cues without punctuation: one cue per paragraph, lines never joined. */
  linePerParagraph: boolean;
  dropped: DroppedLine[];
}

export function looksLikeSubtitles(raw: string): boolean {
  if (/^\uFEFF?WEBVTT(?:\s|$)/.test(raw)) return true;
  const lines = raw.split(/\r\n|\r|\n/);
  return lines.filter((l) => CUE_TIME.test(l)).length >= 2;
}

/**
 * Inline cue markup: <v 王毅>, <i>, <c.yellow>, <00:00:01.000>, {\an8}. A voice tag names the
 * speaker (in SRT files too, whose players honour WebVTT's tags): it becomes a label on a line of
 * its own, which names the speaker of what follows even where the tag is used once.
 */
function cueText(line: string): string {
  return line
    .replace(/<v(?:\.[^\s>]*)?\s+([^>]+)>/g, (_, name: string) => `${name.trim()}：\n`)
    .replace(/<\/?[a-z][^>]*>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>|\{\\[^}]*\}/gi, "")
    .trim();
}

export function subtitlesToText(raw: string): ExtractedText {
  const lines = raw.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const cues: string[] = [];
  let current: string[] = [];
  let timings = 0;
  let skipBlock = false;
  const notes: DroppedLine[] = [];
  const flush = () => {
    if (current.length) cues.push(current.join(""));
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      flush();
      skipBlock = false;
      continue;
    }
    if (i === 0 && /^WEBVTT/.test(line)) {
      skipBlock = true; // the header block may carry settings lines
      continue;
    }
    if (current.length === 0 && /^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(line)) skipBlock = true;
    if (skipBlock) {
      if (/\p{Script=Han}/u.test(line)) notes.push({ line: line.trim(), reason: "subtitle note" });
      continue;
    }
    if (CUE_TIME.test(line)) {
      flush();
      timings++;
      continue;
    }
    // A cue number or VTT cue id is the line just before a timing line.
    if (current.length === 0 && CUE_TIME.test(lines[i + 1] ?? "") && (CUE_NUMBER.test(line) || !/\p{Script=Han}/u.test(line))) continue;
    const text = cueText(line);
    if (text) current.push(text);
  }
  flush();
  const punctuated = cues.filter((c) => SENTENCE_END.test(c)).length >= cues.length / 2;
  return {
    text: cues.join(punctuated ? "\n" : "\n\n"),
    linePerParagraph: !punctuated,
    dropped: [...notes, ...(timings ? [{ line: `${timings} cue numbers and times`, reason: "subtitle timing" }] : [])],
  };
}

/** Strips a timestamp from the start of each line when most lines carry one; null otherwise. */
export function stripLineTimestamps(raw: string): ExtractedText | null {
  const lines = raw.split(/\r\n|\r|\n/);
  const filled = lines.filter((l) => l.trim());
  const stamped = filled.filter((l) => LINE_TIMESTAMP.test(l)).length;
  if (stamped < MIN_TIMESTAMPED_LINES || stamped < filled.length / 2) return null;
  const first = LINE_TIMESTAMP.exec(filled.find((l) => LINE_TIMESTAMP.test(l))!)![0].trim();
  return {
    text: lines.map((l) => l.replace(LINE_TIMESTAMP, "")).join("\n"),
    linePerParagraph: false,
    dropped: [{ line: `${stamped} line timestamps (${first} …)`, reason: "timestamps" }],
  };
}
