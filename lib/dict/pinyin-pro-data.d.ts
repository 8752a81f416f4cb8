// pinyin-pro's phrase list (its package exports ./dist/* but ships no types for the data files).
declare module "pinyin-pro/dist/esm/data/patterns.mjs" {
  export const PatternsNormal: readonly { zh: string; pinyin: string; priority: number; probability: number; length: number }[];
}
