import iconv from "iconv-lite";
import { withoutPinyinLines } from "./pinyin-lines";
import { AppError } from "@/lib/errors";
import { unstorableReason } from "@/lib/text/storable-text";

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

/** Code units a Chinese transcript is made of: Han, CJK and fullwidth punctuation, ASCII text, spaces and line breaks. */
function isTranscriptUnit(u: number): boolean {
  return (
    (u >= 0x4e00 && u <= 0x9fff) || // CJK unified ideographs
    (u >= 0x3400 && u <= 0x4dbf) || // extension A
    (u >= 0x3000 && u <= 0x303f) || // CJK punctuation: 、。「」《》
    (u >= 0xff00 && u <= 0xffef) || // fullwidth forms: ，！（）：
    (u >= 0x2000 && u <= 0x206f) || // general punctuation: —— …… “”
    (u >= 0x20 && u <= 0x7e) ||
    u === 0x09 || u === 0x0a || u === 0x0d || u === 0xb7
  );
}

const UTF16_MIN_UNITS = 8;
const UTF16_MIN_SHARE = 0.95;

/**
 * UTF-16 saved without a BOM (some editors and converters do it). Chinese text in UTF-16 has no
 * NUL bytes and is rarely valid UTF-8, and GB18030 would decode it into fluent-looking garbage, so
 * it is recognised by what its code units are: read as UTF-16LE (or BE), nearly all of them are
 * Han, CJK punctuation or ASCII. GBK bytes read as UTF-16 land in Hangul, Yi and private-use
 * blocks instead, and UTF-8 never gets here, so neither passes the 95% bar.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length % 2 !== 0 || bytes.length / 2 < UTF16_MIN_UNITS) return null;
  for (const littleEndian of [true, false]) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let good = 0;
    const units = bytes.length / 2;
    for (let i = 0; i < units; i++) if (isTranscriptUnit(view.getUint16(i * 2, littleEndian))) good++;
    if (good / units >= UTF16_MIN_SHARE) return new TextDecoder(littleEndian ? "utf-16le" : "utf-16be").decode(bytes);
  }
  return null;
}

/** More than a third of the bytes are NUL in alternate positions: UTF-16 of mostly ASCII text. */
function looksLikeUtf16Ascii(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddNul++;
    else evenNul++;
  }
  return Math.max(evenNul, oddNul) > sample.length / 3;
}

/**
 * Bytes of an uploaded file → text. UTF-16 with a BOM; UTF-8 (with or without BOM); UTF-16
 * without a BOM, recognised by its code units (after UTF-8: Chinese in UTF-16 is almost never
 * valid UTF-8, while ASCII in UTF-8 could pass for UTF-16 Han); otherwise GB18030, which covers GBK
 * and GB2312 files from Chinese Windows systems and decodes any byte sequence.
 */
export function decodeTranscriptBytes(bytes: Uint8Array): string {
  // Windows Notepad's "Unicode" is UTF-16 with a BOM; its NUL bytes would otherwise look binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (!bytes.includes(0)) {
    if (looksBinary(bytes)) throw new AppError("INVALID_INPUT", "This file looks binary, not text");
    try {
      return utf8.decode(bytes).replace(/^\uFEFF/, ""); // TextDecoder drops a UTF-8 BOM by default
    } catch {
      // not UTF-8: try the others
    }
  }
  const utf16 = decodeUtf16WithoutBom(bytes);
  if (utf16 !== null) return utf16;
  if (looksLikeUtf16Ascii(bytes)) {
    throw new AppError("INVALID_INPUT", "This file looks like UTF-16 text without a byte-order mark that is not Chinese enough to decode safely. Save it as UTF-8 and upload it again.");
  }
  if (looksBinary(bytes)) throw new AppError("INVALID_INPUT", "This file looks binary, not text");
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030").replace(/^\uFEFF/, "");
}

/** Trimmed text that is non-empty, within the size limit, and mostly Chinese. */
export function assertLessonText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new AppError("INVALID_INPUT", "The text is empty");
  const unstorable = unstorableReason(trimmed);
  if (unstorable) throw new AppError("INVALID_INPUT", `The text ${unstorable}; remove it and try again`);
  const length = [...trimmed].length;
  if (length > MAX_LESSON_CHARS) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The text has ${length.toLocaleString("en-US")} characters; the limit is ${MAX_LESSON_CHARS.toLocaleString("en-US")}`,
    );
  }
  // A textbook's pinyin lines are a reading aid, not text in another language.
  const counted = /[a-z]/i.test(trimmed) ? withoutPinyinLines(trimmed) : trimmed;
  const han = counted.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = counted.match(/\p{L}/gu)?.length ?? 0;
  if (han < letters * MIN_HAN_SHARE || (han < MIN_HAN && han * 2 < letters)) {
    throw new AppError("INVALID_INPUT", "This doesn't look like Chinese text: fewer than 30% of its letters are Chinese characters");
  }
  // A short Chinese text gets its own reason (a sentence of 8 characters was told it "doesn't look like Chinese").
  if (han < MIN_HAN) {
    throw new AppError("INVALID_INPUT", `The text is too short for a lesson: it has ${han} Chinese character${han === 1 ? "" : "s"}, and a lesson needs at least ${MIN_HAN}`);
  }
  return trimmed;
}
