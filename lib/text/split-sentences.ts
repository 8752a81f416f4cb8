// Sentence boundaries in one paragraph. A terminator inside quotes or brackets ends the sentence
// only when the quote closes right after it (他说：“来了。”|然后…); the closer stays with it.
const OPENERS: Record<string, string> = { "“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "【": "】" };
const CLOSERS = new Set(Object.values(OPENERS));
// "；" joins the clauses of one sentence (a list of targets, parallel clauses): it does not end it.
// A long sentence is broken at "；" for reading only (reading-parts.ts); its card keeps it whole.
const TERMINATORS = new Set(["。", "！", "？", "!", "?", "…"]);

/** Indices of openers that have a matching closer: a stray “ must not swallow the paragraph. */
function matchedOpeners(chars: string[]): Set<number> {
  const stack: number[] = [];
  const matched = new Set<number>();
  chars.forEach((c, i) => {
    if (OPENERS[c]) stack.push(i);
    else if (CLOSERS.has(c)) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (OPENERS[chars[stack[k]]] === c) {
          matched.add(stack[k]);
          stack.length = k;
          break;
        }
      }
    }
  });
  return matched;
}

export function splitSentences(paragraph: string): string[] {
  const chars = [...paragraph];
  const matched = matchedOpeners(chars);
  const sentences: string[] = [];
  const open: string[] = []; // expected closers, innermost last
  let start = 0;

  const cut = (end: number) => {
    const s = chars.slice(start, end).join("").trim();
    if (s) sentences.push(s);
    start = end;
  };

  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
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
    while (j < chars.length && TERMINATORS.has(chars[j])) j++;
    const depth = open.length;
    let closed = 0;
    while (j < chars.length && closed < depth && chars[j] === open[open.length - 1 - closed]) {
      closed++;
      j++;
    }
    if (closed === depth) {
      open.length -= closed;
      // Closers of unmatched openers (a lone ”) also stay with the sentence they end.
      while (j < chars.length && CLOSERS.has(chars[j]) && open.length === 0) j++;
      cut(j);
    }
    i = j - 1;
  }
  cut(chars.length);
  return sentences;
}
