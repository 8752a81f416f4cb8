"use client";
import { useState } from "react";
import Link from "next/link";

interface ImportReport {
  rows: number;
  toImport: { row: number; hanzi: string; pinyin: string; meaning: string }[];
  duplicates: { row: number; hanzi: string }[];
  errors: { row: number; reason: string }[];
  imported: number;
}

/** Choose a file → preview (dry run, per-row problems) → "Import N words". All or nothing. */
export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function send(dryRun: boolean) {
    if (!file) return;
    const body = new FormData();
    body.set("file", file);
    setPending(true);
    setError(null);
    try {
      const res = await fetch(`/api/notes/import${dryRun ? "?dryRun=1" : ""}`, { method: "POST", body });
      const json = await res.json().catch(() => null);
      if (json?.report) setReport(json.report);
      if (!res.ok) setError(json?.error?.message ?? `Import failed (${res.status})`);
      else if (!dryRun) setDone(json.report.imported);
    } catch {
      setError("Could not reach the server. Try again.");
    }
    setPending(false);
  }

  if (done !== null) {
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-4 py-3 text-emerald-800">
        Imported {done} word{done === 1 ? "" : "s"}.{" "}
        <Link href="/notes" className="font-medium underline">
          See my notes
        </Link>
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium text-stone-700">
          CSV or tab-separated file (UTF-8, at most 1 MB and 5,000 rows)
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          className="mt-1 block w-full text-sm"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setReport(null);
            setError(null);
          }}
        />
      </div>
      <button type="button" disabled={!file || pending} onClick={() => send(true)} className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm hover:bg-stone-100 disabled:opacity-50">
        {pending ? "Checking…" : "Check file"}
      </button>
      {error ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p> : null}
      {report ? <ImportPreview report={report} /> : null}
      {report && report.errors.length === 0 && report.toImport.length > 0 ? (
        <button type="button" disabled={pending} onClick={() => send(false)} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-60">
          Import {report.toImport.length} word{report.toImport.length === 1 ? "" : "s"}
        </button>
      ) : null}
    </div>
  );
}

function ImportPreview({ report }: { report: ImportReport }) {
  return (
    <div className="space-y-3 text-sm">
      <p>
        {report.rows} rows: <strong>{report.toImport.length}</strong> new, {report.duplicates.length} already saved, {report.errors.length} with problems.
      </p>
      {report.errors.length > 0 ? (
        <div>
          <p className="font-medium text-red-700">Fix these rows first; nothing is imported while any row has a problem:</p>
          <ul className="mt-1 list-disc pl-5 text-red-700">
            {report.errors.slice(0, 100).map((e) => (
              <li key={e.row}>
                Row {e.row}: {e.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.duplicates.length > 0 ? (
        <p className="text-stone-600">Already saved (skipped): {report.duplicates.slice(0, 30).map((d) => d.hanzi).join("、")}{report.duplicates.length > 30 ? "…" : ""}</p>
      ) : null}
      {report.toImport.length > 0 ? (
        <ul className="max-h-64 divide-y divide-stone-100 overflow-y-auto rounded-md border border-stone-200 bg-white">
          {report.toImport.slice(0, 200).map((w) => (
            <li key={w.row} className="px-3 py-1.5">
              <span className="font-han">{w.hanzi}</span> <span className="text-stone-600">{w.pinyin}</span> <span className="text-stone-500">{w.meaning}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
