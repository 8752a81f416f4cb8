// Sentence boundaries in one paragraph. A terminator inside quotes or brackets ends the sentence
// only when the quote closes right after it (他说：“来了。”|然后…); the closer stays with it.
const OPENERS: Record<string, string> = { "“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "【": "】" };
const CLOSERS = new Set(Object.values(OPENERS));
// "；" joins the clauses of one sentence (a list of targets, parallel clauses): it does not end it.
// A long sentence is broken at "；" for reading only (reading-parts.ts); its card keeps it whole.
const TERMINATORS = new Set(["。", "！", "？", "!", "?", "…"]);
// Every opener, closer and terminator is one UTF-16 code unit outside the surrogate range, so the
// paragraph is read by code unit, and only at these marks (other characters change nothing).
const MARK = /[“‘「『（(《【”’」』）)》】。！？!?…]/g;
const BRACKET = /[“‘「『（(《【”’」』）)》】]/g;

/** Indices of openers that have a matching closer: a stray “ must not swallow the paragraph. */
function matchedOpeners(text: string): Set<number> {
  const stack: number[] = [];
  const matched = new Set<number>();
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (OPENERS[c]) stack.push(i);
    else if (CLOSERS.has(c)) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (OPENERS[text[stack[k]]] === c) {
          matched.add(stack[k]);
          stack.length = k;
          break;
        }
      }
    }
  }
  return matched;
}

export function splitSentences(paragraph: string): string[] {
  const text = paragraph;
  const matched = matchedOpeners(text);
  const sentences: string[] = [];
  const open: string[] = []; // expected closers, innermost last
  let start = 0;

  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (OPENERS[c] && matched.has(i)) {
      open.push(OPENERS[c]);
      continue;
    }
    if (open.length && c === open[open.length - 1]) {
      open.pop();
      continue;
    }
    if (!TERMINATORS.has(c)) continue;
    // Take the whole run of terminators (。”, ？！, ……) and the closers that follow it.
    let j = i + 1;
    while (j < text.length && TERMINATORS.has(text[j])) j++;
    const depth = open.length;
    let closed = 0;
    while (j < text.length && closed < depth && text[j] === open[open.length - 1 - closed]) {
      closed++;
      j++;
    }
    if (closed === depth) {
      open.length -= closed;
      // Closers of unmatched openers (a lone ”) also stay with the sentence they end.
      while (j < text.length && CLOSERS.has(text[j]) && open.length === 0) j++;
      const s = text.slice(start, j).trim();
      if (s) sentences.push(s);
      start = j;
    }
    MARK.lastIndex = j;
  }
  const s = text.slice(start).trim();
  if (s) sentences.push(s);
  return sentences;
}
