import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { assertLessonText, decodeTranscriptBytes, MAX_LESSON_CHARS } from "@/lib/text/decode-input";
import { AppError } from "@/lib/errors";

const SAMPLE = "王毅：中方欢迎并支持一切致力于和平的努力。";

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("decodeTranscriptBytes", () => {
  it("decodes UTF-8 with and without a BOM", () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    expect(decodeTranscriptBytes(bytes)).toBe(SAMPLE);
    expect(decodeTranscriptBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(SAMPLE);
  });

  it("falls back to GB18030 when the bytes are not UTF-8", () => {
    const gb = new Uint8Array(iconv.encode(SAMPLE, "gb18030"));
    expect(decodeTranscriptBytes(gb)).toBe(SAMPLE);
    const gbk = new Uint8Array(iconv.encode("新华社北京3月7日电", "gbk"));
    expect(decodeTranscriptBytes(gbk)).toBe("新华社北京3月7日电");
  });

  it("decodes UTF-16 files that start with a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(SAMPLE, "utf16le")]);
    expect(decodeTranscriptBytes(le)).toBe(SAMPLE);
  });

  it("refuses binary files", () => {
    const e = errorOf(() => decodeTranscriptBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toBe("This file looks binary, not text");
    const controls = new Uint8Array(200).map((_, i) => (i % 5 === 0 ? 0x01 : 0x41));
    expect(errorOf(() => decodeTranscriptBytes(controls)).code).toBe("INVALID_INPUT");
  });
});

describe("assertLessonText", () => {
  it("trims and accepts Chinese text with some Latin words", () => {
    expect(assertLessonText(`  ${SAMPLE} DeepSeek AI \n`)).toBe(`${SAMPLE} DeepSeek AI`);
  });

  it("refuses empty text", () => {
    const e = errorOf(() => assertLessonText(" \n\t "));
    expect([e.code, e.message]).toEqual(["INVALID_INPUT", "The text is empty"]);
  });

  it("refuses text over the limit, naming both numbers", () => {
    const e = errorOf(() => assertLessonText("中".repeat(MAX_LESSON_CHARS + 5)));
    expect(e.code).toBe("PAYLOAD_TOO_LARGE");
    expect(e.message).toContain("200,005");
    expect(e.message).toContain("200,000");
    expect(assertLessonText("中".repeat(MAX_LESSON_CHARS))).toHaveLength(MAX_LESSON_CHARS);
  });

  it("refuses text that is not Chinese", () => {
    const english = errorOf(() => assertLessonText("The quick brown fox jumps over the lazy dog, 中国 twice 中国."));
    expect(english.code).toBe("INVALID_INPUT");
    expect(english.message).toMatch(/^This doesn't look like Chinese text/);
    expect(errorOf(() => assertLessonText("你好，世界。")).code).toBe("INVALID_INPUT"); // under 10 Han
  });
});

describe("a short Chinese text", () => {
  it("is refused as too short, not as 'not Chinese'", () => {
    const e = errorOf(() => assertLessonText("中方对此表示欢迎。"));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toBe("The text is too short for a lesson: it has 8 Chinese characters, and a lesson needs at least 10");
  });

  it("while a short text that is mostly another language is still 'not Chinese' (counter-case)", () => {
    expect(errorOf(() => assertLessonText("hello world 你好")).message).toMatch(/^This doesn't look like Chinese text/);
  });
});
