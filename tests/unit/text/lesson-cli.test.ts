import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

const SEED = path.join(ROOT, "tests", "fixtures", "wang-yi-press-conference-2025-03-07.txt");

function run(...args: string[]) {
  // As `npm run lesson` runs it: from a bundle (scripts/run-bundled.mjs).
  const r = spawnSync(process.execPath, ["--conditions=react-server", "scripts/run-bundled.mjs", "scripts/lesson.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("scripts/lesson.ts", () => {
  it("prints exactly the documented JSON fields on --dry-run --json", () => {
    const r = run("import", SEED, "--dry-run", "--json", "--title", "两会记者会");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["title", "sentences"]);
    expect(json.title).toBe("两会记者会");
    expect(Object.keys(json.sentences[0])).toEqual(["speaker", "text", "translation", "tokens"]);
    expect(json.sentences[0].translation).toBeNull();
    expect(Object.keys(json.sentences[0].tokens[0])).toEqual(["text", "pinyin", "gloss", "kind", "hsk"]);
    // It ran from the bundle, not through the tsx fallback.
    const current = JSON.parse(fs.readFileSync(path.join(ROOT, ".data", "cli", "scripts_lesson", "current.json"), "utf8"));
    expect(Object.keys(current.inputs)).toContain("scripts/lesson.ts");
    expect(fs.existsSync(path.join(ROOT, ".data", "cli", "scripts_lesson", current.build, current.main))).toBe(true);
  }, 60_000);

  it("aligns --english FILE: each sentence gets its English, a 2:1 merge gives both the same", () => {
    const dir = path.join(ROOT, "tests", "fixtures", "parallel");
    const r = run("import", path.join(dir, "regular-press-conference.zh.txt"), "--english", path.join(dir, "regular-press-conference.en.txt"), "--dry-run", "--json");
    expect(r.code).toBe(0);
    const sentences = JSON.parse(r.stdout).sentences as { text: string; translation: string | null }[];
    expect(sentences[0].translation).toBe("Good afternoon, friends from the press.");
    expect(sentences[6].translation).toBe(sentences[7].translation);
    expect(sentences[6].translation).toMatch(/^There is no winner/);

    const chinese = run("import", path.join(dir, "regular-press-conference.zh.txt"), "--english", path.join(dir, "regular-press-conference.zh.txt"), "--dry-run");
    expect(chinese.code).toBe(1);
    expect(chinese.stderr).toMatch(/^Error: The English version doesn't look like English/);
  }, 60_000);

  it("exits 2 on usage errors and 1 on bad input, without a stack trace", () => {
    const usage = run("export", SEED);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Unknown command: export");

    const missing = run("import", "/no/such/file.txt", "--dry-run");
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("Error: File not found: /no/such/file.txt");

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lesson-cli-"));
    const english = path.join(dir, "english.txt");
    fs.writeFileSync(english, "This is an English text with no Chinese in it at all.");
    const notChinese = run("import", english, "--dry-run");
    expect(notChinese.code).toBe(1);
    expect(notChinese.stderr).toMatch(/^Error: This doesn't look like Chinese text/);
    expect(notChinese.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
