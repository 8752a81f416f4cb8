"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/auth/field";
import { sendJson } from "@/components/notes/send-json";
import { FormStatus, primaryButton } from "@/components/settings/form-bits";

function useForm() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function submit(url: string, method: string, body: unknown, ok: string | ((data: unknown) => string)): Promise<boolean> {
    setPending(true);
    setMessage(null);
    const result = await sendJson(url, method, body);
    setPending(false);
    if (!result.ok) {
      setErrors({ ...(result.fields ?? {}), ...(result.fields ? {} : { form: result.error }) });
      return false;
    }
    setErrors({});
    setMessage(typeof ok === "string" ? ok : ok(result.data));
    return true;
  }
  return { errors, message, pending, submit };
}

export function NameForm({ name }: { name: string }) {
  const router = useRouter();
  const { errors, message, pending, submit } = useForm();
  return (
    <form
      noValidate
      aria-label="Name"
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await submit("/api/settings/account", "PATCH", { name: String(new FormData(e.currentTarget).get("name") ?? "") }, "Name saved.")) router.refresh();
      }}
    >
      <FormStatus error={errors.form} />
      <Field label="Name" name="name" defaultValue={name} autoComplete="name" error={errors.name} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          Save name
        </button>
        <FormStatus message={message} />
      </div>
    </form>
  );
}

export function PasswordForm() {
  const { errors, message, pending, submit } = useForm();
  return (
    <form
      noValidate
      aria-label="Password"
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const f = new FormData(form);
        const body = { currentPassword: String(f.get("currentPassword") ?? ""), newPassword: String(f.get("newPassword") ?? "") };
        const done = (data: unknown) => {
          const n = (data as { signedOut?: number }).signedOut ?? 0;
          return n > 0 ? `Password changed. Signed out ${n} other session${n === 1 ? "" : "s"}.` : "Password changed.";
        };
        if (await submit("/api/settings/password", "POST", body, done)) form.reset();
      }}
    >
      <FormStatus error={errors.form} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" error={errors.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" error={errors.newPassword} hint="At least 10 characters, not a common password. Your other signed-in devices are signed out." />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          Change password
        </button>
        <FormStatus message={message} />
      </div>
    </form>
  );
}

/** Ends every session, this one too (a lost phone, a shared computer), then goes to the sign-in page. */
export function SignOutEverywhereButton() {
  const { errors, pending, submit } = useForm();
  return (
    <div className="space-y-2">
      <FormStatus error={errors.form} />
      <button
        type="button"
        disabled={pending}
        className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100"
        onClick={async () => {
          // A full load, so the header and every cached page forget the session.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          if (await submit("/api/settings/sessions", "DELETE", undefined, "Signed out everywhere.")) window.location.assign("/signin");
        }}
      >
        Sign out everywhere
      </button>
      <p className="text-xs text-stone-500">Ends every signed-in session of this account, on every device, this one included.</p>
    </div>
  );
}

/** Teachers are made by an administrator: their invite code turns this account into a teacher's. */
export function TeacherInviteForm() {
  const router = useRouter();
  const { errors, message, pending, submit } = useForm();
  return (
    <form
      noValidate
      aria-label="Teacher invite code"
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const code = String(new FormData(e.currentTarget).get("code") ?? "");
        if (await submit("/api/settings/teacher-invite", "POST", { code }, "You are now a teacher: create a class at Classes.")) router.refresh();
      }}
    >
      <FormStatus error={errors.form} />
      <Field label="Teacher invite code" name="code" autoComplete="off" error={errors.inviteCode ?? errors.code} hint="From the site's administrator." />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          Become a teacher
        </button>
        <FormStatus message={message} />
      </div>
    </form>
  );
}
