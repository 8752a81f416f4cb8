import { defineConfig } from "prisma/config";

// The Prisma CLI is only used for `generate` here (offline, see scripts/prisma-generate.mjs);
// migrations are applied by scripts/db/migrate.ts. The URL is only needed by optional CLI use.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
