// Reads an Anki "Import File" text file the way Anki's importer does (rslib
// import_export/text/csv/import.rs → the Rust csv crate: flexible records, `#` comment lines at the
// start of a record, `"`-quoted fields with `""` for a quote, CR/LF/CRLF terminators, blank lines
// skipped). Used to prove our exports come back intact, not to be clever.
export function readAnkiText(text: string, delimiter = "\t"): string[][] {
  const records: string[][] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text[i] === "\n" || text[i] === "\r") {
      i++;
      continue; // blank line
    }
    if (text[i] === "#") {
      while (i < n && text[i] !== "\n" && text[i] !== "\r") i++;
      continue; // comment (Anki's own #separator:/#html: headers are read separately, before)
    }
    const record: string[] = [];
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) break;
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field += text[i++];
        }
      }
      while (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
      record.push(field);
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
      else if (i < n) i++;
      break;
    }
    records.push(record);
  }
  return records;
}
