// Cached esbuild bundles of our TypeScript entry points, for code that runs outside Next's own
// build: the command-line lesson import (scripts/run-bundled.mjs) and the worker's lesson builder
// thread (lib/server/jobs/lesson-builder-thread.mjs).
//
// Why not tsx: tsx starts slowly (it resolves and transpiles every module through loader hooks,
// about a second before any work), and the code it runs is esbuild's with `keepNames`, which wraps
// every function expression in a naming call each time it is created; in the lesson pipeline's hot
// loops that costs 15-20 % of a build (`npm run bench:import` measures both).
//
// The bundle holds our own code and the few pure-JavaScript packages a lesson build always loads
// (INLINE: one file instead of many to resolve and read, ~0.07 s); other packages (native ones,
// Prisma, pg) stay external and load from node_modules as usual. It lives in
// .data/cli/<entry>/<build>/. It is rebuilt when any file it was built from changes (size or
// modification time, from esbuild's metafile), so an edit is never run stale. Where esbuild is
// missing or the build fails, `bundled` returns null and the caller runs the source through tsx.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
// Bump when the build options below change.
const FORMAT = "3";
const INLINE = new Set(["pinyin-pro", "opencc-js", "parse5", "entities", "iconv-lite"]);

/** Bare package imports stay external unless listed in INLINE ("@/…" is our own code). */
const externals = {
  name: "externals",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@/")) return undefined;
      const parts = args.path.split("/");
      const name = args.path.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
      return INLINE.has(name) ? undefined : { external: true };
    });
  },
};

function stamp(file) {
  const s = fs.statSync(path.join(ROOT, file), { throwIfNoEntry: false });
  return s ? `${s.size}:${Math.round(s.mtimeMs)}` : "missing";
}

function readCurrent(home) {
  try {
    const current = JSON.parse(fs.readFileSync(path.join(home, "current.json"), "utf8"));
    if (current.format !== FORMAT) return null;
    for (const [file, was] of Object.entries(current.inputs)) if (stamp(file) !== was) return null;
    const main = path.join(home, current.build, current.main);
    return fs.existsSync(main) ? main : null;
  } catch {
    return null;
  }
}

async function build(entry, home) {
  const { build: esbuild } = await import("esbuild");
  const id = `${Date.now().toString(36)}-${crypto.randomBytes(3).toString("hex")}`;
  const outdir = path.join(home, id);
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    splitting: true, // the database path (dynamic imports) stays out of a --dry-run's way
    format: "esm",
    platform: "node",
    target: "node20",
    plugins: [externals],
    // Inlined CommonJS packages call require(); ESM output has none of its own.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    conditions: ["react-server"],
    outdir,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) inputs[file] = stamp(file);
  inputs["tsconfig.json"] = stamp("tsconfig.json");
  inputs["scripts/bundle-cache.mjs"] = stamp("scripts/bundle-cache.mjs");
  const main = `${path.basename(entry, path.extname(entry))}.js`;
  // Written last and renamed into place: a concurrent run sees the old build or the new one.
  const tmp = path.join(home, `current.json.${process.pid}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, build: id, main, inputs }));
  fs.renameSync(tmp, path.join(home, "current.json"));
  removeOldBuilds(home, id);
  return path.join(outdir, main);
}

/** Builds older than an hour, other than the current one (a running process may still load chunks). */
function removeOldBuilds(home, keep) {
  for (const name of fs.readdirSync(home)) {
    const dir = path.join(home, name);
    if (name === keep || name === "current.json") continue;
    try {
      if (Date.now() - fs.statSync(dir).mtimeMs > 3_600_000) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another process removed it.
    }
  }
}

/**
 * The path of an up-to-date bundle of `entry` (a path relative to the project root, or absolute),
 * building it when missing or stale; null when it cannot be built (the caller falls back to tsx).
 */
export async function bundled(entry) {
  const entryPath = path.resolve(ROOT, entry);
  const home = path.join(ROOT, ".data", "cli", path.relative(ROOT, entryPath).replace(/[\\/]/g, "_").replace(/\.ts$/, ""));
  const current = readCurrent(home);
  if (current) return current;
  try {
    fs.mkdirSync(home, { recursive: true });
    return await build(path.relative(ROOT, entryPath), home);
  } catch (e) {
    if (process.env.DEBUG) console.error("Bundling failed, running through tsx:", e);
    return null;
  }
}
