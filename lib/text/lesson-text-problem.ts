import { AppError } from "@/lib/errors";
import { assertLessonText } from "./decode-input";
import { htmlToText, looksLikeHtml } from "./html-to-text";
import { cleanTranscript } from "./clean-transcript";
import { detectStructure } from "./detect-structure";
import { countHan } from "./pinyin-syllables";
import { summarizeDropped } from "./dropped-line";
import { looksLikeVerse } from "./verse";

// Input that would make a lesson of junk: a page that is all navigation, a page whose body is not
// Chinese, a list of headlines. Better a clear message than a lesson nobody can read.
const MIN_BODY_HAN = 10;
const MIN_HEADLINE_LIST = 3;
const MAX_HEADLINE = 40;
const SENTENCE_PUNCT = /[，。！？；,!?;]/u;

/** Why this text cannot make a lesson, in words for the person who pasted it; null when it can. */
export function lessonTextProblem(raw: string): string | null {
  const cleaned = cleanTranscript(raw);
  const structure = detectStructure(cleaned.paragraphs);
  const body = structure.paragraphs.map((p) => p.text);
  const bodyHan = body.reduce((n, p) => n + countHan(p), 0);
  const dropped = [...cleaned.dropped, ...structure.dropped];
  if (bodyHan < MIN_BODY_HAN) {
    return dropped.length
      ? `No Chinese article text was found: only page furniture (${dropped.length} lines: ${summarizeDropped(dropped)}). Copy the article's own text and paste it again.`
      : "No Chinese article text was found. Paste the text of the article or transcript itself.";
  }
  // Unpunctuated lines are joined as if hard-wrapped, so the test is on the input's lines: several
  // short lines and not one punctuation mark in the whole body. Subtitles are unpunctuated by nature.
  const subtitles = cleaned.dropped.some((d) => d.reason === "subtitle timing");
  const lines = raw.split(/\r\n|\r|\n/).filter((l) => countHan(l) > 0);
  if (!subtitles && lines.length >= MIN_HEADLINE_LIST && !body.some((p) => SENTENCE_PUNCT.test(p)) && lines.every((l) => l.trim().length <= MAX_HEADLINE) && !looksLikeVerse(lines)) {
    return `This looks like a list of headlines or links (${lines.length} lines, none of them a sentence). Open the article and paste its text.`;
  }
  return null;
}

/** The text itself when it can make a lesson; otherwise an INVALID_INPUT error with the reason. */
export function assertLessonBody(text: string): string {
  const problem = lessonTextProblem(text);
  if (problem) throw new AppError("INVALID_INPUT", problem);
  return text;
}

/**
 * Every check a transcript passes before it becomes a lesson: size, mostly Chinese, and a body
 * (above). Page source is judged on the text a browser would show: its tags and scripts are Latin.
 */
export function checkLessonInput(text: string): string {
  if (looksLikeHtml(text)) assertLessonText(htmlToText(text).text);
  else assertLessonText(text);
  return assertLessonBody(text.trim());
}
