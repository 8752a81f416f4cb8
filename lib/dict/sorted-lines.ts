// A dictionary file of lines sorted by their first field (up to `sep`), searched in place by binary
// search. Nothing is indexed at load time, and the file is held as a "binary" (latin1) string of
// its UTF-8 bytes, which V8 makes without decoding: reading 9 MB this way costs a few ms where
// decoding it costs ~100 ms and indexing 120k headwords in a Map another ~100 ms. Keys are encoded
// the same way for the search and lines decoded on the way out.
const toBinary = (s: string) => Buffer.from(s, "utf8").toString("latin1");
const fromBinary = (s: string) => Buffer.from(s, "latin1").toString("utf8");

export class SortedLines {
  private readonly text: string;

  constructor(
    bytes: Buffer,
    private readonly sep: string,
  ) {
    this.text = bytes.toString("latin1");
  }

  private keyAt(start: number): string {
    const end = this.text.indexOf(this.sep, start);
    const lineEnd = this.text.indexOf("\n", start);
    const stop = end < 0 || (lineEnd >= 0 && lineEnd < end) ? (lineEnd < 0 ? this.text.length : lineEnd) : end;
    return this.text.slice(start, stop);
  }

  private nextLine(start: number): number {
    const end = this.text.indexOf("\n", start);
    return end < 0 ? this.text.length : end + 1;
  }

  /** Start offset of the first line whose key is >= key (lo and hi are always line starts). */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = mid === 0 ? 0 : this.text.lastIndexOf("\n", mid - 1) + 1;
      if (this.keyAt(start) < key) lo = this.nextLine(start);
      else hi = start;
    }
    return lo;
  }

  /** Every line whose key equals `key`, without the key and separator. */
  find(key: string): string[] {
    const k = toBinary(key);
    const out: string[] = [];
    for (let start = this.lowerBound(k); start < this.text.length; start = this.nextLine(start)) {
      if (this.keyAt(start) !== k) break;
      const end = this.text.indexOf("\n", start);
      out.push(fromBinary(this.text.slice(start + k.length + this.sep.length, end < 0 ? this.text.length : end)));
    }
    return out;
  }

  has(key: string): boolean {
    const k = toBinary(key);
    const start = this.lowerBound(k);
    return start < this.text.length && this.keyAt(start) === k;
  }

  /**
   * The first line whose key is `key` (without key and separator), and whether any key starts with
   * `key` (the key itself included): one search for walking a text's prefixes.
   */
  firstWithPrefix(key: string): { line: string | undefined; prefix: boolean } {
    const k = toBinary(key);
    const start = this.lowerBound(k);
    if (start >= this.text.length) return { line: undefined, prefix: false };
    const found = this.keyAt(start);
    if (found !== k) return { line: undefined, prefix: found.startsWith(k) };
    const end = this.text.indexOf("\n", start);
    return { line: fromBinary(this.text.slice(start + k.length + this.sep.length, end < 0 ? this.text.length : end)), prefix: true };
  }

  /** Distinct keys in order. */
  *keys(): IterableIterator<string> {
    let previous: string | null = null;
    for (let start = 0; start < this.text.length; start = this.nextLine(start)) {
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
