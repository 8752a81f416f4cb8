import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/server/auth/session";
import { safeRedirectPath } from "@/lib/server/auth/safe-redirect";
import { showDemoAccounts } from "@/lib/server/auth/demo-accounts";
import { LINK_REFUSED } from "@/lib/server/auth/oauth-link";

export const metadata: Metadata = { title: "Sign in" };


export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  if (await currentUser()) redirect(safeRedirectPath(callbackUrl));
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-6">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={safeRedirectPath(callbackUrl)} initialError={error === "OAuthAccountNotLinked" ? LINK_REFUSED : error ? "Sign-in failed. Please try again." : undefined} />
      {showDemoAccounts() ? (
        <p className="text-xs text-stone-500">
          Demo accounts: <code>learner@demo.local</code> / <code>demo-learner</code> and <code>teacher@demo.local</code> /{" "}
          <code>demo-teacher</code>.
        </p>
      ) : null}
    </div>
  );
}
