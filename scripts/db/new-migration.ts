// `npm run db:new-migration -- NAME [--from REF]`: writes prisma/migrations/<timestamp>_<NAME>/migration.sql
// with the SQL that takes prisma/schema.prisma as committed at REF (default HEAD) to the schema in
// the working tree. Prisma's own schema engine (WebAssembly, offline) writes the SQL; the
// schema-drift test then proves the migrations build exactly what the schema declares.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { diffSchemas, schemaTarget, schemaText } from "@/lib/server/db/schema-engine";
import { loadDotEnv } from "./prepare";
import { openDatabaseServer, projectRoot } from "./local-postgres";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { from: { type: "string", default: "HEAD" } } });
const name = (positionals[0] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name_in_snake_case> [--from <git ref>]");
  process.exit(2);
}
loadDotEnv();
let previous = "";
try {
  previous = execFileSync("git", ["show", `${values.from}:prisma/schema.prisma`], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
} catch {
  console.error(`Cannot read prisma/schema.prisma at ${values.from}; pass --from <ref> of the schema the last migration matches.`);
  process.exit(1);
}
// The engine needs a connection for the PostgreSQL flavour, though a schema-to-schema diff reads no data.
const server = await openDatabaseServer();
try {
  const sql = await diffSchemas(server.url, schemaText(previous), schemaTarget(path.join(projectRoot, "prisma", "schema.prisma")));
  if (!sql.split("\n").some((l) => l.trim() && !l.startsWith("--"))) {
    console.log("prisma/schema.prisma has not changed since " + values.from + ": nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(projectRoot, "prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`wrote ${path.relative(projectRoot, dir)}/migration.sql — read it, then run npm test (the drift test checks it)`);
  }
} finally {
  await server.stop();
}
