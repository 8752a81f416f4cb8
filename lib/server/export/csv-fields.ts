// Field encoders for the files we export. Kept together because each reader has its own rules.

/**
 * Anki's text importer (rslib import_export/text/csv, the Rust csv crate) reads a field that starts
 * with `"` as quoted (until the closing quote; `""` inside is one quote) and skips any line that
 * starts with `#` as a comment. So a field holding a quote, the separator (tab) or a line break, or
 * starting with `#`, is written quoted with its quotes doubled; anything else goes out as is.
 */
export function ankiField(value: string | null | undefined): string {
  const text = (value ?? "").trim();
  return /["\t\r\n]/.test(text) || text.startsWith("#") ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV field for files people open in a spreadsheet (RFC 4180 quoting). A cell starting with
 * =, +, -, @, tab or carriage return is a formula to Excel, LibreOffice and Google Sheets
 * (=HYPERLINK(...) exfiltrates, =cmd|... runs commands): it gets a leading apostrophe, which the
 * spreadsheet shows as text. Numbers are written by the caller, not through this.
 */
export function spreadsheetCsvField(value: string | null | undefined): string {
  let text = value ?? "";
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
