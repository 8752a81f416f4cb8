import fs from "node:fs";
import path from "node:path";
import { splitSentences } from "@/lib/text/split-sentences";

/**
 * Every sentence with Han characters of our text fixtures (tests/fixtures/texts, genres, qa) and of
 * the polyphone dev half (the test half is never read): material for checks that must hold on any
 * sentence, such as a rule changing nothing without its trigger characters.
 */
export function fixtureSentences(): string[] {
  const out: string[] = [];
  for (const dir of ["tests/fixtures/texts", "tests/fixtures/genres", "tests/fixtures/qa"]) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      for (const line of fs.readFileSync(path.join(dir, file), "utf8").split("\n")) out.push(...splitSentences(line.trim()).filter((s) => /\p{Script=Han}/u.test(s)));
    }
  }
  for (const line of fs.readFileSync("tests/fixtures/heldout/polyphones-dev.tsv", "utf8").split("\n")) {
    if (line.startsWith("#")) continue;
    const sentence = line.split("\t").pop()?.replace(/\u2581/g, "").trim();
    if (sentence) out.push(sentence);
  }
  return out;
}
