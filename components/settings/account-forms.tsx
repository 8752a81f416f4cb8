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
  async function submit(url: string, method: string, body: unknown, ok: string): Promise<boolean> {
    setPending(true);
    setMessage(null);
    const result = await sendJson(url, method, body);
    setPending(false);
    if (!result.ok) {
      setErrors({ ...(result.fields ?? {}), ...(result.fields ? {} : { form: result.error }) });
      return false;
    }
    setErrors({});
    setMessage(ok);
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
        if (await submit("/api/settings/password", "POST", body, "Password changed.")) form.reset();
      }}
    >
      <FormStatus error={errors.form} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" error={errors.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" error={errors.newPassword} hint="At least 10 characters." />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          Change password
        </button>
        <FormStatus message={message} />
      </div>
    </form>
  );
}
