// A dictionary file of lines sorted by their first field (up to `sep`), searched in place by binary
// search over its UTF-8 bytes, in the Buffer it was read into. Nothing is indexed or copied at load
// time: decoding 9 MB costs ~100 ms and indexing 120k headwords in a Map another ~100 ms; even a
// latin1 string of the bytes (what this searched before) was a 15 MB copy, ~80 ms of a one-sentence
// import's start on a machine with costly page faults. Keys are encoded as latin1 strings of their
// UTF-8 bytes for the search and lines decoded on the way out.
const fromBinary = (s: string) => Buffer.from(s, "latin1").toString("utf8");

/** A key's UTF-8 bytes as a latin1 string; written out for short keys (most), which a Buffer round trip costs more. */
function toBinary(s: string): string {
  if (s.length > 8) return Buffer.from(s, "utf8").toString("latin1");
  let out = "";
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    } else {
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate, as Buffer encodes it
      out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
  }
  return out;
}

/** Lookups after which an instance indexes its line starts (a long-running process keeps looking up). */
const INDEX_AFTER = 256;
/** Buckets of SortedLines' first-character index: one per BMP code point, one for all beyond (65536), and the end. */
const BUCKETS = 65537;

/**
 * The code point of a UTF-8 character from its first three bytes (65536 for any beyond the BMP; a
 * missing byte reads as 0), or −1 for an empty key: the first byte is the separator or a newline.
 */
function codePointOf(b0: number, b1: number, b2: number, sepCode: number): number {
  if (b0 === sepCode || b0 === 10) return -1;
  if (b0 < 0x80) return b0;
  if (b0 < 0xe0) return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  if (b0 < 0xf0) return ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  return 65536;
}

export class SortedLines {
  private readonly bytes: Buffer;
  /** The file's length in bytes. */
  private readonly length: number;
  private readonly sepCode: number;
  /** Start offset of every line, once INDEX_AFTER lookups were made; null before. */
  private starts: Int32Array | null = null;
  /**
   * With `starts`: per first character of a key (its code point; 65536 for any beyond the BMP),
   * the index of the first line whose key starts with it or a later one. A search then runs
   * within the lines of one character (a few dozen, in a few cache lines), not the whole file.
   */
  private firstLine: Int32Array | null = null;
  private lookups = 0;

  constructor(
    bytes: Buffer,
    private readonly sep: string,
  ) {
    this.bytes = bytes;
    this.length = bytes.length;
    if (sep.length !== 1) throw new Error("SortedLines: the separator is one character");
    this.sepCode = sep.charCodeAt(0);
  }

  /** The line's key at `start`, as a latin1 string of its bytes. */
  private keyAt(start: number): string {
    const { bytes, length, sepCode } = this;
    let stop = start;
    while (stop < length && bytes[stop] !== sepCode && bytes[stop] !== 10) stop++;
    return bytes.toString("latin1", start, stop);
  }

  /**
   * The line's key at `start` against `key`, in place (no string made): negative when the line's
   * key sorts first, 0 when equal, positive after. The same order as comparing the two strings.
   */
  private compareAt(start: number, key: string): number {
    const { bytes, length, sepCode } = this;
    const n = key.length;
    for (let i = 0; ; i++) {
      const at = start + i;
      const c = at < length ? bytes[at] : -1;
      const lineKeyEnded = c === -1 || c === sepCode || c === 10;
      if (i === n) return lineKeyEnded ? 0 : 1;
      if (lineKeyEnded) return -1;
      const d = c - key.charCodeAt(i);
      if (d !== 0) return d;
    }
  }

  private nextLine(start: number): number {
    const end = this.bytes.indexOf(10, start);
    return end < 0 ? this.length : end + 1;
  }

