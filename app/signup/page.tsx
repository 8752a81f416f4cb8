import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/lessons");
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-6">
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <SignUpForm />
    </div>
  );
}
