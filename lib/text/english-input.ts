import { AppError } from "@/lib/errors";

// The English version of a lesson: optional, but when given it must be English prose, so a
// second copy of the Chinese pasted by mistake is refused instead of "aligned".
export const MAX_ENGLISH_CHARS = 400_000;
const MIN_LATIN_SHARE = 0.6;

const error = (message: string) => new AppError("INVALID_INPUT", message, { fields: { english: message } });

/** Trimmed English text, or null when none was given. Throws a field error for anything else. */
export function checkEnglishText(text: string | null | undefined): string | null {
  const trimmed = (text ?? "").replace(/^\uFEFF/, "").trim();
  if (!trimmed) return null;
  if (trimmed.length > MAX_ENGLISH_CHARS) {
    throw error(`The English version has ${trimmed.length.toLocaleString("en-US")} characters; the limit is ${MAX_ENGLISH_CHARS.toLocaleString("en-US")}`);
  }
  const latin = trimmed.match(/[A-Za-z]/g)?.length ?? 0;
  const letters = trimmed.match(/\p{L}/gu)?.length ?? 0;
  if (latin < 10 || latin < letters * MIN_LATIN_SHARE) {
    throw error("The English version doesn't look like English: most of its letters should be Latin letters");
  }
  return trimmed;
}

/** Bytes of an uploaded English file: UTF-8 (or UTF-16 with a BOM) only. */
export function decodeEnglishBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw error("The English file is not UTF-8 text");
  }
}
