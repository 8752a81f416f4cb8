// Entry of the lesson builder thread. It runs the pipeline from a cached esbuild bundle of
// lesson-builder-thread.ts (scripts/bundle-cache.mjs: rebuilt when a source file changes), not
// through tsx: tsx's output names every function expression each time one is created, 15-20 % of a
// long build. Where the bundle cannot be built, the thread registers tsx and loads the source.
import { pathToFileURL } from "node:url";
import { bundled } from "../../../scripts/bundle-cache.mjs";

const main = await bundled(new URL("./lesson-builder-thread.ts", import.meta.url).pathname);
if (main) {
  await import(pathToFileURL(main).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./lesson-builder-thread.ts");
}
