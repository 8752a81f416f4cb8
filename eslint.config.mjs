import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", ".data/**", "lib/generated/**", "next-env.d.ts", ".ci/out/**", "public/sw.js"]),
  {
    rules: {
      // Transcript text must never become raw HTML.
      "react/no-danger": "error",
    },
  },
]);
