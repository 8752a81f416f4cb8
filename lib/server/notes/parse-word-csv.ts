// "hanzi[, pinyin, meaning]" rows from a CSV or TSV file: RFC 4180 quoting ("a, b" and "say ""hi"""),
// comma or tab (whichever the first line uses), CRLF or LF, an optional header row.

export interface WordRow {
  /** 1-based line of the row in the file, as a spreadsheet shows it. */
  row: number;
  cells: string[];
}

const HEADER_WORDS = new Set(["hanzi", "chinese", "word", "words", "simplified", "text", "term", "汉字", "词语", "中文"]);

export function parseWordCsv(text: string): WordRow[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes("\t") ? "\t" : ",";
  const rows: WordRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== "")) rows.push({ row: rowStart, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === sep) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowStart = line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0) endRow();
  if (rows.length > 0 && HEADER_WORDS.has(rows[0].cells[0].toLowerCase())) rows.shift();
  return rows;
}
