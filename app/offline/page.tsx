import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Offline" };

// Served by the service worker for a page it has not kept: reviewing works offline, the rest needs a connection.
export default function OfflinePage() {
  return (
    <section className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-xl font-semibold">You are offline</h1>
      <p className="mt-3 text-stone-600">This page needs a connection. Your reviews work offline once you have opened Review online on this device.</p>
      <p className="mt-6">
        <Link href="/review" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-medium text-white">
          Go to Review
        </Link>
      </p>
    </section>
  );
}
