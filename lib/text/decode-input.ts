import iconv from "iconv-lite";
import { AppError } from "@/lib/errors";

export const MAX_LESSON_CHARS = 200_000;
const MIN_HAN = 10;
const MIN_HAN_SHARE = 0.3;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Control characters other than tab, newline, carriage return and form feed. */
function isControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true; // no text encoding we accept produces NUL
    if (isControl(b)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.02;
}

/**
 * Bytes of an uploaded file → text. UTF-8 (with or without BOM) first; otherwise GB18030, which
 * covers GBK and GB2312 files from Chinese Windows systems and decodes any byte sequence.
 */
export function decodeTranscriptBytes(bytes: Uint8Array): string {
  // Windows Notepad's "Unicode" is UTF-16 with a BOM; its NUL bytes would otherwise look binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new AppError("INVALID_INPUT", "This file looks binary, not text");
  let text: string;
  try {
    text = utf8.decode(bytes); // TextDecoder drops a UTF-8 BOM by default
  } catch {
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  }
  return text.replace(/^\uFEFF/, "");
}

/** Trimmed text that is non-empty, within the size limit, and mostly Chinese. */
export function assertLessonText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new AppError("INVALID_INPUT", "The text is empty");
  const length = [...trimmed].length;
  if (length > MAX_LESSON_CHARS) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The text has ${length.toLocaleString("en-US")} characters; the limit is ${MAX_LESSON_CHARS.toLocaleString("en-US")}`,
    );
  }
  const han = trimmed.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = trimmed.match(/\p{L}/gu)?.length ?? 0;
  if (han < MIN_HAN || han < letters * MIN_HAN_SHARE) {
    throw new AppError("INVALID_INPUT", "This doesn't look like Chinese text: fewer than 30% of its letters are Chinese characters");
  }
  return trimmed;
}
