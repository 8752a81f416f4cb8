import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterTypes as T } from "parse5";
import { cleanTranscript } from "@/lib/text/clean-transcript";
import { detectStructure } from "@/lib/text/detect-structure";
import { splitSentences } from "@/lib/text/split-sentences";
import { looksLikeHtml } from "@/lib/text/html-to-text";
import { looksLikeSubtitles } from "@/lib/text/subtitles";

// Structure never loses text: every Han character of the input is in a sentence, in the title,
// dateline or speaker labels, or in the dropped-lines report (with a reason).
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const han = (s: string | null | undefined) => s?.match(/\p{Script=Han}/gu)?.length ?? 0;

/** Han characters of a page's text and comments, counted by parse5 independently of our walker. */
function htmlHan(raw: string): number {
  let n = 0;
  const walk = (node: T.ParentNode) => {
    for (const c of node.childNodes) {
      if (c.nodeName === "#text") n += han((c as T.TextNode).value);
      else if (c.nodeName === "#comment") n += han((c as T.CommentNode).data);
      else if ("childNodes" in c) walk(c as T.ParentNode);
    }
  };
  walk(parse(raw));
  return n;
}

function accounting(raw: string) {
  const cleaned = cleanTranscript(raw);
  const s = detectStructure(cleaned.paragraphs);
  const sentences = s.paragraphs.flatMap((p) => splitSentences(p.text));
  return {
    input: looksLikeHtml(raw) && !looksLikeSubtitles(raw) ? htmlHan(raw) : han(raw),
    labels: s.labels.reduce((n, l) => n + han(l), 0),
    sentences: sentences.reduce((n, t) => n + han(t), 0),
    fields: han(s.title) + han(s.dateline) + s.labels.reduce((n, l) => n + han(l), 0),
    dropped: [...cleaned.dropped, ...s.dropped].reduce((n, d) => n + han(d.line), 0),
    reasons: [...cleaned.dropped, ...s.dropped].every((d) => d.reason.length > 0),
  };
}

const files = [
  "wang-yi-press-conference-2025-03-07.txt",
  ...fs.readdirSync(path.join(FIXTURES, "genres")).map((f) => `genres/${f}`),
];

describe("character-count invariant", () => {
  it.each(files)("accounts for every Han character of %s", (file) => {
    const a = accounting(fs.readFileSync(path.join(FIXTURES, file), "utf8"));
    expect(a.input).toBeGreaterThan(0);
    expect(a.sentences + a.fields + a.dropped).toBe(a.input);
    expect(a.reasons).toBe(true);
  });

  it("counts each part: without the cut labels a dialogue does not add up", () => {
    const a = accounting(fs.readFileSync(path.join(FIXTURES, "genres/mfa-briefing.txt"), "utf8"));
    expect(a.labels).toBeGreaterThan(0);
    expect(a.sentences + a.fields - a.labels + a.dropped).toBeLessThan(a.input);
  });
});
