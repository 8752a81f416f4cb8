// Builds public/sw.js after `next build`: @serwist/next's configurator (it reads next.config and
// knows where the build's static files are served from) gives the precache globs and URL
// mapping; esbuild bundles worker/sw.ts; @serwist/build injects the precache manifest. A step
// after the build rather than a webpack plugin, because Next 16 builds with Turbopack.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { injectManifest } from "@serwist/build";
import { serwist } from "@serwist/next/config";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const bundled = path.join(root, ".next", "sw-bundle.js");
const buildId = readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();

const { esbuildOptions, ...options } = await serwist({
  swSrc: "worker/sw.ts",
  swDest: "public/sw.js",
  precachePrerendered: false,
  globPatterns: [".next/static/**/*.{js,css,woff2}", "public/**/*.{png,ico,svg}"],
  additionalPrecacheEntries: [{ url: "/offline", revision: buildId }, { url: "/manifest.webmanifest", revision: buildId }],
});

await build({ entryPoints: ["worker/sw.ts"], bundle: true, format: "iife", minify: true, outfile: bundled, target: esbuildOptions?.target, logLevel: "warning" });
const { count, size, warnings } = await injectManifest({ ...options, swSrc: bundled, swDest: "public/sw.js" } as Parameters<typeof injectManifest>[0]);
rmSync(bundled, { force: true });
for (const w of warnings) console.warn(w);
console.log(`service worker: public/sw.js precaches ${count} files (${Math.round(size / 1024)} KiB)`);
