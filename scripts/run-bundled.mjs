// Runs a TypeScript command-line script from a cached esbuild bundle of it (scripts/bundle-cache.mjs),
// so a short command (a one-sentence `npm run lesson -- import`) does not pay for tsx's start.
//
//   node --conditions=react-server scripts/run-bundled.mjs scripts/lesson.ts [args…]
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bundled } from "./bundle-cache.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("Usage: node scripts/run-bundled.mjs SCRIPT.ts [args…]\n");
  process.exit(2);
}
const entryPath = path.resolve(ROOT, entry);
// The script sees its own path and arguments, as under tsx.
process.argv = [process.argv[0], entryPath, ...args];

const main = await bundled(entryPath);
if (main) {
  await import(pathToFileURL(main).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(entryPath).href);
}
