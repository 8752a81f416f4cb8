// Prisma's own schema engine, compiled to WebAssembly and shipped in the `prisma` npm packages.
// It diffs schemas offline, so we never need the native schema-engine binary that Prisma's CLI
// downloads from the vendor's host (unreachable from many networks). Used by `npm run db:new-migration`
// and by the schema-drift test; never at run time of the app.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string }>;
  free(): void;
};
type DiffTarget =
  | { tag: "empty" }
  | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

const require = createRequire(import.meta.url);
let bindings: Promise<{ SchemaEngine: { new: (o: unknown, log: (m: string) => void, adapter: object) => Promise<Engine> } }> | null = null;

async function loadBindings() {
  if (!bindings) {
    bindings = (async () => {
      const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
      const pkgDir = path.dirname(bgPath);
      const bg = await import(pathToFileURL(bgPath).href);
      const bytes = readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
      const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
      bg.__wbg_set_wasm(instance.exports);
      (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
      return bg;
    })();
  }
  return bindings;
}

/** SQL that turns `from` into `to` (empty string when they match), in Prisma's migration format. */
export async function diffSchemas(connectionString: string, from: DiffTarget, to: DiffTarget): Promise<string> {
  const { SchemaEngine } = await loadBindings();
  const schemaFiles = to.tag === "schemaDatamodel" ? to.files : from.tag === "schemaDatamodel" ? from.files : [];
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const engine = await SchemaEngine.new({ datamodels: schemaFiles.map((f) => [f.path, f.content]) }, () => {}, adapter);
  try {
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
    return result.stdout;
  } finally {
    engine.free();
  }
}

export function schemaTarget(schemaPath: string): DiffTarget {
  return schemaText(readFileSync(schemaPath, "utf8"));
}

export function schemaText(content: string): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] };
}
