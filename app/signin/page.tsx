import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

function safeCallback(url: string | undefined): string {
  // Only same-site paths: never redirect to another origin after sign-in.
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/lessons";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  if (await currentUser()) redirect(safeCallback(callbackUrl));
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-6">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={safeCallback(callbackUrl)} initialError={error ? "Sign-in failed. Please try again." : undefined} />
      <p className="text-xs text-stone-500">
        Demo accounts: <code>learner@demo.local</code> / <code>demo-learner</code> and <code>teacher@demo.local</code> /{" "}
        <code>demo-teacher</code>.
      </p>
    </div>
  );
}
