"use client";
/* eslint-disable @next/next/no-location-assign-relative-destination -- after signing in, a full load re-renders the shared header with the new session */
import { useState } from "react";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { Field } from "@/components/auth/field";
import { signUp } from "@/app/signup/actions";
import { PASSWORD_MIN } from "@/lib/validation/auth";

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";

export function SignUpForm() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      inviteCode: String(form.get("inviteCode") ?? "") || undefined,
      timeZone: String(form.get("timeZone") || browserTimeZone()),
    };
    setPending(true);
    const result = await signUp(input);
    if (!result.ok) {
      setPending(false);
      setErrors({ ...(result.fields ?? {}), ...(result.fields ? {} : { form: result.error }) });
      return;
    }
    const signedIn = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    setPending(false);
    if (!signedIn || signedIn.error) {
      window.location.assign("/signin");
      return;
    }
    window.location.assign("/lessons");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.form ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      {/* Filled in by the browser at submit: the study day follows the learner's own clock. */}
      <input type="hidden" name="timeZone" defaultValue="" />
      <Field label="Name" name="name" autoComplete="name" error={errors.name} />
      <Field label="E-mail" name="email" type="email" autoComplete="email" error={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        error={errors.password}
        hint={`At least ${PASSWORD_MIN} characters, not a common password: a few unrelated words work well.`}
      />
      <Field
        label="Teacher invite code (optional)"
        name="inviteCode"
        autoComplete="off"
        error={errors.inviteCode}
        hint="Teachers get a code from the site's administrator; learners leave this empty."
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-600 disabled:opacity-60"
      >
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-center text-sm text-stone-600">
        Already have an account?{" "}
        <Link href="/signin" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
