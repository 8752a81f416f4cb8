import type { LessonToken } from "@/lib/text/build-lesson";

type Script = "simplified" | "traditional";

/**
 * The script most of these sentences are written in: a token written in traditional characters
 * was analysed through a simplified copy that differs from it; one written in simplified has a
 * traditional form that differs. Counted in characters, so a quoted traditional sentence in a
 * simplified report (a mixed paste) leaves the lesson simplified.
 */
export function lessonScript(sentences: readonly { tokens: readonly LessonToken[] }[]): Script {
  let traditional = 0;
  let simplified = 0;
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (t.simplified && t.simplified !== t.text) traditional += t.text.length;
      else if (t.traditional && t.traditional !== t.text) simplified += t.text.length;
    }
  }
  return traditional > simplified ? "traditional" : "simplified";
}

/**
 * The token in `target` script, when that differs from the characters as written: the reader's
 * script switch shows every token in the one script (a traditional sentence quoted in a simplified
 * lesson already is in traditional, and stays so when the switch asks for traditional).
 */
export function tokenInScript(t: LessonToken, target: Script): string | null {
  const alt = target === "traditional" ? t.traditional : t.simplified;
  return alt && alt !== t.text && alt.length === t.text.length ? alt : null;
}
