/** Labels for the kinds an owner can give a word (lib/validation/lesson-edits.ts TOKEN_KINDS). */
export const TOKEN_KIND_LABELS: Record<string, string> = {
  word: "Word",
  idiom: "Idiom (chengyu)",
  phrase: "Set phrase",
  name: "Name",
  number: "Number",
  other: "Other",
};
