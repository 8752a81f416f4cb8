import { normalizeLine } from "./normalize-text";
import { looksLikeVerse } from "./verse";
import { countHan } from "./pinyin-syllables";
import { chatHeadersToLabels } from "./chat-export";
import { isPinyinLine } from "./pinyin-lines";
import { hasTraditionalHints, simplifiedForRules } from "./script";
import { isLinkLine, isLinkListHeader, isPhotoCredit, noiseReason, splitTrailingButtons } from "./noise-lines";
import { speakerLabel } from "./speaker-label";
import { splitDateline } from "./dateline";
import type { DroppedLine } from "./dropped-line";
import { htmlToText, looksLikeHtml } from "./html-to-text";
import { looksLikeSubtitles, stripLineTimestamps, subtitlesToText, type ExtractedText } from "./subtitles";

export type { DroppedLine };

export interface CleanedTranscript {
  /** One entry per paragraph, normalised, with broken lines joined. */
  paragraphs: string[];
  /** The paragraphs joined with "\n". */
  text: string;
  /** Everything that was left out, so nothing disappears silently. */
  dropped: DroppedLine[];
}

// A line ending like this closes its sentence; anything else continues on the next text line.
const SENTENCE_END = /(?:[。！？!?…；;：:]|[）)])[”’」』）)]*$/u;
const SENTENCE_PUNCT = /[，。！？；,.!?;]/;
const MAX_HEADING = 40;
// A caption above a photo credit is short: longer blocks are body text that happens to precede one.
const MAX_CAPTION_LINES = 2;
const MAX_CAPTION_CHARS = 200;
const CAPTION_DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/u;

interface Line {
  text: string;
  blankBefore: boolean;
  /** Chinese paragraphs open with an indent (two ideographic spaces): always a new paragraph. */
  indented: boolean;
}

/**
 * A short line without sentence punctuation, set off by a blank line, is a title or heading: it must
 * not swallow the next paragraph. Without the blank line it is more likely a hard-wrapped sentence.
 */
function isHeading(line: string, next: Line): boolean {
  return line.length <= MAX_HEADING && !SENTENCE_PUNCT.test(line) && next.blankBefore;
}

/**
 * A hard-wrapped paragraph breaks every line at about the same width, so only its last line is
 * much shorter than the rest: a line under 60% of the median width and without any punctuation
 * ends its paragraph ("新华网" above a headline on a web paste, a short heading). A short line with
 * commas is a fragment of a sentence broken by the layout. Texts of a few lines have no width.
 */
function shortLineLimit(lines: Line[]): number {
  const widths = lines.map((l) => l.text.length).filter((n) => n >= 8).sort((a, b) => a - b);
  if (widths.length < 5) return 0;
  return Math.floor(widths[Math.floor(widths.length / 2)] * 0.6);
}

function startsNewParagraph(next: string): boolean {
  return speakerLabel(next) !== null || splitDateline(next) !== null;
}

/** Subtitles, HTML and per-line timestamps become plain lines first; each reports what it removed. */
function extractText(raw: string): ExtractedText {
  let extracted: ExtractedText = { text: raw, linePerParagraph: false, dropped: [] };
  if (looksLikeSubtitles(raw)) extracted = subtitlesToText(raw);
  else if (looksLikeHtml(raw)) extracted = { ...htmlToText(raw), linePerParagraph: false };
  const unstamped = stripLineTimestamps(extracted.text) ?? chatHeadersToLabels(extracted.text);
  if (!unstamped) return extracted;
  return { ...extracted, text: unstamped.text, dropped: [...extracted.dropped, ...unstamped.dropped] };
}

const UNPUNCTUATED_VERSE_PUNCT = /[，。！？；,.!?;]/u;

