import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { ImportForm } from "@/components/notes/import-form";
import { requireUser } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Import words" };

export default async function ImportNotesPage() {
  await requireUser("/notes/import");
  return (
    <div className="max-w-2xl">
      <p className="mb-2 text-sm">
        <Link href="/notes" className="text-brand-700 underline">
          ← My notes
        </Link>
      </p>
      <PageHeader title="Import words" subtitle="One word per row: hanzi, then optionally pinyin and meaning." />
      <p className="mb-4 text-sm text-stone-600">
        Comma- or tab-separated; a header row is optional; quote fields that contain commas. Missing pinyin and meanings are filled in from the
        dictionary. Words you already saved are skipped. If any row has a problem, nothing is imported, so you can fix the file and try again.
      </p>
      <ImportForm />
    </div>
  );
}
