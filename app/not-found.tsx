import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3 pt-10 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-stone-600">This page does not exist, or it is not yours to see.</p>
      <Link href="/" className="text-brand-700 underline">
        Go home
      </Link>
    </div>
  );
}
