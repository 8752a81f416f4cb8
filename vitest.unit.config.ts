// Fast loop for pure code (no database): `npx vitest run --config vitest.unit.config.ts`.
import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: { include: ["tests/unit/**/*.test.ts"], environment: "node" },
});
