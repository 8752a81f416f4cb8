// `npm run dict:compile`: writes lib/dict/data/compiled/ (see lib/dict/compiled.ts). Run by
// postinstall and build; never fails an install: the app rebuilds the files itself when missing.
import { compileAll } from "@/lib/dict/compiled";

const start = performance.now();
try {
  compileAll();
  console.log(`Compiled dictionaries in ${((performance.now() - start) / 1000).toFixed(1)} s`);
} catch (e) {
  console.warn(`Dictionaries not compiled (${(e as Error).message}); the app will compile them on first use.`);
}
