// Sentence boundaries in an English text (the official English version of a lesson). A full stop
// ends a sentence only before a capital, a digit or an opening quote, and never after a title or
// an initial (Mr. Wang, U.S. tariffs, No. 1); paragraphs always end one. A leading speaker label
// ("Wang Yi:", "Q:") is dropped, because the Chinese sentences do not carry theirs either.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "amb", "h.e", "fig", "vol", "art",
]);
const SPEAKER_LABEL = /^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}|Q|A)\s*[:：]\s+/u;
const END = /([.!?…]+)(["'”’)\]]*)\s+(?=["“‘(\[]?[A-Z0-9])/gu;

function isAbbreviation(before: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? "";
  if (!word) return false;
  // A single capital (an initial: "Xi J. Ping", "U.S.") or a dotted acronym.
  if (/^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function splitParagraph(paragraph: string): string[] {
  const text = paragraph.replace(SPEAKER_LABEL, "").trim();
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const at = m.index!;
    if (m[1] === "." && isAbbreviation(text.slice(start, at))) continue;
    const end = at + m[1].length + m[2].length;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Lines, with a hard-wrapped line (previous one unfinished, this one lower-case) joined back. */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  let blank = true;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (!line) {
      blank = true;
      continue;
    }
    const last = out.length - 1;
    if (!blank && last >= 0 && !/[.!?…:"”’)]$/u.test(out[last]) && /^[a-z(,;]/u.test(line)) out[last] += ` ${line}`;
    else out.push(line);
    blank = false;
  }
  return out;
}

export function splitEnglishSentences(text: string): string[] {
  return paragraphs(text).flatMap(splitParagraph);
}
