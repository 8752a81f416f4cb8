// Small labelled inputs for the settings forms; errors carry data-field-error like the auth forms.
export function FieldError({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p id={`field-${name}-error`} className="text-sm text-red-600" data-field-error={name}>
      {error}
    </p>
  ) : null;
}

export function Labelled({ name, label, hint, error, children }: { name: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`field-${name}`} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      {children}
      {error ? <FieldError name={name} error={error} /> : hint ? <p className="text-xs text-stone-500">{hint}</p> : null}
    </div>
  );
}

export const inputClass = (error?: string) =>
  `block w-full rounded-md border px-3 py-2 text-base shadow-sm focus:outline-none focus:ring-2 ${
    error ? "border-red-500 focus:ring-red-300" : "border-stone-300 focus:ring-brand-100"
  }`;

export function FormStatus({ error, message }: { error?: string; message?: string | null }) {
  if (error) return <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p>;
  if (message) return <p role="status" className="text-sm text-emerald-700">{message}</p>;
  return null;
}

export const primaryButton = "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-60";