  private lineStarts(): Int32Array | null {
    if (this.starts || ++this.lookups < INDEX_AFTER) return this.starts;
    const { bytes, length } = this;
    let starts = new Int32Array(1024);
    let n = 1; // starts[0] = 0
    for (let i = bytes.indexOf(10); i >= 0 && i + 1 < length; i = bytes.indexOf(10, i + 1)) {
      if (n === starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[n++] = i + 1;
    }
    this.starts = starts.subarray(0, n);
    // Lines are in byte order of their UTF-8 keys, which is code point order: each first character's lines are one run.
    const firstLine = new Int32Array(BUCKETS + 1);
    let bucket = 0;
    for (let line = 0; line < n; line++) {
      const at = starts[line];
      const code = at >= length ? -1 : codePointOf(bytes[at], bytes[at + 1], bytes[at + 2], this.sepCode);
      while (bucket <= code) firstLine[bucket++] = line;
    }
    while (bucket <= BUCKETS) firstLine[bucket++] = n;
    this.firstLine = firstLine;
    return this.starts;
  }

  /** Start offset of the first line whose key is >= key (lo and hi are always line starts). */
  private lowerBound(key: string): number {
    const starts = this.lineStarts();
    if (starts) {
      let lo = 0;
      let hi = starts.length;
      if (key.length > 0) {
        const code = codePointOf(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2), -1);
        lo = this.firstLine![code];
        hi = this.firstLine![code + 1];
      }
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.compareAt(starts[mid], key) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo < starts.length ? starts[lo] : this.length;
    }
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = mid === 0 ? 0 : this.bytes.lastIndexOf(10, mid - 1) + 1;
      if (this.compareAt(start, key) < 0) lo = this.nextLine(start);
      else hi = start;
    }
    return lo;
  }

  /** Every line whose key equals `key`, without the key and separator. */
  find(key: string): string[] {
    const k = toBinary(key);
    const out: string[] = [];
    for (let start = this.lowerBound(k); start < this.length; start = this.nextLine(start)) {
      if (this.compareAt(start, k) !== 0) break;
      const end = this.bytes.indexOf(10, start);
      out.push(this.bytes.toString("utf8", start + k.length + this.sep.length, end < 0 ? this.length : end));
    }
    return out;
  }

  has(key: string): boolean {
    const k = toBinary(key);
    const start = this.lowerBound(k);
    return start < this.length && this.compareAt(start, k) === 0;
  }

  /**
   * The first line whose key is `key` (without key and separator), and whether any key starts with
   * `key` (the key itself included): one search for walking a text's prefixes.
   */
  firstWithPrefix(key: string): { line: string | undefined; prefix: boolean } {
    const k = toBinary(key);
    const start = this.lowerBound(k);
    if (start >= this.length) return { line: undefined, prefix: false };
    const found = this.keyAt(start);
    if (found !== k) return { line: undefined, prefix: found.startsWith(k) };
    const end = this.bytes.indexOf(10, start);
    return { line: this.bytes.toString("utf8", start + k.length + this.sep.length, end < 0 ? this.length : end), prefix: true };
  }

  /** Every line whose key starts with `prefix`, as [key, the rest after the separator], in order. */
  withPrefix(prefix: string): [string, string][] {
    const k = toBinary(prefix);
    const out: [string, string][] = [];
    for (let start = this.lowerBound(k); start < this.length; start = this.nextLine(start)) {
      const key = this.keyAt(start);
      if (!key.startsWith(k)) break;
      const end = this.bytes.indexOf(10, start);
      out.push([fromBinary(key), this.bytes.toString("utf8", start + key.length + this.sep.length, end < 0 ? this.length : end)]);
    }
    return out;
  }

  /** Distinct keys in order. */
  *keys(): IterableIterator<string> {
    let previous: string | null = null;
    for (let start = 0; start < this.length; start = this.nextLine(start)) {
      const key = this.keyAt(start);
      if (key !== previous && key !== "") yield fromBinary(key);
      previous = key;
    }
  }
}

/** Lines sorted the way SortedLines searches them (byte order of the UTF-8 key). */
export function sortLines(lines: string[], sep: string): string {
  const keyed = lines.map((line) => {
    const i = line.indexOf(sep);
    return [toBinary(i < 0 ? line : line.slice(0, i)), line] as const;
  });
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map((k) => k[1]).join("\n");
}
