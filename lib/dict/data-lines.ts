import fs from "node:fs";

/**
 * The entries of one of our own data files (lines of fields separated by tabs, `#` comments and blank
 * lines skipped): each line matched by `line` and made into an entry by `make`, which returns null
 * for a line of the right shape but wrong content (syllables not one per character). A line that does
 * not match, or that `make` refuses, is an error naming the file's line and what was expected.
 */
export function readDataLines<T>(file: string, name: string, line: RegExp, expected: string, make: (m: RegExpExecArray) => T | null): T[] {
  const out: T[] = [];
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, k) => {
      if (!text.trim() || text.startsWith("#")) return;
      const m = line.exec(text);
      const entry = m ? make(m) : null;
      if (entry === null) throw new Error(`${name} line ${k + 1}: expected ${expected}`);
      out.push(entry);
    });
  return out;
}

/** Numbered syllables, one per character of the word (a Latin capital stands for itself). */
export const onePerCharacter = (word: string, syllables: string) => syllables.split(" ").length === [...word].length;
