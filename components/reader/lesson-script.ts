import type { ReaderSentence } from "@/lib/server/lessons/get-lesson";

/** Traditional when the tokens were analysed through a simplified copy that differs from the text. */
export function lessonScript(sentences: ReaderSentence[]): "simplified" | "traditional" {
  for (const s of sentences) for (const t of s.tokens) if (t.simplified && t.simplified !== t.text) return "traditional";
  return "simplified";
}
