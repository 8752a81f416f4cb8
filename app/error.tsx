"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-3 pt-10 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-stone-600">We could not show this page. Nothing you saved was lost.</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
