import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// scripts/run-bundled.mjs runs a script from a cached esbuild bundle; it must never run a stale
// one. A throwaway script under tmp/ (ignored by git) imports a second file that the test rewrites.

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIR = path.join(ROOT, "tmp", `run-bundled-${process.pid}`);
const ENTRY = path.join(DIR, "entry.ts");
const CACHE = path.join(ROOT, ".data", "cli", path.relative(ROOT, ENTRY).replace(/[\\/]/g, "_").replace(/\.ts$/, ""));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ["scripts/run-bundled.mjs", path.relative(ROOT, ENTRY), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout.trim(), stderr: r.stderr };
}

afterAll(() => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.rmSync(CACHE, { recursive: true, force: true });
});

describe("scripts/run-bundled.mjs", () => {
  it("runs the script with its arguments, and rebuilds when a file it imports changes", () => {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(path.join(DIR, "value.ts"), 'export const value: string = "first";\n');
    fs.writeFileSync(ENTRY, 'import { value } from "./value";\nconsole.log(value, process.argv.slice(2).join(","));\n');
    expect(run("a", "b")).toMatchObject({ code: 0, stdout: "first a,b" });
    const build = () => JSON.parse(fs.readFileSync(path.join(CACHE, "current.json"), "utf8")).build as string;
    const first = build();
    // Same run again: from the same bundle.
    expect(run("c").stdout).toBe("first c");
    expect(build()).toBe(first);
    fs.writeFileSync(path.join(DIR, "value.ts"), 'export const value: string = "second, longer";\n');
    expect(run().stdout).toBe("second, longer");
    expect(build()).not.toBe(first);
  }, 60_000);
});