export function cleanTranscript(raw: string): CleanedTranscript {
  const extracted = extractText(raw);
  // Unpunctuated verse (lyrics, a poem) keeps a line per paragraph: joined, its lines would run on.
  if (!extracted.linePerParagraph && !UNPUNCTUATED_VERSE_PUNCT.test(extracted.text)) {
    const hanLines = extracted.text.split(/\r\n|\r|\n/).filter((l) => countHan(l) > 0);
    if (looksLikeVerse(hanLines)) extracted.linePerParagraph = true;
  }
  // Traditional text meets the rules (simplified word lists: 责任编辑, 记者) as its simplified copy.
  // Line by line: a simplified text with one traditional word is not converted whole.
  // (One pass over the whole text spares the per-line checks in a simplified one.)
  const seeAs = hasTraditionalHints(extracted.text) ? simplifiedForRules : (s: string) => s;
  const dropped: DroppedLine[] = [...extracted.dropped];
  const lines: Line[] = [];
  let blank = true;
  let inLinkList = false;
  for (const sourceLine of extracted.text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    let rawLine = sourceLine;
    if (isPinyinLine(rawLine)) {
      dropped.push({ line: rawLine.trim(), reason: "pinyin line" });
      continue;
    }
    const buttons = splitTrailingButtons(rawLine);
    if (buttons) {
      dropped.push({ line: buttons.buttons, reason: "page buttons" });
      rawLine = buttons.text;
    }
    const text = normalizeLine(rawLine);
    if (!text) {
      blank = true;
      continue;
    }
    // Credits are recognised by their spaces ("新华社记者 刘大伟 摄"), which normalizeLine removes.
    const spaced = rawLine.replace(/[\s\u00A0\u3000]+/gu, " ").trim();
    // (Most lines are the same both ways: the rules are not run twice on one string.)
    const reason = noiseReason(seeAs(spaced)) ?? (text === spaced ? null : noiseReason(seeAs(text)));
    if (reason) {
      if (isPhotoCredit(reason)) dropCaptionAbove(lines, dropped);
      dropped.push({ line: rawLine.trim(), reason });
      blank = false; // the credit closes its block; what follows a credit directly is a new block
      continue;
    }
    if (isLinkListHeader(seeAs(text)) || (inLinkList && isLinkLine(seeAs(text)))) {
      inLinkList = true;
      dropped.push({ line: rawLine.trim(), reason: "related links" });
      continue;
    }
    inLinkList = false;
    lines.push({ text, blankBefore: blank, indented: /^(?:\u3000|\s{2,})/u.test(rawLine) });
    blank = false;
  }

  const short = shortLineLimit(lines);
  const paragraphs: string[] = [];
  let current: string | null = null;
  let currentLines = 0;
  let previous: Line | null = null;
  for (const line of lines) {
    const joinable =
      current !== null &&
      !extracted.linePerParagraph &&
      !(previous !== null && previous.text.length < short && !SENTENCE_PUNCT.test(previous.text)) &&
      !SENTENCE_END.test(current) &&
      !(currentLines === 1 && isHeading(current, line)) &&
      !line.indented &&
      !startsNewParagraph(seeAs(line.text));
    if (joinable && current !== null) {
      // Latin words broken across lines keep a space; Chinese text joins directly.
      const space: string = /[A-Za-z0-9]$/.test(current) && /^[A-Za-z0-9]/.test(line.text) ? " " : "";
      current = current + space + line.text;
      currentLines++;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line.text;
      currentLines = 1;
    }
    previous = line;
  }
  if (current !== null) paragraphs.push(current);
  return { paragraphs, text: paragraphs.join("\n"), dropped };
}

/**
 * A photo caption is the short block of lines directly above its credit, set off from the body by
 * a blank line, that either interrupts an unfinished sentence (the photo was set mid-text) or opens
 * with a date, as captions do ("3月7日，…"). Anything else is kept: dropping body text would be
 * worse than keeping a caption.
 */
function dropCaptionAbove(lines: Line[], dropped: DroppedLine[]): void {
  let start = lines.length;
  while (start > 0 && lines.length - start < MAX_CAPTION_LINES + 1) {
    start--;
    if (lines[start].blankBefore) break;
  }
  const block = lines.slice(start);
  if (!block.length || !block[0].blankBefore || block.length > MAX_CAPTION_LINES) return;
  if (block.reduce((n, l) => n + l.text.length, 0) > MAX_CAPTION_CHARS) return;
  if (start === 0) return; // the first block of the text is its title or lead, not a caption
  const interrupts = !SENTENCE_END.test(lines[start - 1].text);
  if (!interrupts && !CAPTION_DATE.test(block[0].text)) return;
  lines.splice(start);
  for (const l of block) dropped.push({ line: l.text, reason: "photo caption" });
}
